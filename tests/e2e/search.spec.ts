import { expect, test, type Page } from '@playwright/test';

interface Case {
  /** What a reader types. */
  q: string;
  /** The page that must be among the top three results. */
  page: string;
  /** A section that must be offered as a sub-result of that page. */
  section?: string;
}

/**
 * Realistic queries per locale: country names, carrier names, former names and
 * sub-brands, and questions. Each must put the right page in the top three.
 */
const cases: Record<string, Case[]> = {
  en: [
    { q: 'Mobilink', page: '/en/pk/jazz/' },
    { q: 'TNT', page: '/en/ph/smart/' },
    { q: 'VIVA', page: '/en/bh/stc/' },
    { q: 'ALTEL', page: '/en/kz/tele2/' },
    { q: 'Kazakhstan', page: '/en/kz/' },
    { q: 'lost SIM Globe', page: '/en/ph/globe/', section: 'case-lost-sim' },
    { q: 'cancel from abroad Jazz', page: '/en/pk/jazz/', section: 'case-from-abroad' },
  ],
  'zh-cn': [
    { q: '巴基斯坦', page: '/zh-cn/pk/' },
    { q: '巴基斯坦注销', page: '/zh-cn/pk/' },
    { q: 'Jazz卡', page: '/zh-cn/pk/jazz/' },
    { q: 'Mobilink', page: '/zh-cn/pk/jazz/' },
    { q: '菲律宾', page: '/zh-cn/ph/' },
    { q: '巴林 VIVA', page: '/zh-cn/bh/stc/' },
    { q: '哈萨克斯坦', page: '/zh-cn/kz/' },
  ],
  ur: [
    { q: 'پاکستان', page: '/ur/pk/' },
    { q: 'Jazz', page: '/ur/pk/jazz/' },
    { q: 'Mobilink', page: '/ur/pk/jazz/' },
    { q: 'زونگ', page: '/ur/pk/zong/' },
    { q: 'ٹیلی نار', page: '/ur/pk/telenor/' },
    { q: 'سم گم', page: '/ur/pk/jazz/', section: 'case-lost-sim' },
  ],
  ru: [
    { q: 'Казахстан', page: '/ru/kz/' },
    { q: 'Билайн', page: '/ru/kz/beeline/' },
    { q: 'Kcell', page: '/ru/kz/kcell/' },
    { q: 'Пакистан Jazz', page: '/ru/pk/jazz/' },
    { q: 'TNT', page: '/ru/ph/smart/' },
    { q: 'утеря SIM-карты Kcell', page: '/ru/kz/kcell/', section: 'case-lost-sim' },
  ],
  kk: [
    { q: 'Қазақстан', page: '/kk/kz/' },
    { q: 'Билайн', page: '/kk/kz/beeline/' },
    { q: 'Beeline', page: '/kk/kz/beeline/' },
    { q: 'Kcell', page: '/kk/kz/kcell/' },
    { q: 'ALTEL', page: '/kk/kz/tele2/' },
  ],
  ar: [
    { q: 'البحرين', page: '/ar/bh/' },
    { q: 'بتلكو', page: '/ar/bh/batelco/' },
    { q: 'فيفا', page: '/ar/bh/stc/' },
    { q: 'VIVA', page: '/ar/bh/stc/' },
    { q: 'زين', page: '/ar/bh/zain/' },
    { q: 'Jazz', page: '/ar/pk/jazz/' },
  ],
  fil: [
    { q: 'Pilipinas', page: '/fil/ph/' },
    { q: 'TNT', page: '/fil/ph/smart/' },
    { q: 'Globe', page: '/fil/ph/globe/' },
    { q: 'GCash', page: '/fil/ph/' },
    { q: 'nawalang SIM Smart', page: '/fil/ph/smart/', section: 'case-lost-sim' },
  ],
};

