import type { AstroIntegration } from 'astro';
import { open, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPolicy, mergePolicies, metaPolicies, parsePolicy } from '../lib/csp';

/**
 * Writes `dist/_headers` (the format Netlify and Cloudflare Pages read) with
 * the site's security headers. The CSP is the union of the per-page meta
 * policies, plus `frame-ancestors`, which only works as a header.
 */
export function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'sim-guides:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        const policies = [];
        for (const file of files) {
          const found = metaPolicies(await readHead(join(root, file)));
          if (found.length !== 1)
            throw new Error(`${file}: expected one CSP meta tag, found ${found.length}`);
          policies.push(parsePolicy(found[0]!));
        }
        const policy = mergePolicies([...policies, parsePolicy("frame-ancestors 'none'")]);
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
        logger.info(`Wrote _headers with one CSP for ${files.length} pages`);
      },
    },
  };
}

/** The start of a page, up to `</head>`: the CSP meta tag is there, so large pages are not read whole. */
async function readHead(path: string): Promise<string> {
  const file = await open(path);
  try {
    let text = '';
    const buffer = Buffer.alloc(16 * 1024);
    let position = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return text;
      text += buffer.toString('utf8', 0, bytesRead);
      position += bytesRead;
      const end = text.indexOf('</head>');
      if (end !== -1) return text.slice(0, end);
    }
  } finally {
    await file.close();
  }
}
