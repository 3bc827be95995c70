import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { pageCount } from './support/pdf';
import { guideData } from './support/site';

test.describe('printing a guide', () => {
  test('shows every step and the checklist, hides navigation and search, and prints link addresses', async ({
    page,
  }) => {
    await page.goto('/en/pk/jazz/');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.breadcrumbs', 'site-search', '.step-actions']) {
      await expect(page.locator(hidden).first()).toBeHidden();
    }
    const steps = page.locator('li.step');
    await expect(steps).toHaveCount(guideData('en/pk/jazz').steps.length);
    for (const step of await steps.all()) await expect(step).toBeVisible();
    const box = await page
      .locator('.checklist li')
      .first()
      .evaluate((li) => getComputedStyle(li, '::before').borderStyle);
    expect(box).toBe('solid');
    const source = page.locator('#sources ~ ol a').first();
    const after = await source.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain((await source.getAttribute('href'))!);
    expect(after).toMatch(/https:\/\//);
  });

  test('renders to a PDF in Chromium, in a right-to-left script too', async ({ page }) => {
    mkdirSync('test-results', { recursive: true });
    for (const [url, file] of [
      ['/en/pk/jazz/', 'test-results/guide-en.pdf'],
      ['/ur/pk/jazz/', 'test-results/guide-ur.pdf'],
    ] as const) {
      await page.goto(url);
      const pdf = await page.pdf({ path: file, format: 'A4', printBackground: false });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // The whole guide runs to several pages (the counter card alone fits on one: counter.spec.ts).
      expect(pageCount(pdf)).toBeGreaterThan(1);
    }
  });
});
