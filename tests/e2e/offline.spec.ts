import { expect, test } from '@playwright/test';

test.describe('offline', () => {
  test('a guide the reader opened opens again without a connection', async ({ page, context }) => {
    await page.goto('/zh-cn/pk/jazz/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The first visit installs the worker; the next load goes through it and is cached.
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await page.goto('/zh-cn/pk/');

    await context.setOffline(true);
    await page.goto('/zh-cn/pk/jazz/#step-visit-franchise');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('#step-visit-franchise')).toBeInViewport();
    await page.goto('/zh-cn/pk/');
    await expect(page.locator('h1')).toBeVisible();

    // A page never opened is not there, and search results are never kept.
    await expect(page.goto('/zh-cn/kz/kcell/')).rejects.toThrow();
    await context.setOffline(false);
  });

  test('search is never cached', async ({ page }) => {
    await page.goto('/en/pk/jazz/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.goto('/en/search/?q=Jazz');
    await expect(page.locator('.search-results > li').first()).toBeVisible({ timeout: 15_000 });
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys())
          urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    expect(cached.filter((u) => u.includes('/search/') || u.startsWith('/pagefind/'))).toEqual([]);
  });
});
