import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Writes `dist/sw.js` from src/service-worker/sw.js, stamped with a version
 * that changes whenever any built page changes, so browsers pick up the new
 * worker and refresh the pages they keep offline.
 */
export function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: 'sim-guides:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
        const hash = createHash('sha256');
        for (const page of pages) hash.update(page).update(await readFile(join(root, page)));
        const version = hash.digest('hex').slice(0, 16);
        const template = await readFile(new URL('../service-worker/sw.js', import.meta.url), 'utf8');
        await writeFile(join(root, 'sw.js'), template.replace('__SITE_VERSION__', version));
        logger.info(`Wrote sw.js, version ${version}`);
      },
    },
  };
}
