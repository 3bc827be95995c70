#!/usr/bin/env node
// @ts-check
/**
 * `npm run lighthouse`: audits a home page, a guide and a right-to-left guide
 * of the built site with Lighthouse's mobile settings in the system Chromium,
 * five runs each, and fails if a page misses its targets (below). Run
 * `npm run build` first. CHROME_PATH overrides the browser.
 */
import { execSync, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = 4340;
const pages = ['/en/', '/en/pk/jazz/', '/ur/pk/jazz/'];
/** Lighthouse's documentation advises the median of several runs; five make one slow run harmless. */
const RUNS = 5;
/** Scored in full: nothing in them depends on how fast the machine is. */
const FULL_MARKS = ['accessibility', 'best-practices', 'seo'];
/**
 * Performance is held metric by metric, each median at least as good as the
 * value Lighthouse itself calls good (the "p10" of its scoring curve, where a
 * metric scores 0.9: on mobile FCP 1.8 s, LCP 2.5 s, Speed Index 3.4 s, CLS
 * 0.1; total blocking time below), and the performance score is printed.
 *
 * A score of 100 is the target, and most runs reach it, but it is not the
 * gate: its last point rests on total blocking time, which Lighthouse
 * estimates as four times the main-thread time it sees on the machine it runs
 * on. On the 2-core CI machine the same build of /ur/pk/jazz/ measured from
 * 20 to 285 ms in consecutive runs (laying out the first screen takes 50 to
 * 100 ms there, and varies with the host's load), so a gate at 100 passed or
 * failed by chance: a timed test. What decides the other metrics is budgeted
 * on every page without a clock (tests/e2e/budgets.spec.ts: bytes, no
 * render-blocking request, no layout shift).
 *
 * Total blocking time itself is held to the middle of Lighthouse's curve
 * (600 ms, where it scores 0.5) instead: it is the one metric that times this
 * machine, and one CI run of /ur/pk/jazz/ measured 67, 83, 128, 214 and 225 ms,
 * so at 200 ms a third slow run would fail a good build. A script or layout
 * that really blocks the reader costs hundreds of milliseconds more, and fails.
 */
const METRICS = /** @type {const} */ ({
  'first-contentful-paint': 'p10',
  'largest-contentful-paint': 'p10',
  'speed-index': 'p10',
  'total-blocking-time': 'median',
  'cumulative-layout-shift': 'p10',
});
const categories = ['performance', ...FULL_MARKS];

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const chromePath = process.env.CHROME_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim();
const server = spawn(process.execPath, ['tests/e2e/support/serve.mjs', 'dist', String(PORT)], {
  stdio: 'inherit',
});
await sleep(500);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});

let failed = false;
try {
  for (const path of pages) {
    /** @type {NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][]} */
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        formFactor: 'mobile',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      runs.push(result.lhr);
    }
    /** @param {string} category */
    const score = (category) =>
      median(runs.map((run) => Math.round((run.categories[category]?.score ?? 0) * 100)));
    /** @param {[string, 'p10' | 'median']} metric */
    const measure = ([id, point]) => {
      const audits = runs.map((run) => run.audits[id]);
      const value = median(audits.map((audit) => audit?.numericValue ?? Infinity));
      const curve = /** @type {{ p10?: number, median?: number } | undefined} */ (audits[0]?.scoringOptions);
      const limit = curve?.[point];
      if (limit === undefined) throw new Error(`Lighthouse gave no scoring curve for ${id}`);
      return { id, value, limit, unit: audits[0]?.numericUnit };
    };
    const metrics = Object.entries(METRICS).map(measure);
    /** @param {{ value: number, unit: string | undefined }} m */
    const show = (m) => (m.unit === 'unitless' ? m.value.toFixed(3) : `${Math.round(m.value)} ms`);
    console.log(
      `${path.padEnd(16)} ${categories.map((c) => `${c} ${score(c)}`).join(' · ')} (medians of ${RUNS} runs)`,
    );
    console.log(
      `  ${metrics.map((m) => `${m.id} ${show(m)} (limit ${show({ ...m, value: m.limit })})`).join(' · ')}`,
    );
    console.log(
      `  each run: ${runs.map((run) => `performance ${Math.round((run.categories.performance?.score ?? 0) * 100)}, TBT ${Math.round(run.audits['total-blocking-time']?.numericValue ?? 0)} ms`).join('; ')}`,
    );
    for (const m of metrics.filter((m) => m.value > m.limit)) {
      failed = true;
      console.log(`  ✖ ${m.id} ${show(m)} is over its limit, ${show({ ...m, value: m.limit })}`);
    }
    for (const category of FULL_MARKS.filter((c) => score(c) < 100)) {
      failed = true;
      const lhr = runs.find((run) => Math.round((run.categories[category]?.score ?? 0) * 100) < 100);
      const missed = (lhr?.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr?.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id}: ${lhr?.audits[ref.id]?.title}`);
      console.log(`  ✖ ${category} ${score(category)}: ${missed.join('; ') || 'see the report'}`);
    }
  }
} finally {
  chrome.kill();
  server.kill();
}
process.exit(failed ? 1 : 0);
