/**
 * A throwaway copy of the project for tests that break its content and run
 * the real Astro on it: code, content and config copied, node_modules linked,
 * and a content cache of its own (Astro's default lives in node_modules,
 * shared with the project).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ProjectCopy {
  dir: string;
  /** Astro's CLI and the arguments that select the copy's own config. */
  astro: string;
  configArgs: string[];
  read(file: string): string;
  write(file: string, text: string): void;
  remove(): void;
}

export function copyProject(prefix: string): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'astro.fixtures.mjs'),
    "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.cache' };\n",
  );
  return {
    dir,
    astro: join(dir, 'node_modules/.bin/astro'),
    configArgs: ['--config', 'astro.fixtures.mjs'],
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    write: (file, text) => writeFileSync(join(dir, file), text),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
