// Measures search recall on the built site, as a reader sees it: every query of
// queries.json is opened on the search page (/{locale}/search/?q=…) in the
// system Chromium, and the listed results and their sections are compared with
// what the query expects.
//
// Usage: node tests/search-recall/measure.mjs [--json] [--misses] [locale…]
// (needs a build: npx astro build). Prints, per locale:
//   hit@1     the first result is an expected page
//   hit@3     an expected page is among the first three results
//   section   of the queries that expect a section: the expected page is among
//             the first three and offers that section among its sub-results
//   sec@1     the same, with the section as the page's first sub-result
import { spawn, execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const showMisses = args.includes('--misses');
const only = args.filter((a) => !a.startsWith('--'));
const root = fileURLToPath(new URL('../..', import.meta.url));
const { queries } = JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8'));
const port = Number(process.env.RECALL_PORT ?? 4393);
const base = `http://127.0.0.1:${port}`;

const executablePath =
  process.env.CHROMIUM_PATH ??
  execSync('command -v chromium || command -v chromium-browser', { encoding: 'utf8' }).trim();

const server = spawn(process.execPath, ['tests/e2e/support/serve.mjs', 'dist', String(port)], {
  cwd: root,
  stdio: 'ignore',
});
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });

/** Waits until the server answers. */
async function serverReady() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/en/`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No server on ${base}`);
}

/**
 * The results the search page lists for a query: page path and its sections,
 * in order. The first query of a locale opens the page; later ones are typed
 * into its field and submitted, like a reader searching again.
 */
async function resultsFor(page, locale, q) {
  if (!page.url().includes(`/${locale}/search/`)) {
    await page.goto(`${base}/${locale}/search/?q=${encodeURIComponent(q)}`);
  } else {
    await page.locator('#search-q').fill(q);
    await page.locator('#search-q').press('Enter');
  }
  const settled = await page
    .waitForFunction(
      (query) => {
        const el = document.querySelector('search-page');
        const status = el?.querySelector('[role="status"]')?.textContent ?? '';
        return status.includes(query) && el?.getAttribute('aria-busy') !== 'true';
      },
      q.trim(),
      { timeout: 20_000 },
    )
    .then(() => true)
    .catch(() => false);
  if (!settled) stuck.push(`${locale} “${q}”`);
  return page.locator('.search-results > li').evaluateAll((items) =>
    items.map((li) => ({
      page: new URL(li.querySelector('a')?.href ?? '', location.href).pathname,
      sections: [...li.querySelectorAll('ul a')]
        .map((a) => new URL(a.href, location.href).hash.slice(1))
        .filter(Boolean),
    })),
  );
}

/** Queries whose search never settled: counted as misses, and listed. */
const stuck = [];

function score(results, expect) {
  const wanted = expect.map((e) => {
    const [page, section] = e.split('#');
    return { page, section };
  });
  const top3 = results.slice(0, 3);
  const hit1 = wanted.some((w) => results[0]?.page === w.page);
  const hit3 = wanted.some((w) => top3.some((r) => r.page === w.page));
  const withSection = wanted.filter((w) => w.section);
  const expectsSection = withSection.length > 0;
  const offered = (first) =>
    withSection.some((w) =>
      top3.some(
        (r) => r.page === w.page && (first ? r.sections[0] === w.section : r.sections.includes(w.section)),
      ),
    );
  return {
    hit1,
    hit3,
    expectsSection,
    section: expectsSection && offered(false),
    section1: expectsSection && offered(true),
  };
}

const pct = (n, d) => (d ? `${Math.round((100 * n) / d)}%` : '—');
const report = {};
const misses = [];
try {
  await serverReady();
  const locales = Object.keys(queries).filter((l) => only.length === 0 || only.includes(l));
  // One locale after another: parallel pages slow each other's searches into timeouts.
  for (const locale of locales) {
    await (async () => {
      const page = await browser.newPage();
      const totals = { queries: 0, hit1: 0, hit3: 0, sectionQueries: 0, section: 0, section1: 0 };
      for (const { q, expect } of queries[locale]) {
        const results = await resultsFor(page, locale, q);
        const s = score(results, expect);
        totals.queries++;
        totals.hit1 += Number(s.hit1);
        totals.hit3 += Number(s.hit3);
        totals.sectionQueries += Number(s.expectsSection);
        totals.section += Number(s.section);
        totals.section1 += Number(s.section1);
        if (!s.hit1 || (s.expectsSection && !s.section1))
          misses.push({
            locale,
            q,
            expect,
            got: results
              .slice(0, 3)
              .map((r) => `${r.page}${r.sections.length ? `#${r.sections.join(',')}` : ''}`),
          });
      }
      report[locale] = totals;
      await page.close();
    })();
  }
} finally {
  await browser.close();
  server.kill();
}

const all = Object.values(report).reduce(
  (sum, t) => Object.fromEntries(Object.keys(t).map((k) => [k, (sum[k] ?? 0) + t[k]])),
  {},
);
if (asJson) {
  console.log(JSON.stringify({ report, all, stuck, misses }, null, 2));
} else {
  console.log('locale  queries  hit@1  hit@3  section  sec@1');
  for (const [locale, t] of [...Object.entries(report), ['all', all]]) {
    console.log(
      [
        locale.padEnd(7),
        String(t.queries).padStart(7),
        pct(t.hit1, t.queries).padStart(6),
        pct(t.hit3, t.queries).padStart(6),
        `${pct(t.section, t.sectionQueries)} of ${t.sectionQueries}`.padStart(10),
        pct(t.section1, t.sectionQueries).padStart(6),
      ].join(' '),
    );
  }
  if (stuck.length) console.log(`never settled (counted as misses): ${stuck.join(', ')}`);
  if (showMisses)
    for (const m of misses)
      console.log(
        `miss ${m.locale} “${m.q}” want ${m.expect.join(' | ')} got ${m.got.join(' ; ') || 'nothing'}`,
      );
}
