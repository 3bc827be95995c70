import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from './support/site';

const pageTypes = [
  '/',
  '/en/',
  '/zh-cn/pk/',
  '/ur/pk/jazz/',
  '/ar/bh/stc/',
  '/ru/kz/beeline/',
  '/fil/search/?q=TNT',
  '/404.html',
];

/** Records every CSP violation of the pages `page` opens, in `window.cspViolations`. */
async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
}

for (const url of pageTypes) {
  test(`${url} requests nothing from other origins, sets no cookie and breaks no CSP rule`, async ({
    page,
    context,
    baseURL,
  }) => {
    await recordCspViolations(page);
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await page.goto(url);
    // Use the page as a reader would: search from the header, which loads Pagefind.
    if (url !== '/') {
      await page.locator('#site-search-q').fill('Jazz');
      await expect(page.locator('#site-search-results [role="gridcell"] a').first()).toBeVisible({
        timeout: 15_000,
      });
    }
    await page.waitForLoadState('networkidle');
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
    expect(await context.cookies()).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
  });
}

// The checks below read dist/ and open no browser. Each lists every page's problems and asserts
// once: one `expect` per page and hash would cost seconds over the whole site.

test('every page has a CSP meta tag that allows no inline script without a hash', () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const csp =
      page.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
    if (!scriptSrc.includes("'self'")) problems.push(`${page.url}: script-src without 'self'`);
    if (scriptSrc.includes('unsafe-inline')) problems.push(`${page.url}: script-src allows unsafe-inline`);
    if (!csp.includes("default-src 'self'")) problems.push(`${page.url}: no default-src 'self'`);
  }
  expect(problems).toEqual([]);
});

test('hosts that read _headers get the same policy as a header, with frame-ancestors', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  const csp = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  const missing: string[] = [];
  for (const page of builtPages()) {
    const meta = page.doc
      .querySelector('meta[http-equiv="content-security-policy"]')!
      .getAttribute('content')!;
    for (const hash of meta.match(/'sha256-[^']+'/g) ?? [])
      if (!csp.includes(hash)) missing.push(`${page.url}: ${hash} is not in _headers`);
  }
  expect(missing).toEqual([]);
  expect(headers).toContain('X-Content-Type-Options: nosniff');
});

test('pages load no analytics or tracking script', () => {
  const foreign: string[] = [];
  for (const page of builtPages()) {
    for (const script of page.doc.querySelectorAll('script[src]')) {
      const src = script.getAttribute('src')!;
      if (!/^\/_astro\//.test(src)) foreign.push(`${page.url}: ${src}`);
    }
  }
  expect(foreign).toEqual([]);
});
