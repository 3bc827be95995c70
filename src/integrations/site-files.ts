import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPolicy, mergePolicies, metaPolicies, parsePolicy } from '../lib/csp';
import { mapIntoIndex, variantMaps } from '../lib/chinese-variants';
import { locales } from '../i18n/locales';
import * as OpenCC from 'opencc-js';

/**
 * Files derived from every built page, written in one pass over `dist/`:
 *
 * - `_headers` (the format Netlify and Cloudflare Pages read) with the
 *   security headers. The CSP is the union of the per-page meta policies,
 *   plus `frame-ancestors`, which only works as a header.
 * - `sw.js` from src/service-worker/sw.js, stamped with a version that
 *   changes whenever any page changes, so browsers pick up the new worker and
 *   refresh the pages they keep offline.
 * - `pagefind/zh-variants.<lang>.json`, one per Chinese index: the map of the
 *   characters of the Chinese pages into that index's script (Simplified or
 *   Traditional), so search converts a query typed in the other script
 *   (src/lib/chinese-variants.ts).
 */
export function siteFilesIntegration(): AstroIntegration {
  return {
    name: 'sim-guides:site-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
        // Pages share a few distinct policies; parse each once.
        const policies = new Set<string>();
        const hash = createHash('sha256');
        let chinese = '';
        for (const page of pages) {
          const html = await readFile(join(root, page), 'utf8');
          hash.update(page).update(html);
          if (/^zh-/.test(page)) chinese += html;
          const found = metaPolicies(html.slice(0, html.indexOf('</head>')));
          if (found.length !== 1)
            throw new Error(`${page}: expected one CSP meta tag, found ${found.length}`);
          policies.add(found[0]!);
        }

        const policy = mergePolicies([...policies, "frame-ancestors 'none'"].map(parsePolicy));
        const headers = [
          '/*',
          `  Content-Security-Policy: ${formatPolicy(policy)}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: no-referrer',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
          '/sw.js',
          '  Cache-Control: no-cache',
          '',
        ].join('\n');
        await writeFile(join(root, '_headers'), headers);

        const maps = variantMaps(chinese, {
          toHant: OpenCC.Converter({ from: 'cn', to: 'hk' }),
          toHans: OpenCC.Converter({ from: 'hk', to: 'cn' }),
        });
        for (const { lang } of locales.filter((l) => l.lang.startsWith('zh-'))) {
          const index = lang.toLowerCase();
          const map = JSON.stringify(mapIntoIndex(index, maps));
          await writeFile(join(root, 'pagefind', `zh-variants.${index}.json`), map);
        }

        const version = hash.digest('hex').slice(0, 16);
        const template = await readFile(new URL('../service-worker/sw.js', import.meta.url), 'utf8');
        await writeFile(join(root, 'sw.js'), template.replace('__SITE_VERSION__', version));
        logger.info(`Wrote _headers (one CSP for ${pages.length} pages) and sw.js (version ${version})`);
      },
    },
  };
}
