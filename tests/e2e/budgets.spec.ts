import { expect, test, type Page, type Request } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { resultsPerPage } from '../../src/lib/search';
import { builtPages, pageWeight } from './support/site';

/**
 * Page weight budgets, measured in the browser on the built site: every
 * response a page receives before the reader interacts, each gzipped as a
 * static host would serve it. Figures are printed for the closing note.
 */
const PAGE_BUDGET = 20 * 1024;
/**
 * A cold first search costs at most 150 KB: Pagefind's WebAssembly and script
 * (~85 KB), the search code and names list (~12 KB), then about 4 KB of index
 * per query word and the first result's fragment. The tests print each figure
 * and what it is made of.
 */
const SEARCH_BUDGET = 150 * 1024;

const pageTypes = {
  'language chooser': '/',
  home: '/en/',
  'country overview (Chinese)': '/zh-cn/pk/',
  guide: '/en/pk/jazz/',
  'guide (Urdu, RTL)': '/ur/pk/jazz/',
  'guide (Arabic, RTL)': '/ar/bh/stc/',
  'guide (Kazakh)': '/kk/kz/kcell/',
  'guide (English fallback)': '/ru/ph/globe/',
};

/**
 * Records every response of a page, gzipped size by URL. Bodies arrive
 * asynchronously: `settled()` waits for all of them, so none is missed.
 */
function recordResponses(page: Page): { sizes: Map<string, number>; settled: () => Promise<unknown> } {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => void sizes.set(response.url(), gzipSync(body, { level: 6 }).length),
        () => undefined,
      ),
    );
  });
  return { sizes, settled: () => Promise.all(pending) };
}

const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Each file's name and size, for the log. */
const files = (sizes: Map<string, number>) =>
  [...sizes].map(([url, size]) => `${new URL(url).pathname.split('/').pop()} ${kb(size)}`).join(', ');

for (const [name, url] of Object.entries(pageTypes)) {
  test(`${name} (${url}) downloads at most 20 KB before interaction, with no render-blocking request`, async ({
    page,
  }) => {
    const { sizes, settled } = recordResponses(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await settled();
    const bytes = total(sizes);
    console.log(
      `weight ${name}: ${kb(bytes)} in ${sizes.size} responses (${[...sizes]
        .map(([u, s]) => `${new URL(u).pathname} ${kb(s)}`)
        .join(', ')})`,
    );
    expect(bytes).toBeLessThanOrEqual(PAGE_BUDGET);
    expect([...sizes.keys()].filter((u) => u.includes('/pagefind/'))).toEqual([]);
    // The count from dist/ that checks every page (below) is what the browser fetched here, file
    // for file and byte for byte, but for the icon: Chromium fetches it when it gets to it,
    // sometimes after the network has gone quiet, and the count from dist/ always includes it.
    const built = builtPages().find((p) => p.url === url)!;
    const fromDist = pageWeight(built);
    const fetched = new Map([...sizes].map(([u, size]) => [new URL(u).pathname, size]));
    const icons = built.doc
      .querySelectorAll('link[rel~="icon"]')
      .map((link) => new URL(link.getAttribute('href')!, `http://site${url}`).pathname);
    const icon = (path: string) => icons.includes(path);
    expect([...fetched.keys()].filter((path) => !fromDist.files.has(path))).toEqual([]);
    expect([...fromDist.files.keys()].filter((path) => !fetched.has(path) && !icon(path))).toEqual([]);
    for (const [path, size] of fetched) expect(fromDist.files.get(path), path).toBe(size);

    const blocking = await page.evaluate(() => ({
      stylesheets: document.querySelectorAll('head link[rel="stylesheet"]').length,
      syncScripts: document.querySelectorAll(
        'head script[src]:not([type="module"]):not([async]):not([defer])',
      ).length,
      fonts: performance.getEntriesByType('resource').filter((e) => /\.(woff2?|ttf|otf)(\?|$)/.test(e.name))
        .length,
    }));
    expect(blocking.stylesheets).toBeLessThanOrEqual(1);
    expect(blocking.syncScripts).toBe(0);
    expect(blocking.fonts).toBe(0);
  });
}

test('every page downloads at most 20 KB before interaction (counted from dist/)', () => {
  const weights = builtPages().map((page) => ({ url: page.url, bytes: pageWeight(page).bytes }));
  const heaviest = weights.sort((a, b) => b.bytes - a.bytes);
  console.log(
    `weight, heaviest of ${weights.length} pages: ${heaviest
      .slice(0, 5)
      .map((w) => `${w.url} ${kb(w.bytes)}`)
      .join(', ')}`,
  );
  expect(heaviest.filter((w) => w.bytes > PAGE_BUDGET).map((w) => `${w.url} ${kb(w.bytes)}`)).toEqual([]);
});

test('nothing moves when the copy-link buttons and the search box come to life', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const url of ['/en/pk/jazz/', '/ur/pk/jazz/']) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('copy-link button').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), url).toBe(0);
  }
});

/**
 * Every request a page makes from `start()` until the network has been quiet
 * for `quietMs`, sized by the browser itself (Playwright's `request.sizes()`,
 * from Chromium's own accounting: the encoded body as transferred plus the
 * response headers). Requests of Pagefind's worker count too.
 */
