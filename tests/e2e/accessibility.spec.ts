import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pagesToVisit } from './support/site';
import { localeCodes } from '../../src/i18n/locales';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  expect(await page.locator('iframe, frame').count(), 'a frame axe would not enter').toBe(0);
  // Sections are rendered only as they come near the screen (content-visibility: auto), and axe
  // cannot measure what is not rendered: it would leave their colours unchecked and misjudge the
  // size of their targets. Rendered all at once, they are what the reader sees on reaching them.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('*'))
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
  });
  // Violations are listed node by node; passes are not, which spares axe most of its reporting work.
  // The site has no frames, so axe runs in the page itself (legacy mode) instead of in every frame
  // and then again in a blank page to merge the results: about 1 s a page instead of 4.
  const result = await new AxeBuilder({ page })
    .withTags(WCAG)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/* A page of every template in every locale (every page with SWEEP=1), in both colour schemes; search pages with results showing. */
const sweep = process.env.SWEEP === '1';
/** Colours do not change with the language: the dark scheme is checked in one locale per direction (every locale with SWEEP=1). */
const darkToo = (url: string) => sweep || /^\/(?:en|ar)\//.test(url) || url === '/';
const everyPage = pagesToVisit()
  .filter((url) => !url.includes('/search/'))
  .concat(
    localeCodes.filter((l) => sweep || ['en', 'zh-cn', 'ar'].includes(l)).map((l) => `/${l}/search/?q=SIM`),
  );

test.describe('axe', () => {
  const parts = 8;
  const chunks = Array.from({ length: parts }, (_, i) => everyPage.filter((_, j) => j % parts === i));
  chunks.forEach((urls, i) => {
    test(`no WCAG 2.2 AA violations in light or dark, pages part ${i + 1} of ${parts}`, async ({ page }) => {
      test.setTimeout(240_000);
      const found: string[] = [];
      for (const url of urls) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(url);
        if (url.includes('/search/'))
          await expect(page.locator('.search-results > li').first()).toBeVisible({ timeout: 15_000 });
        found.push(...(await violations(page)).map((v) => `${url} (light) ${v}`));
        if (!darkToo(url)) continue;
        await page.emulateMedia({ colorScheme: 'dark' });
        found.push(...(await violations(page)).map((v) => `${url} (dark) ${v}`));
      }
      console.log(`axe: ${urls.length} pages checked in light, ${urls.filter(darkToo).length} also in dark`);
      expect(found).toEqual([]);
    });
  });

  test('a linked step stays readable and highlighted in the dark scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/ar/bh/stc/#step-visit-store');
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('keyboard', () => {
  test('the first Tab reaches a visible skip link that moves focus to the content', async ({ page }) => {
    await page.goto('/ur/pk/jazz/');
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  test('every focusable element shows a focus indicator and Tab never gets trapped', async ({ page }) => {
    await page.goto('/en/pk/jazz/');
    const total = await page
      .locator('a[href], button:not([disabled]), input, summary, [tabindex="0"]')
      .count();
    const seen = new Set<string>();
    for (let i = 0; i < total + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visibleFocus = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const hidden = el.closest('copy-link:not(:defined)') !== null;
        return {
          key: `${el.tagName}#${el.id}.${el.className}@${el.getAttribute('href') ?? ''}${el.textContent}`,
          visibleFocus,
          hidden,
        };
      });
      if (!info) break; // focus left the page: nothing traps it
      expect(info.visibleFocus, `${info.key} has a visible focus outline`).toBe(true);
      seen.add(info.key);
    }
    expect(seen.size).toBeGreaterThan(20);
  });
});
