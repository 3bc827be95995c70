// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { existsSync } from 'node:fs';
import { localeCodes, defaultLocale } from './src/i18n/locales.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { siteFilesIntegration } from './src/integrations/site-files.ts';
import { isCanonicalPage } from './src/lib/sitemap.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sim-guides.example',
  trailingSlash: 'always',
  // The content cache belongs to this checkout. Astro's default, node_modules/.astro, is shared
  // by every checkout that links one node_modules, and one's build then published another's pages.
  cacheDir: './.cache',
  // Renders a few pages at a time, so one page's file writes overlap the next one's rendering.
  // CSS is always inlined: no render-blocking request, and a page the service worker keeps offline is complete.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'always' },
  // Guides have no code blocks; Shiki's inline styles would also need CSP exceptions.
  markdown: { syntaxHighlight: false },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    sitemap({
      filter: (page) =>
        isCanonicalPage(new URL(page).pathname, (id) =>
          existsSync(new URL(`./content/guides/${id}.mdx`, import.meta.url)),
        ),
    }),
    pagefindIntegration({ locales: localeCodes }),
    siteFilesIntegration(),
  ],
  security: {
    // Astro hashes every inline script and style into a CSP meta tag per page.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind is imported from /pagefind/ and runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