function recordRequests(page: Page) {
  const sizes = new Map<string, number>();
  const inFlight = new Set<Request>();
  const measured: Promise<void>[] = [];
  let last = Date.now();
  let recording = false;
  page.on('request', (request) => {
    if (!recording) return;
    inFlight.add(request);
    last = Date.now();
  });
  const done = (request: Request, failed: boolean) => {
    if (!inFlight.delete(request)) return;
    last = Date.now();
    if (failed) return;
    measured.push(
      request.sizes().then((s) => {
        sizes.set(
          request.url(),
          (sizes.get(request.url()) ?? 0) + s.responseBodySize + s.responseHeadersSize,
        );
      }),
    );
  };
  page.on('requestfinished', (r) => done(r, false));
  page.on('requestfailed', (r) => done(r, true));
  return {
    sizes,
    start: () => {
      recording = true;
    },
    /**
     * Resolves once nothing has been in flight for `quietMs` and every size is in. The wait is
     * generous (the budget is bytes, not time); if it runs out, the failure lists what was pending.
     */
    settled: async (quietMs = 600) => {
      await expect
        .poll(
          () => (Date.now() - last >= quietMs ? [...inFlight].map((r) => r.url()) : ['(not quiet yet)']),
          {
            timeout: 40_000,
          },
        )
        .toEqual([]);
      await Promise.all(measured);
    },
  };
}

/**
 * Realistic first queries, typed into the header search box of a guide: one
 * per locale, then the costliest reader queries of tests/search-recall (many
 * words, or the Arabic and Chinese indexes, the largest).
 */
const coldSearches: { locale: string; url: string; query: string }[] = [
  { locale: 'en', url: '/en/pk/jazz/', query: 'lost SIM Globe' },
  { locale: 'zh-cn', url: '/zh-cn/pk/jazz/', query: '巴基斯坦Ufone销号' },
  { locale: 'ur', url: '/ur/pk/jazz/', query: 'جاز سم بند' },
  { locale: 'ru', url: '/ru/kz/kcell/', query: 'Kcell за границей' },
  { locale: 'kk', url: '/kk/kz/kcell/', query: 'Kcell шетелде' },
  { locale: 'ar', url: '/ar/bh/stc/', query: 'إلغاء خط بتلكو' },
  { locale: 'fil', url: '/fil/ph/globe/', query: 'nawala ang SIM Globe' },
  { locale: 'zh-hant', url: '/zh-hant/hk/cmhk/', query: '中國移動香港 遺失' },
  { locale: 'ms', url: '/ms/my/maxis/', query: 'Maxis SIM hilang' },
  { locale: 'en', url: '/en/pk/jazz/', query: 'how to check sims on my CNIC' },
  { locale: 'zh-cn', url: '/zh-cn/kz/kcell/', query: '哈萨克斯坦不用的号码' },
  { locale: 'ar', url: '/ar/bh/stc/', query: 'رسوم التجوال المتأخرة' },
];

/**
 * Milliseconds between keystrokes: a quick typist on a phone. Each pause the
 * search notices is a search with its own downloads, so the pace is part of
 * what a reader pays; SEARCH_TYPING_MS=400 (or slower) tries a slow typist.
 */
const TYPING_MS = Number(process.env.SEARCH_TYPING_MS ?? 150);

test.describe('cold first search', () => {
  // The service worker never caches search; blocking it keeps every request visible here.
  test.use({ serviceWorkers: 'block' });
  // A cold load on a busy test machine can take tens of seconds; what is measured is bytes.
  test.describe.configure({ timeout: 90_000 });

  for (const { locale, url, query } of coldSearches) {
    test(`in ${locale}, “${query}” costs at most ${SEARCH_BUDGET / 1024} KB from the first keystroke until results settle`, async ({
      page,
    }) => {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const requests = recordRequests(page);
      requests.start();
      const started = Date.now();
      await page.locator('#site-search-q').pressSequentially(query, { delay: TYPING_MS });
      const firstResult = page.locator('#site-search-results [role="gridcell"] a').first();
      // Generous: this measures bytes, and a cold load on a busy test machine can take seconds.
      await expect(firstResult).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('#site-search-q')).not.toHaveAttribute('aria-busy', 'true');
      const elapsed = Date.now() - started;
      await requests.settled();
      const bytes = total(requests.sizes);
      console.log(
        `cold first search ${locale} “${query}”: ${kb(bytes)} in ${requests.sizes.size} requests, results after ${elapsed} ms on localhost (${files(requests.sizes)})`,
      );
      // Everything Pagefind needs must have been counted: script, WebAssembly, index and fragments.
      const names = [...requests.sizes.keys()].join(' ');
      for (const part of ['pagefind.js', '.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', 'site-names'])
        expect(names, part).toContain(part);
      expect(bytes).toBeLessThanOrEqual(SEARCH_BUDGET);
    });
  }
});

test.describe('search page', () => {
  test.use({ serviceWorkers: 'block' });

  test(`opened cold with a query, costs at most ${SEARCH_BUDGET / 1024} KB and pages through results without repeats`, async ({
    page,
  }) => {
    const requests = recordRequests(page);
    requests.start();
    await page.goto('/en/search/?q=SIM');
    await expect(page.locator('.search-results > li').first()).toBeVisible({ timeout: 20_000 });
    await requests.settled();
    const bytes = total(requests.sizes);
    console.log(
      `search page with results: ${kb(bytes)} in ${requests.sizes.size} requests (${files(requests.sizes)})`,
    );
    expect(bytes).toBeLessThanOrEqual(SEARCH_BUDGET);
    await expect(page.locator('.search-results > li')).toHaveCount(resultsPerPage);
    await page.locator('.search-more').click();
    await expect(page.locator('.search-results > li')).toHaveCount(2 * resultsPerPage);
    const hrefs = await page
      .locator('.search-results h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});
