import AxeBuilder from '@axe-core/playwright';
import { test } from '@playwright/test';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
test('axe timing', async ({ page }) => {
  test.setTimeout(900_000);
  const lean = process.env.LEAN === '1';
  let total = 0;
  for (const url of ['/en/pk/jazz/', '/ur/pk/jazz/', '/zh-cn/ae/', '/en/', '/ar/bh/stc/']) {
    await page.goto(url);
    const t = performance.now();
    let b = new AxeBuilder({ page }).withTags(WCAG);
    if (lean) b = b.options({ resultTypes: ['violations'] });
    const r = await b.analyze();
    total += performance.now() - t;
    if (r.violations.length) console.log(url, r.violations.length);
  }
  console.log('lean', lean, 'axe ms', total.toFixed(0));
});
