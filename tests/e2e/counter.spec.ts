import { expect, test } from '@playwright/test';
import { pageCount } from './support/pdf';

test.describe('the counter card', () => {
  test('shows the staff’s languages first, each with its own lang and dir, and the reader’s language after them', async ({
    page,
  }) => {
    const partsOf = async (url: string) => {
      await page.goto(url);
      return page
        .locator('#counter-card .counter-part')
        .evaluateAll((parts) => parts.map((p) => `${p.getAttribute('lang')}/${p.getAttribute('dir')}`));
    };
    expect(await partsOf('/en/pk/jazz/')).toEqual(['ur/rtl', 'en/ltr']);
    await expect(page.locator('#counter-card [lang="ur"] .counter-ask')).toContainText('ڈس اون');
    expect(await partsOf('/zh-cn/kz/kcell/')).toEqual(['ru/ltr', 'kk/ltr', 'zh-CN/ltr']);
    await expect(page.locator('#counter-card [lang="ru"] .counter-ask')).toContainText('расторгнуть договор');
    // A reader who speaks the staff's language sees it once, first.
    expect(await partsOf('/kk/kz/kcell/')).toEqual(['kk/ltr', 'ru/ltr']);
    expect(await partsOf('/ar/bh/stc/')).toEqual(['ar/rtl']);
    await expect(page.locator('#counter-card .counter-document')).toContainText('جواز السفر');
  });

  test('opens full screen in one tap and closes again', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/ur/pk/jazz/');
    const card = page.locator('#counter-card');
    await card.locator('[data-action="full"]').click();
    await expect(card).toHaveClass(/is-full/);
    const box = await card.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
    await expect(card.locator('[data-action="close"]')).toBeFocused();
    expect(
      await card
        .locator('.counter-part')
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize)),
    ).toBeGreaterThanOrEqual(24);
    await card.locator('[data-action="close"]').click();
    await expect(card).not.toHaveClass(/is-full/);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  });

  for (const [url, what] of [
    ['/en/pk/jazz/', 'in a right-to-left script'],
    ['/zh-cn/kz/kcell/', 'in three languages'],
  ] as const) {
    test(`prints alone on one page, ${what} (${url})`, async ({ page }) => {
      await page.addInitScript(() => {
        window.print = () => undefined;
      });
      await page.goto(url);
      await page.locator('#counter-card [data-action="print"]').click();
      await expect(page.locator('html')).toHaveClass(/print-counter/);
      expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    });
  }

  test('works offline on a guide the reader opened before, full screen included', async ({
    page,
    context,
  }) => {
    await page.goto('/ar/bh/stc/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await context.setOffline(true);
    await page.goto('/ar/bh/stc/#counter-card');
    await expect(page.locator('#counter-card [lang="ar"] .counter-ask')).toBeVisible();
    await page.locator('#counter-card [data-action="full"]').click();
    await expect(page.locator('#counter-card')).toHaveClass(/is-full/);
    await context.setOffline(false);
  });
});
