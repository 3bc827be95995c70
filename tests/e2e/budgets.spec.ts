import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/**
 * Page weight budgets, measured in the browser on the built site: every
 * response a page receives before the reader interacts, each gzipped as a
 * static host would serve it. Figures are printed for the closing note.
 */
const PAGE_BUDGET = 20 * 1024;
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

/** Records every response of a page, gzipped size by URL. */
function recordResponses(page: Page): Map<string, number> {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    sizes.set(response.url(), gzipSync(body, { level: 6 }).length);
  });
  return sizes;
}

const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const [name, url] of Object.entries(pageTypes)) {
  test(`${name} (${url}) downloads at most 20 KB before interaction, with no render-blocking request`, async ({
    page,
  }) => {
    const sizes = recordResponses(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const bytes = total(sizes);
    console.log(
      `weight ${name}: ${kb(bytes)} in ${sizes.size} responses (${[...sizes]
        .map(([u, s]) => `${new URL(u).pathname} ${kb(s)}`)
        .join(', ')})`,
    );
    expect(bytes).toBeLessThanOrEqual(PAGE_BUDGET);
    expect([...sizes.keys()].filter((u) => u.includes('/pagefind/'))).toEqual([]);

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

test('a cold first search downloads at most 150 KB', async ({ page }) => {
  await page.goto('/zh-cn/pk/jazz/');
  await page.waitForLoadState('networkidle');
  const sizes = recordResponses(page);
  const started = Date.now();
  await page.locator('#site-search-q').fill('巴基斯坦');
  await expect(page.locator('#site-search-listbox [role="option"]').first()).toBeVisible();
  const elapsed = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const bytes = total(sizes);
  console.log(
    `cold first search: ${kb(bytes)} in ${sizes.size} files, first result shown after ${elapsed} ms on localhost (${[
      ...sizes,
    ]
      .map(([u, s]) => `${new URL(u).pathname.split('/').pop()} ${kb(s)}`)
      .join(', ')})`,
  );
  expect(bytes).toBeLessThanOrEqual(SEARCH_BUDGET);
});

test('the linkable search page, opened cold with a query, downloads at most 150 KB', async ({ page }) => {
  const sizes = recordResponses(page);
  await page.goto('/en/search/?q=SIM');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const bytes = total(sizes);
  console.log(`search page with results: ${kb(bytes)} in ${sizes.size} responses`);
  expect(bytes).toBeLessThanOrEqual(SEARCH_BUDGET);
  await expect(page.locator('.search-results > li')).toHaveCount(4);
  await page.locator('.search-more').click();
  await expect(page.locator('.search-results > li')).toHaveCount(8);
});
