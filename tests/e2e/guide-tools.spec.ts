import { expect, test } from '@playwright/test';
import { guideData } from './support/site';

test.describe('the checklist', () => {
  test('keeps its ticks for that guide after a reload, and clears them', async ({ page }) => {
    await page.goto('/en/pk/jazz/');
    const boxes = page.locator('#what-to-bring ~ check-list input[type="checkbox"]');
    await expect(boxes).toHaveCount(guideData('en/pk/jazz').whatToBring.length);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await page.reload();
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(1)).not.toBeChecked();
    await expect(boxes.nth(2)).toBeChecked();
    // Another guide keeps its own list.
    await page.goto('/en/pk/zong/');
    await expect(boxes.nth(0)).not.toBeChecked();
    await page.goto('/en/pk/jazz/');
    await page.locator('.checklist-tools button').click();
    await expect(boxes.nth(0)).not.toBeChecked();
    await page.reload();
    for (const box of await boxes.all()) await expect(box).not.toBeChecked();
  });
});

test.describe('steps for your plan', () => {
  test('hides the other plan’s steps, keeps the choice in the URL and in a shared step link', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.assign(navigator, {
        share: async (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
        },
      });
    });
    await page.goto('/en/kz/kcell/');
    const postpaidOnly = page.locator('li.step:has(#step-pay-final-bill)');
    const prepaidOnly = page.locator('li.step:has(#step-settle-balance)');
    await expect(postpaidOnly).toBeVisible();
    await page.getByRole('radio', { name: 'Prepaid' }).check();
    await expect(postpaidOnly).toBeHidden();
    await expect(prepaidOnly).toBeVisible();
    await expect(page).toHaveURL(/\?plan=prepaid$/);

    const step = page.locator('li.step:has(#step-get-proof)');
    await expect(step.locator('copy-link button')).toHaveText('Share link');
    await step.locator('copy-link button').click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared.url).toMatch(/\/en\/kz\/kcell\/\?plan=prepaid#step-get-proof$/);

    await page.goto(shared.url!);
    await expect(postpaidOnly).toBeHidden();
    await expect(page.getByRole('radio', { name: 'Prepaid' })).toBeChecked();
    await page.getByRole('radio', { name: 'All plans' }).check();
    await expect(postpaidOnly).toBeVisible();
    await expect(page).toHaveURL(/\/en\/kz\/kcell\/#step-get-proof$/);
  });

  test('shows a hidden step when a link points to it', async ({ page }) => {
    await page.goto('/ru/kz/kcell/?plan=prepaid#step-pay-final-bill');
    await expect(page.locator('#step-pay-final-bill')).toBeVisible();
    await expect(page.locator('#step-pay-final-bill')).toBeInViewport();
    await page.goto('/ru/kz/kcell/?plan=prepaid');
    await expect(page.locator('#step-pay-final-bill')).toBeHidden();
    await page.evaluate(() => (location.hash = '#step-pay-final-bill'));
    await expect(page.locator('#step-pay-final-bill')).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the checklist is a plain list and every step shows whatever the plan in the URL', async ({
    page,
  }) => {
    await page.goto('/kk/kz/kcell/?plan=prepaid');
    await expect(page.locator('.checklist li').first()).toBeVisible();
    await expect(page.locator('.checklist input')).toHaveCount(0);
    for (const step of await page.locator('li.step').all()) await expect(step).toBeVisible();
    await expect(page.locator('#counter-card [lang="kk"] .counter-ask')).toBeVisible();
  });
});