/** Opens the search page for a query and returns its results. */
async function searchFor(page: Page, locale: string, query: string, extra = '') {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}${extra}`);
  await expect(page.locator('.search-status')).toContainText(/\d/);
  return page.locator('.search-results > li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      sections: [...li.querySelectorAll('.steps a')].map((a) => a.getAttribute('href')?.split('#')[1] ?? ''),
    })),
  );
}

for (const [locale, list] of Object.entries(cases)) {
  test.describe(`search in ${locale}`, () => {
    for (const c of list) {
      test(`“${c.q}” finds ${c.page}${c.section ? `#${c.section}` : ''} in the top three`, async ({
        page,
      }) => {
        const results = await searchFor(page, locale, c.q);
        const top = results.slice(0, 3);
        const hit = top.find((r) => r.href === c.page);
        expect(hit, `top three: ${top.map((r) => r.href).join(', ')}`).toBeDefined();
        if (c.section) expect(hit?.sections).toContain(c.section);
      });
    }
  });
}

test.describe('search', () => {
  test('gives the same results with and without Arabic diacritics', async ({ page }) => {
    const plain = await searchFor(page, 'ar', 'إلغاء');
    const marked = await searchFor(page, 'ar', 'إِلْغَاء');
    expect(plain.length).toBeGreaterThan(0);
    expect(marked.map((r) => r.href)).toEqual(plain.map((r) => r.href));
  });

  test('narrows results with filters and keeps them in the URL', async ({ page }) => {
    await searchFor(page, 'en', 'SIM');
    const total = async () =>
      Number(/\d+/.exec((await page.locator('.search-status').textContent()) ?? '')?.[0]);
    const all = await total();
    // Filters start open on wide screens and folded on phones.
    const filters = page.locator('details.filters');
    if (!(await filters.evaluate((d: HTMLDetailsElement) => d.open)))
      await filters.locator('summary').click();
    const pakistan = page.locator('input[name="country"][value="Pakistan"]');
    await pakistan.check();
    await expect(page).toHaveURL(/country=Pakistan/);
    await expect.poll(total).toBeLessThan(all);
    const hrefs = await page
      .locator('.search-results h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/en\/pk\//);

    // The URL reproduces the filtered search.
    const url = page.url();
    const again = await searchFor(
      page,
      'en',
      'SIM',
      `&${new URL(url).search.slice(1).replace(/^q=[^&]*&?/, '')}`,
    );
    expect(again.map((r) => r.href)).toEqual(hrefs);
    await expect(page.locator('input[name="country"][value="Pakistan"]')).toBeChecked();
  });

  test('filters by method and plan type in the reader’s language', async ({ page }) => {
    await searchFor(page, 'zh-cn', 'SIM');
    const groups = await page.locator('.filter-groups legend').allTextContents();
    expect(groups).toEqual(expect.arrayContaining(['国家/地区', '运营商']));
    await expect(page.locator('input[name="plan"]')).not.toHaveCount(0);
    await expect(page.locator('input[name="method"]')).not.toHaveCount(0);
  });

  test('works from the keyboard alone: / to focus, arrows to choose, Enter to go', async ({ page }) => {
    await page.goto('/en/pk/');
    await page.keyboard.press('/');
    const input = page.locator('#site-search-q');
    await expect(input).toBeFocused();
    await page.keyboard.type('Mobilink');
    const first = page.locator('#site-search-listbox [role="option"]').first();
    await expect(first).toBeVisible();
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/pk\/jazz\/$/);
  });

  test('submitting the header form opens the linkable search page', async ({ page }) => {
    await page.goto('/ur/');
    await page.locator('#site-search-q').fill('Jazz');
    await page.locator('#site-search-q').press('Enter');
    await expect(page).toHaveURL(/\/ur\/search\/\?q=Jazz$/);
    await expect(page.locator('.search-results > li').first()).toBeVisible();
  });

  test('loads nothing from Pagefind until the reader searches', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/en/pk/jazz/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('offers the browse-by-country links instead', async ({ page }) => {
    await page.goto('/kk/search/?q=Beeline');
    await expect(page.locator('noscript')).toHaveCount(1);
    await expect(page.locator('a[href="/kk/kz/"]').first()).toBeVisible();
  });
});
