/**
 * The built site as files: every page of dist/ with its URL and parsed HTML,
 * for checks that need no browser (links, SEO) and for lists of pages to visit.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = 'dist';

export interface BuiltPage {
  /** URL path, e.g. `/zh-cn/pk/jazz/`. */
  url: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

/** Every HTML page of the built site, sorted by URL. */
export function builtPages(): BuiltPage[] {
  return (readdirSync(DIST, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      const url = `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
      return { url: url === '/404/' ? '/404.html' : url, file, html, doc: parse(html) };
    });
}

/** The file a same-site URL path is served from, or undefined when none is. */
export function fileFor(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(DIST, decoded, 'index.html')]
    : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
  return candidates.find((c) => existsSync(c) && !c.endsWith('/'));
}

/** What a page is: its template, its locale and whether it shows the English fallback. */
function templateOf(page: BuiltPage): string {
  const [, locale = '', country, carrier] = page.url.split('/');
  const kind = !country ? 'home' : country === 'search' ? 'search' : carrier ? 'guide' : 'overview';
  const fallback = page.doc.querySelector('.fallback-notice') ? 'fallback' : 'own';
  return `${locale}|${kind}|${fallback}`;
}

/** Locales whose overviews and English fallbacks are visited too: one per direction and script family. */
const DEEP_LOCALES = new Set(['', 'en', 'zh-cn', 'ur', 'ru']);

/**
 * The pages browser checks visit: the home and an own guide in every locale
 * (so every script and direction), and the other templates — overview,
 * English fallback — in one locale per direction and script family, since
 * pages of one template differ only in their text. `SWEEP=1` visits every
 * page (`npm run test:sweep`).
 */
export function pagesToVisit(): string[] {
  const pages = builtPages();
  if (process.env.SWEEP === '1') return pages.map((p) => p.url);
  const seen = new Set<string>();
  return pages
    .filter((page) => {
      const template = templateOf(page);
      const [locale, kind, fallback] = template.split('|');
      if (!DEEP_LOCALES.has(locale!) && (kind === 'overview' || fallback === 'fallback')) return false;
      if (seen.has(template)) return false;
      seen.add(template);
      return true;
    })
    .map((p) => p.url);
}
