import { expect, test, type Page } from '@playwright/test';
import { resultsPerPage } from '../../src/lib/search';

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
 * A few per locale, one per kind of case; the 182-query recall set
 * (tests/search-recall/) measures the rest.
 */
const cases: Record<string, Case[]> = {
  en: [
    { q: 'Mobilink', page: '/en/pk/jazz/' },
    { q: 'TNT', page: '/en/ph/smart/' },
    { q: 'lost SIM Globe', page: '/en/ph/globe/', section: 'case-lost-sim' },
    { q: 'cancel from abroad Jazz', page: '/en/pk/jazz/', section: 'case-from-abroad' },
    { q: 'jazzz', page: '/en/pk/jazz/' },
    { q: 'giffgaff', page: '/en/gb/giffgaff/' },
    { q: '1O1O', page: '/en/hk/csl/' },
  ],
  'zh-cn': [
    { q: '巴基斯坦', page: '/zh-cn/pk/' },
    { q: 'Jazz卡', page: '/zh-cn/pk/jazz/' },
    { q: '巴基斯坦Ufone销号', page: '/zh-cn/pk/ufone/' },
    // Traditional characters on the Simplified index.
    { q: '數碼通', page: '/zh-cn/hk/smartone/' },
  ],
  'zh-hant': [
    { q: '1O1O', page: '/zh-hant/hk/csl/' },
    // Simplified characters on the Traditional index.
    { q: '数码通', page: '/zh-hant/hk/smartone/' },
    { q: '和记', page: '/zh-hant/hk/three/' },
  ],
  ms: [
    { q: 'Malaysia', page: '/ms/my/' },
    { q: 'Maxis', page: '/ms/my/maxis/' },
  ],
  ur: [
    { q: 'Jazz', page: '/ur/pk/jazz/' },
    { q: 'زونگ', page: '/ur/pk/zong/' },
    { q: 'سم گم', page: '/ur/pk/jazz/', section: 'case-lost-sim' },
  ],
  ru: [
    { q: 'Билайн', page: '/ru/kz/beeline/' },
    { q: 'Пакистан Jazz', page: '/ru/pk/jazz/' },
    { q: 'утеря SIM-карты Kcell', page: '/ru/kz/kcell/', section: 'case-lost-sim' },
  ],
  kk: [
    { q: 'Қазақстан', page: '/kk/kz/' },
    { q: 'Beeline', page: '/kk/kz/beeline/' },
  ],
  ar: [
    { q: 'بتلكو', page: '/ar/bh/batelco/' },
    { q: 'فيفا', page: '/ar/bh/stc/' },
    { q: 'اتصالات', page: '/ar/ae/etisalat/' },
    { q: 'موبايلي', page: '/ar/sa/mobily/' },
  ],
  fil: [
    { q: 'TNT', page: '/fil/ph/smart/' },
    { q: 'nawalang SIM Smart', page: '/fil/ph/smart/', section: 'case-lost-sim' },
  ],
};

/** The results the search page shows: each page's link and its sections' anchors. */
function shownResults(page: Page) {
  return page.locator('.search-results > li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      sections: [...li.querySelectorAll('.steps a')].map((a) => a.getAttribute('href')?.split('#')[1] ?? ''),
    })),
  );
}

