import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, siteContent, siteOrigin } from './support/site';
import { getLocale, localeCodes } from '../../src/i18n/locales';

// Read when a test runs, not while Playwright lists the tests: parsing the site takes seconds.
const contentPages = () => builtPages().filter((p) => /^\/[^/]+\/[a-z]{2}\/([a-z0-9-]+\/)?$/.test(p.url));

/** Locales that really have the page at a URL like /xx/pk/jazz/. */
function translations(url: string): string[] {
  const [, , country, carrier] = url.split('/');
  return localeCodes.filter((l) => siteContent().pageData.has(`${l}/${country}/${carrier || 'index'}`));
}

// Each check lists every page's problems and asserts once: one `expect` per page and tag would
// cost seconds over the whole site.

test('every page has a title, a description, a canonical URL and Open Graph tags', () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const head = page.doc.querySelector('head')!;
    const canonical = head.querySelector('link[rel="canonical"]');
    if (!head.querySelector('title')?.text.trim()) problems.push(`${page.url}: no title`);
    if (!head.querySelector('meta[name="description"]')?.getAttribute('content'))
      problems.push(`${page.url}: no description`);
    if (page.url === '/') {
      if (!/^https:\/\//.test(canonical?.getAttribute('href') ?? ''))
        problems.push(`/: no https:// canonical URL`);
      continue;
    }
    const indexed = head.querySelector('meta[name="robots"]') === null;
    // Pages that are not indexed (search, 404) have no canonical URL of their own.
    if ((canonical !== null) !== indexed)
      problems.push(`${page.url}: ${indexed ? 'no canonical URL' : 'a canonical URL, but not indexed'}`);
    for (const property of ['og:title', 'og:description', 'og:locale', ...(indexed ? ['og:url'] : [])]) {
      if (!head.querySelector(`meta[property="${property}"]`)) problems.push(`${page.url}: no ${property}`);
    }
  }
  expect(problems).toEqual([]);
});

test('hreflang alternates link only real translations, with x-default; fallbacks are canonical to English', () => {
  const site = siteOrigin();
  const problems: string[] = [];
  for (const page of contentPages()) {
    const locale = page.url.split('/')[1]!;
    const path = page.url.slice(locale.length + 1);
    const real = translations(page.url);
    const alternates = page.doc
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`);
    const expected = real.map((l) => `${getLocale(l as never).lang} ${site}/${l}${path}`);
    if (real.length > 1) expected.push(`x-default ${site}/en${path}`);
    if (alternates.join(', ') !== expected.join(', '))
      problems.push(`${page.url}: alternates ${alternates.join(', ')}; expected ${expected.join(', ')}`);
    const canonical = page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const expectedCanonical = `${site}/${real.includes(locale) ? locale : 'en'}${path}`;
    if (canonical !== expectedCanonical)
      problems.push(`${page.url}: canonical ${canonical}; expected ${expectedCanonical}`);
  }
  expect(problems).toEqual([]);
});

test('guides carry BreadcrumbList and HowTo JSON-LD whose steps link to the step anchors', () => {
  const guides = contentPages().filter((p) => p.url.split('/').length === 5);
  expect(guides.length).toBe(siteContent().carrierData.size * localeCodes.length);
  const problems: string[] = [];
  for (const page of guides) {
    const data = page.doc
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as { '@type': string; step?: { url: string }[] });
    const types = data.map((d) => d['@type']).join(', ');
    if (types !== 'BreadcrumbList, HowTo') {
      problems.push(`${page.url}: JSON-LD ${types}; expected BreadcrumbList, HowTo`);
      continue;
    }
    const ids = new Set(page.doc.querySelectorAll('li.step .step-title').map((h) => h.id));
    for (const step of data[1]!.step!)
      if (!ids.has(step.url.split('#')[1]!))
        problems.push(`${page.url}: HowTo step ${step.url} has no anchor`);
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists canonical pages only, and robots.txt points to it', () => {
  const site = siteOrigin();
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(site, ''));
  expect(urls).toContain('/en/pk/jazz/');
  expect(urls).toContain('/ur/pk/jazz/');
  expect(urls).not.toContain('/ru/pk/jazz/'); // an English fallback
  expect(urls.filter((u) => u.includes('/search/'))).toEqual([]);
  const content = new Set(contentPages().map((p) => p.url));
  const fallbacks = urls.filter((url) => content.has(url) && !translations(url).includes(url.split('/')[1]!));
  expect(fallbacks, 'English fallbacks in the sitemap').toEqual([]);
  expect(readFileSync('dist/robots.txt', 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
});

test('search pages and the 404 are not indexed', () => {
  for (const page of builtPages().filter((p) => p.url.includes('/search/') || p.url === '/404.html')) {
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content'), page.url).toBe('noindex');
  }
});
