import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { stepAnchor } from '../../src/lib/content-paths';
import { guideData } from './support/site';

const translated = [
  { code: 'en', lang: 'en', dir: 'ltr' },
  { code: 'zh-cn', lang: 'zh-CN', dir: 'ltr' },
  { code: 'ur', lang: 'ur', dir: 'rtl' },
] as const;

test.describe('the Jazz guide', () => {
  for (const locale of translated) {
    test(`renders complete in ${locale.code} with lang="${locale.lang}" dir="${locale.dir}"`, async ({
      page,
    }) => {
      await page.goto(`/${locale.code}/pk/jazz/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.fallback-notice')).toHaveCount(0);
      for (const section of ['#what-to-bring', '#steps', '#confirm-closed', '#cases', '#sources']) {
        await expect(page.locator(section)).toBeVisible();
      }
      await expect(page.locator('.last-verified time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      expect(await page.locator('#sources ~ ol a[href^="http"]').count()).toBeGreaterThanOrEqual(2);
    });
  }

  test('has the same ordered step ids in every translation', async ({ page }) => {
    const idsOf = async (code: string) => {
      await page.goto(`/${code}/pk/jazz/`);
      return page.locator('li.step .step-title').evaluateAll((titles) => titles.map((t) => t.id));
    };
    const english = await idsOf('en');
    expect(english).toEqual(guideData('en/pk/jazz').steps.map((step) => stepAnchor(step.id)));
    expect(english).toContain('step-visit-franchise');
    expect(await idsOf('zh-cn')).toEqual(english);
    expect(await idsOf('ur')).toEqual(english);
  });

  test('scrolls to and highlights a linked step', async ({ page }) => {
    await page.goto('/zh-cn/pk/jazz/#step-visit-franchise');
    await expect(page.locator('#step-visit-franchise')).toBeInViewport();
    const step = page.locator('li.step:has(#step-visit-franchise)');
    const highlighted = await step.evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await page
      .locator('li.step:has(#step-get-proof)')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(highlighted).not.toBe(other);
    await expect(step.locator('.step-number')).toHaveText(/\d+/);
  });

  test('keeps the step when the reader switches language', async ({ page }) => {
    await page.goto('/en/pk/jazz/#step-visit-franchise');
    await page.locator('nav.languages a[hreflang="ur"]').click();
    await expect(page).toHaveURL(/\/ur\/pk\/jazz\/#step-visit-franchise$/);
    await expect(page.locator('#step-visit-franchise')).toBeInViewport();
  });

  test('offers language links with hreflang to every locale', async ({ page }) => {
    await page.goto('/en/pk/jazz/');
    const links = page.locator('nav.languages a');
    await expect(links).toHaveCount(locales.length);
    for (const l of locales) {
      await expect(page.locator(`nav.languages a[hreflang="${l.lang}"]`)).toHaveAttribute(
        'href',
        `/${l.code}/pk/jazz/`,
      );
    }
  });

  test('copies a link to the step', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/pk/jazz/');
    const step = page.locator('li.step:has(#step-get-proof)');
    await step.locator('copy-link button').click();
    await expect(step.locator('[role="status"]')).not.toBeEmpty();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/en\/pk\/jazz\/#step-get-proof$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step of the guide is readable and its self-link works', async ({ page }) => {
    await page.goto('/ur/pk/jazz/');
    const steps = page.locator('li.step');
    await expect(steps).toHaveCount(guideData('ur/pk/jazz').steps.length);
    for (const step of await steps.all()) {
      await expect(step).toBeVisible();
      await expect(step.locator('p').first()).not.toBeEmpty();
    }
    await page.locator('li.step:has(#step-verify-closed) a.step-link').click();
    await expect(page).toHaveURL(/#step-verify-closed$/);
  });

  test('the language chooser at / links to every locale', async ({ page }) => {
    await page.goto('/');
    for (const l of locales) {
      await expect(page.locator(`a[href="/${l.code}/"]`)).toBeVisible();
    }
  });
});

test.describe('locales', () => {
  for (const l of locales) {
    test(`home page /${l.code}/ has lang="${l.lang}" dir="${l.dir}" and lists Pakistan`, async ({ page }) => {
      await page.goto(`/${l.code}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
      await expect(page.locator('html')).toHaveAttribute('dir', l.dir);
      await expect(page.locator(`a[href="/${l.code}/pk/"]`)).toBeVisible();
      await expect(page.locator(`a[href="/${l.code}/pk/jazz/"]`).first()).toBeVisible();
    });
  }

  test('serves an untranslated guide in English with a notice in the reader’s language', async ({ page }) => {
    await page.goto('/ru/pk/jazz/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('.fallback-notice')).toContainText('Русский');
    await expect(page.locator('article')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#step-visit-franchise')).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/pk\/jazz\/$/);
  });

  test('answers an unknown address with the 404 page', async ({ page }) => {
    const response = await page.goto('/en/xx/nothing/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toBeVisible();
  });
});