/** Opens the search page for a query and returns its results. */
async function searchFor(page: Page, locale: string, query: string, extra = '') {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}${extra}`);
  // A cold Pagefind load can take seconds on a busy machine.
  await expect(page.locator('.search-status')).toContainText(/\d/, { timeout: 15_000 });
  return shownResults(page);
}

/**
 * Types a new query into the search page's own box, as a reader trying
 * another search does, and returns its results: Pagefind is loaded already.
 */
async function searchAgain(page: Page, query: string) {
  await page.locator('#search-q').fill(query);
  // The status quotes the query (“…”, «…» or 「…」) once its results are shown.
  const quoted = new RegExp(`[“«「]${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[”»」]`);
  await expect(page.locator('.search-status')).toHaveText(quoted, { timeout: 15_000 });
  return shownResults(page);
}

for (const [locale, list] of Object.entries(cases)) {
  test.describe(`search in ${locale}`, () => {
    // One reader's searches, one after another: a cold Pagefind load per query would cost seconds each.
    test(`finds each query’s page in the top three: ${list.map((c) => `“${c.q}”`).join(', ')}`, async ({
      page,
    }) => {
      for (const [i, c] of list.entries()) {
        const results = i === 0 ? await searchFor(page, locale, c.q) : await searchAgain(page, c.q);
        const top = results.slice(0, 3);
        const hit = top.find((r) => r.href === c.page);
        const expected = `“${c.q}” finds ${c.page}${c.section ? `#${c.section}` : ''} in the top three`;
        expect.soft(hit, `${expected}; top three: ${top.map((r) => r.href).join(', ')}`).toBeDefined();
        if (hit && c.section) expect.soft(hit.sections, expected).toContain(c.section);
      }
    });
  });
}

test.describe('search', () => {
  test('gives the same results with and without Arabic diacritics', async ({ page }) => {
    const plain = await searchFor(page, 'ar', 'إلغاء');
    const marked = await searchAgain(page, 'إِلْغَاء');
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

    // Filters alone: a count, no empty quotes.
    await page.locator('#search-q').fill('');
    await expect(page.locator('.search-status')).toHaveText(/^\d+ results?$/);
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
    const first = page.locator('#site-search-results [role="gridcell"]').first();
    // The box's script and Pagefind load on this first use.
    await expect(first).toBeVisible({ timeout: 15_000 });
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/pk\/jazz\/$/);
  });

  test('offers results as links in a grid, each page grouped with its sections, and Down Arrow reopens it', async ({
    page,
  }) => {
    await page.goto('/en/');
    // The combobox is made on first use: before it, the box is a plain search form.
    await page.locator('#site-search-q').focus();
    const input = page.getByRole('combobox', { name: 'Search' });
    await input.fill('Ufone SIM stolen');
    const grid = page.getByRole('grid');
    await slowExpect(grid).toBeVisible();
    const firstGroup = grid.getByRole('rowgroup').first();
    const links = firstGroup.getByRole('link');
    await expect(links.first()).toHaveAttribute('href', '/en/pk/ufone/');
    // The carrier's section for the situation comes first under its page.
    await expect(links.nth(1)).toHaveAttribute('href', '/en/pk/ufone/#case-lost-sim');
    await page.keyboard.press('Escape');
    await expect(grid).toBeHidden();
    await expect(input).toHaveValue('Ufone SIM stolen');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowDown');
    await expect(grid).toBeVisible();
    await expect(input).toHaveAttribute('aria-activedescendant', /site-search-r0/);
    // A second Escape after closing clears the field and the status.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(input).toHaveValue('');
    await expect(page.locator('site-search [role="status"]')).toHaveText('');
  });
  test('submitting the header form opens the linkable search page', async ({ page }) => {
    await page.goto('/ur/');
    await page.locator('#site-search-q').fill('Jazz');
    await page.locator('#site-search-q').press('Enter');
    await expect(page).toHaveURL(/\/ur\/search\/\?q=Jazz$/);
    // A cold first search (Pagefind's WebAssembly compiled) can take seconds on a busy machine.
    await expect(page.locator('.search-results > li').first()).toBeVisible({ timeout: 15_000 });
  });

  test('indexes what a guide says, not what every guide repeats around it', async ({ page }) => {
    await page.goto('/en/');
    const content = await page.evaluate(async () => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const found = await pagefind.search('Globe');
      for (const result of found.results) {
        const data = await result.data();
        if (data.url === '/en/ph/globe/') return data.content as string;
      }
      return '';
    });
    expect(content).toContain('Ask for written proof');
    expect(content).toContain('Globe Telecom · Globe Prepaid');
    for (const furniture of ['[1]', 'Link to this step', 'Copy link', 'Report a mistake', 'Last verified'])
      expect(content, furniture).not.toContain(furniture);
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
    await expect(
      page.locator('noscript ~ * a[href="/kk/kz/"], a[href="/kk/kz/"]:visible').first(),
    ).toBeVisible();
  });
});

/** Pagefind slowed to 400 ms a request takes several seconds to answer on a busy test machine. */
const slowExpect = expect.configure({ timeout: 20_000 });

/**
 * Slows every Pagefind request, as on a weak mobile connection. `answered()`
 * waits at least as long as one request takes (longer than the search box's
 * debounce, so a search typed just before has started) and until every request
 * has had its answer with none started since: by then a late answer has
 * reached the page.
 */
async function slowPagefind(page: Page, ms = 400) {
  let pending = 0;
  let last = 0;
  await page.route('**/pagefind/**', async (route) => {
    pending++;
    await new Promise((r) => setTimeout(r, ms));
    await route.continue().catch(() => undefined);
    pending--;
    last = Date.now();
  });
  return {
    answered: async () => {
      const since = Date.now();
      await slowExpect
        .poll(() => pending === 0 && Date.now() - Math.max(last, since) >= ms, { intervals: [100] })
        .toBe(true);
    },
  };
}

test.describe('search on a slow or missing network', () => {
  test.describe.configure({ timeout: 90_000 });

  test('says offline search needs a connection, links to the countries, and searches again once online', async ({
    page,
    context,
  }) => {
    await page.goto('/ru/kz/kcell/');
    await context.setOffline(true);
    const input = page.locator('#site-search-q');
    await input.fill('Kcell');
    const problem = page.locator('site-search .search-problem');
    await slowExpect(problem).toBeVisible();
    await slowExpect(problem).toContainText('Для поиска нужно подключение');
    await slowExpect(problem.getByRole('link')).toHaveAttribute('href', '/ru/');
    await slowExpect(input).not.toHaveAttribute('aria-busy', 'true');
    await context.setOffline(false);
    await input.press('End');
    await input.pressSequentially(' ');
    await slowExpect(page.locator('#site-search-results a').first()).toHaveAttribute('href', '/ru/kz/kcell/');
    await slowExpect(problem).toBeHidden();
  });

  test('a late answer to an older query never replaces the newer one or reopens a popup the reader left', async ({
    page,
  }) => {
    const pagefind = await slowPagefind(page);
    await page.goto('/en/');
    const input = page.locator('#site-search-q');
    await input.fill('Mobilink');
    await slowExpect(input).toHaveAttribute('aria-busy', 'true');
    await input.fill('Kcell');
    const first = page.locator('#site-search-results [role="rowgroup"] a').first();
    await slowExpect(first).toHaveAttribute('href', '/en/kz/kcell/');
    await pagefind.answered();
    await slowExpect(first).toHaveAttribute('href', '/en/kz/kcell/');

    // Typing, then leaving the field before the answer comes.
    await input.fill('Globe');
    await page.keyboard.press('Tab');
    await pagefind.answered();
    await slowExpect(page.locator('#site-search-results')).toBeHidden();
    await slowExpect(input).toHaveAttribute('aria-expanded', 'false');
  });

  test('Escape while searching leaves no “Searching…”, no busy state and no popup', async ({ page }) => {
    const pagefind = await slowPagefind(page);
    await page.goto('/en/');
    const input = page.locator('#site-search-q');
    await input.fill('Zong');
    await slowExpect(input).toHaveAttribute('aria-busy', 'true');
    await input.press('Escape');
    await slowExpect(input).toHaveValue('');
    await pagefind.answered();
    await slowExpect(page.locator('#site-search-results')).toBeHidden();
    await slowExpect(input).not.toHaveAttribute('aria-busy', 'true');
    await slowExpect(page.locator('site-search [role="status"]')).toHaveText('');
  });

  test('announces the result count once per settled query, never at each pause', async ({ page }) => {
    const pagefind = await slowPagefind(page, 200);
    await page.goto('/en/');
    await page.evaluate(() => {
      const status = document.querySelector('site-search [role="status"]')!;
      (window as unknown as { said: string[] }).said = [];
      new MutationObserver(() =>
        (window as unknown as { said: string[] }).said.push(status.textContent ?? ''),
      ).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const input = page.locator('#site-search-q');
    await input.pressSequentially('Telenor', { delay: 40 });
    await slowExpect(page.locator('#site-search-results')).toBeVisible();
    await pagefind.answered();
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said).toEqual([expect.stringMatching(/^\d+ results? for “Telenor”$/)]);
  });

  test('“Show more”, clicked twice on a slow network, never lists a result twice', async ({ page }) => {
    const pagefind = await slowPagefind(page);
    await page.goto('/en/search/?q=SIM');
    await slowExpect(page.locator('.search-results > li')).toHaveCount(resultsPerPage);
    await page.locator('.search-more').dblclick();
    await slowExpect(page.locator('.search-results > li')).not.toHaveCount(resultsPerPage);
    await pagefind.answered();
    const hrefs = await page
      .locator('.search-results h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBe(2 * resultsPerPage);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});
