import { expect, test } from '@playwright/test';

/** One guide per locale: the page a reader of that language would open first. */
const guides = {
  en: '/en/pk/jazz/',
  'zh-cn': '/zh-cn/kz/kcell/',
  ur: '/ur/pk/zong/',
  ru: '/ru/kz/beeline/',
  kk: '/kk/kz/kcell/',
  ar: '/ar/bh/stc/',
  fil: '/fil/ph/globe/',
};

test.describe('on a 390 px wide phone screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const [locale, url] of Object.entries(guides)) {
    test(`the guide’s title starts within the first 200 px in ${locale} (${url})`, async ({ page }) => {
      await page.goto(url);
      const top = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top);
      expect(top).toBeLessThanOrEqual(200);
    });
  }

  test('the language switcher is one button that opens real hreflang links and keeps the step', async ({
    page,
  }) => {
    await page.goto('/en/pk/jazz/#step-get-proof');
    const menu = page.locator('.languages-menu');
    expect((await menu.boundingBox())!.height).toBeLessThan(48);
    await expect(page.locator('nav.languages a[hreflang="ur"]')).toBeHidden();
    await menu.locator('summary').click();
    await page.locator('nav.languages a[hreflang="ur"]').click();
    await expect(page).toHaveURL(/\/ur\/pk\/jazz\/#step-get-proof$/);
  });

  test('“On this page” is collapsed, and only former names show of the aliases', async ({ page }) => {
    await page.goto('/en/pk/jazz/');
    await expect(page.locator('.on-this-page nav')).toBeHidden();
    await page.locator('.on-this-page summary').click();
    await expect(page.locator('.on-this-page a[href="#step-visit-franchise"]')).toBeVisible();
    await expect(page.locator('.former-names')).toHaveText('Formerly Mobilink');
    await expect(page.locator('.aliases span')).toBeHidden();
    await expect(page.locator('.aliases span')).toContainText('Мобилинк');
  });
});

test('on a wide screen “On this page” is open beside the text, on the reading side’s far edge', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const url of ['/en/pk/jazz/', '/ar/bh/stc/']) {
    await page.goto(url);
    const toc = (await page.locator('.on-this-page nav').boundingBox())!;
    const text = (await page.locator('article h1').boundingBox())!;
    expect(toc.width).toBeGreaterThan(100);
    if (url.startsWith('/ar/')) expect(toc.x + toc.width).toBeLessThanOrEqual(text.x);
    else expect(toc.x).toBeGreaterThanOrEqual(text.x + text.width);
  }
});
