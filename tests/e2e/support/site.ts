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
