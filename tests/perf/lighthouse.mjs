#!/usr/bin/env node
// @ts-check
/**
 * `npm run lighthouse`: audits a home page, a guide and a right-to-left guide
 * of the built site with Lighthouse's mobile settings in the system Chromium,
 * and fails if any category scores below 100. Run `npm run build` first.
 * CHROME_PATH overrides the browser.
 */
import { execSync, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = 4340;
const pages = ['/en/', '/en/pk/jazz/', '/ur/pk/jazz/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

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
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
      formFactor: 'mobile',
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    const fcp = lhr.audits['first-contentful-paint']?.displayValue;
    const lcp = lhr.audits['largest-contentful-paint']?.displayValue;
    console.log(
      `${path.padEnd(16)} ${categories.map((c, i) => `${c} ${scores[i]}`).join(' · ')} · FCP ${fcp} · LCP ${lcp}`,
    );
    for (const [i, score] of scores.entries()) {
      if (score < 100) {
        failed = true;
        const category = lhr.categories[categories[i] ?? ''];
        const missed = (category?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title}`);
        console.log(`  ✖ ${categories[i]} below 100: ${missed.join('; ') || 'see the report'}`);
      }
    }
  }
} finally {
  chrome.kill();
  server.kill();
}
process.exit(failed ? 1 : 0);
