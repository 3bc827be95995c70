/**
 * A throwaway copy of the project for tests that break its content and run
 * the real Astro on it: code, content and config copied, node_modules linked
 * (the content cache, in `.cache/`, is the copy's own).
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ProjectCopy {
  dir: string;
  /** Astro's CLI. */
  astro: string;
  read(file: string): string;
  /**
   * Replaces a file in one step, as an editor saving it does: written in place, a watching
   * `astro dev` could read it half written (empty, so with no `type`) and report that instead.
   */
  write(file: string, text: string): void;
  remove(): void;
}

export function copyProject(prefix: string): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    astro: join(dir, 'node_modules/.bin/astro'),
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    write: (file, text) => {
      const next = join(dir, '.next-version');
      writeFileSync(next, text);
      renameSync(next, join(dir, file));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
