/**
 * The built site as files: every page of dist/ with its URL and parsed HTML,
 * for checks that need no browser (links, SEO) and for lists of pages to visit.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { guideFile, guideId } from '../../../src/lib/content-paths';
import { loadContent, type LoadedContent } from '../../../src/lib/content-tree';
import { pageDataSchema, type PageData } from '../../../src/schemas/guide';
import { readMdxPage } from '../../../src/lib/mdx-page';

export const DIST = 'dist';

export interface BuiltPage {
  /** URL path, e.g. `/zh-cn/pk/jazz/`. */
  url: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

/** URL path of a built HTML file: `zh-cn/pk/jazz/index.html` → `/zh-cn/pk/jazz/`. */
function urlOf(file: string): string {
  const url = `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
  return url === '/404/' ? '/404.html' : url;
}

/** The HTML files of dist/, sorted. */
function htmlFiles(): string[] {
  return (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

let parsed: BuiltPage[] | undefined;

/**
 * Every HTML page of the built site, sorted by URL. Parsing all of them takes
 * seconds, so each test process does it once and every check shares the result.
 */
export function builtPages(): BuiltPage[] {
  parsed ??= htmlFiles().map((file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    return { url: urlOf(file), file, html, doc: parse(html) };
  });
  return parsed;
}

/**
 * The origin the site was built for (`site` in astro.config.mjs, or SITE_URL
 * at build time), as the built language chooser names its canonical URL.
 */
export function siteOrigin(): string {
  const home = parse(readFileSync(join(DIST, 'index.html'), 'utf8'));
  return new URL(home.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
}

let content: LoadedContent | undefined;

/** The content/ tree the site was built from, read once per test process. */
export function siteContent(): LoadedContent {
  content ??= loadContent();
  return content;
}

/** A carrier guide's frontmatter (`en/pk/jazz`), read and checked as the build reads it. */
export function guideData(id: string): Extract<PageData, { type: 'guide' }> {
  const data = pageDataSchema.parse(readMdxPage(readFileSync(guideFile(id), 'utf8')).frontmatter);
  if (data.type !== 'guide') throw new Error(`${guideFile(id)} is not a carrier guide`);
  return data;
}

/** dist/ does not change while the tests run: each path is looked up once. */
const served = new Map<string, string | undefined>();

/** The file a same-site URL path is served from, or undefined when none is. */
export function fileFor(pathname: string): string | undefined {
  if (!served.has(pathname)) {
    const decoded = decodeURIComponent(pathname);
    const candidates = decoded.endsWith('/')
      ? [join(DIST, decoded, 'index.html')]
      : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
    served.set(
      pathname,
      candidates.find((c) => existsSync(c) && !c.endsWith('/')),
    );
  }
  return served.get(pathname);
}

/**
 * What a page is: its template, its locale and whether it shows the English
 * fallback, which is the case when the locale has no content file of its own.
 */
function templateOf(url: string): string {
  const [, locale = '', country, carrier] = url.split('/');
  const kind = !country ? 'home' : country === 'search' ? 'search' : carrier ? 'guide' : 'overview';
  const own =
    (kind !== 'guide' && kind !== 'overview') ||
    existsSync(guideFile(guideId(locale, country!, carrier || undefined)));
  return `${locale}|${kind}|${own ? 'own' : 'fallback'}`;
}

/** Locales whose overviews and English fallbacks are visited too: one per direction and script family. */
const DEEP_LOCALES = new Set(['', 'en', 'zh-cn', 'ur', 'ru']);

/**
 * The pages browser checks visit: the home and an own guide in every locale
 * (so every script and direction), and the other templates — overview,
 * English fallback — in one locale per direction and script family, since
 * pages of one template differ only in their text. `SWEEP=1` visits every
 * page (`npm run test:sweep`). Worked out from file names and content/,
 * without parsing the site: every test file that lists pages calls it while
 * Playwright collects the tests.
 */
export function pagesToVisit(): string[] {
  const urls = htmlFiles().map(urlOf);
  if (process.env.SWEEP === '1') return urls;
  const seen = new Set<string>();
  return urls.filter((url) => {
    const template = templateOf(url);
    const [locale, kind, fallback] = template.split('|');
    if (!DEEP_LOCALES.has(locale!) && (kind === 'overview' || fallback === 'fallback')) return false;
    if (seen.has(template)) return false;
    seen.add(template);
    return true;
  });
}

/** A served file gzipped as a static host would (level 6), by URL path; each file once. */
const gzipped = new Map<string, number>();
export function gzippedSize(pathname: string): number {
  if (!gzipped.has(pathname)) {
    const file = fileFor(pathname);
    if (!file) throw new Error(`${pathname} is requested but not in ${DIST}/`);
    gzipped.set(pathname, gzipSync(readFileSync(file), { level: 6 }).length);
  }
  return gzipped.get(pathname)!;
}

/** The modules a script imports before it runs (static `import … from`, not `import()`), by URL path. */
function staticImports(pathname: string): string[] {
  const code = readFileSync(fileFor(pathname)!, 'utf8');
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+)["']/g)].map((m) =>
    posix.resolve(dirname(pathname), m[1]!),
  );
}

/**
 * What a page downloads before the reader interacts, read from dist/: the
 * HTML, its stylesheets, scripts and the modules they import, its icon and
 * eager images, each gzipped. The browser budget test checks that this is
 * what Chromium fetches for sample pages, so it can be counted on every page.
 */
export function pageWeight(page: BuiltPage): { bytes: number; files: Map<string, number> } {
  const files = new Map<string, number>([[page.url, gzipSync(page.html, { level: 6 }).length]]);
  const queue = [
    ...page.doc
      .querySelectorAll('link[rel="stylesheet"], link[rel~="icon"], link[rel="modulepreload"]')
      .map((l) => l.getAttribute('href')),
    ...page.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')),
    ...page.doc.querySelectorAll('img[src]:not([loading="lazy"])').map((i) => i.getAttribute('src')),
  ].flatMap((href) =>
    href && !href.startsWith('data:') ? [new URL(href, `http://site${page.url}`).pathname] : [],
  );
  for (let path = queue.shift(); path; path = queue.shift()) {
    if (files.has(path)) continue;
    files.set(path, gzippedSize(path));
    if (path.endsWith('.js')) queue.push(...staticImports(path));
  }
  return { bytes: [...files.values()].reduce((a, b) => a + b, 0), files };
}
