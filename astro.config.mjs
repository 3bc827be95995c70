// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { localeCodes, defaultLocale } from './src/i18n/locales.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sim-guides.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx(), pagefindIntegration()],
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // One harmless warning per MDX file would bury real ones.
          // TODO: drop when https://github.com/withastro/astro/issues/18087 is fixed.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
