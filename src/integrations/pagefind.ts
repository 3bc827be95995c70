import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** What Pagefind writes to pagefind-entry.json: one index per language. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`,
 * so `dist/` is always searchable. Pagefind splits the index by `<html lang>`
 * and reads only `data-pagefind-body` regions. Any indexing error fails the build.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'sim-guides:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          fail(errors, 'creating the index');
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: site });
          fail(added.errors, 'indexing dist/');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          fail(written.errors, 'writing the index');
        } finally {
          await pagefind.close();
        }
        const entry = JSON.parse(
          await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'),
        ) as PagefindEntry;
        const languages = Object.entries(entry.languages)
          .map(([lang, { page_count }]) => `${lang} ${page_count}`)
          .join(', ');
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed pages per language: ${languages} (${seconds}s)`);
      },
    },
  };
}

function fail(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed while ${step}:\n${errors.join('\n')}`);
}
