import type { AstroIntegration } from 'astro';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** What the indexing process reports: pages per language, from pagefind-entry.json. */
interface IndexReport {
  languages: Record<string, { page_count: number }>;
}

/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`,
 * so `dist/` is always searchable. Pagefind splits the index by `<html lang>`
 * and reads only `data-pagefind-body` regions. Any indexing error fails the
 * build. The indexing runs in a child Node process (pagefind-index.mjs), one
 * locale folder at a time.
 */
export function pagefindIntegration({ locales }: { locales: readonly string[] }): AstroIntegration {
  return {
    name: 'sim-guides:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const script = fileURLToPath(new URL('./pagefind-index.mjs', import.meta.url));
        const { stdout } = await promisify(execFile)(process.execPath, [
          script,
          fileURLToPath(dir),
          ...locales,
        ]);
        const report = JSON.parse(stdout) as IndexReport;
        const languages = Object.entries(report.languages)
          .map(([lang, { page_count }]) => `${lang} ${page_count}`)
          .join(', ');
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed pages per language: ${languages} (${seconds}s)`);
      },
    },
  };
}
