import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from './support/site';
import { getLocale, localeCodes } from '../../src/i18n/locales';
import { loadContent } from '../../src/lib/content-tree';

const pages = builtPages();
const content = loadContent();
const SITE = 'https://sim-guides.example';
const contentPages = pages.filter((p) => /^\/[^/]+\/[a-z]{2}\/([a-z0-9-]+\/)?$/.test(p.url));

/** Locales that really have the page at a URL like /xx/pk/jazz/. */
function translations(url: string): string[] {
  const [, , country, carrier] = url.split('/');
  return localeCodes.filter((l) => content.pageData.has(`${l}/${country}/${carrier || 'index'}`));
}

test('every page has a title, a description, a canonical URL and Open Graph tags', () => {
  for (const page of pages) {
    const head = page.doc.querySelector('head')!;
    expect(head.querySelector('title')?.text.trim(), page.url).toBeTruthy();
    expect(head.querySelector('meta[name="description"]')?.getAttribute('content'), page.url).toBeTruthy();
    if (page.url === '/') {
      expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https:\/\//);
      continue;
    }
    const indexed = head.querySelector('meta[name="robots"]') === null;
    // Pages that are not indexed (search, 404) have no canonical URL of their own.
    expect(head.querySelector('link[rel="canonical"]') !== null, page.url).toBe(indexed);
    for (const property of ['og:title', 'og:description', 'og:locale', ...(indexed ? ['og:url'] : [])]) {
      expect(head.querySelector(`meta[property="${property}"]`), `${page.url} ${property}`).not.toBeNull();
    }
  }
});

test('hreflang alternates link only real translations, with x-default; fallbacks are canonical to English', () => {
  for (const page of contentPages) {
    const locale = page.url.split('/')[1]!;
    const real = translations(page.url);
    const alternates = page.doc
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    const expected = real.map((l) => [
      getLocale(l as never).lang,
      `${SITE}/${l}${page.url.slice(locale.length + 1)}`,
    ]);
    if (real.length > 1) expected.push(['x-default', `${SITE}/en${page.url.slice(locale.length + 1)}`]);
    expect(alternates, page.url).toEqual(expected);
    const canonical = page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const canonicalLocale = real.includes(locale) ? locale : 'en';
    expect(canonical, page.url).toBe(`${SITE}/${canonicalLocale}${page.url.slice(locale.length + 1)}`);
  }
});

test('guides carry BreadcrumbList and HowTo JSON-LD whose steps link to the step anchors', () => {
  const guides = contentPages.filter((p) => p.url.split('/').length === 5);
  expect(guides.length).toBe(content.carrierData.size * localeCodes.length);
  for (const page of guides) {
    const data = page.doc
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as { '@type': string; step?: { url: string }[] });
    expect(
      data.map((d) => d['@type']),
      page.url,
    ).toEqual(['BreadcrumbList', 'HowTo']);
    const ids = new Set(page.doc.querySelectorAll('li.step .step-title').map((h) => h.id));
    for (const step of data[1]!.step!) expect(ids, page.url).toContain(step.url.split('#')[1]);
  }
});

test('the sitemap lists canonical pages only, and robots.txt points to it', () => {
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(SITE, ''));
  expect(urls).toContain('/en/pk/jazz/');
  expect(urls).toContain('/ur/pk/jazz/');
  expect(urls).not.toContain('/ru/pk/jazz/'); // an English fallback
  expect(urls.filter((u) => u.includes('/search/'))).toEqual([]);
  for (const url of urls.filter((u) => contentPages.some((p) => p.url === u))) {
    expect(translations(url), url).toContain(url.split('/')[1]);
  }
  expect(readFileSync('dist/robots.txt', 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
});

test('search pages and the 404 are not indexed', () => {
  for (const page of pages.filter((p) => p.url.includes('/search/') || p.url === '/404.html')) {
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content'), page.url).toBe('noindex');
  }
});
