#!/usr/bin/env node
/**
 * `npm run bench [-- --countries 180 --carriers 4 --locales 7 --keep]`
 *
 * Generates a synthetic corpus (tests/perf/corpus.mjs) in a temporary copy of
 * the project, builds it with the real site code (Astro + Pagefind), then
 * builds the same MDX with a bare Astro baseline (Astro's own MDX integration
 * and glob loader, one minimal page template, no components), and prints a
 * summary and, as the last line, one JSON object.
 * Never touches the project's own content/ or dist/.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';

const { values: flags } = parseArgs({
  options: {
    countries: { type: 'string', default: '180' },
    carriers: { type: 'string', default: '4' },
    locales: { type: 'string', default: '7' },
    keep: { type: 'boolean', default: false },
  },
});
const ROOT = resolve(import.meta.dirname, '../..');
const allLocales = ['en', 'zh-cn', 'ur', 'ru', 'kk', 'ar', 'fil', 'zh-hant', 'ms'];
const locales = allLocales.slice(0, Math.max(1, Math.min(allLocales.length, Number(flags.locales))));
const options = { countries: Number(flags.countries), carriers: Number(flags.carriers), locales };

const work = mkdtempSync(join(tmpdir(), 'sim-guides-bench-'));
const site = join(work, 'site');
const baseline = join(work, 'baseline');
const log = (line) => process.stderr.write(`${line}\n`);

// The real site: the project's code with the synthetic content.
mkdirSync(site);
for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
  cpSync(join(ROOT, entry), join(site, entry), { recursive: true });
}
symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
const written = writeCorpus(site, options);
log(
  `corpus: ${written.guides} guide files and ${written.overviews} overviews (${options.countries} countries × ${options.carriers} carriers × ${locales.length} locales) in ${work}`,
);

// The baseline: the same MDX files, one minimal page, no components.
mkdirSync(join(baseline, 'src/pages'), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(baseline, 'node_modules'), 'dir');
symlinkSync(join(site, 'content'), join(baseline, 'content'), 'dir');
writeFileSync(join(baseline, 'package.json'), '{ "type": "module", "private": true }\n');
writeFileSync(
  join(baseline, 'astro.config.mjs'),
  "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], markdown: { syntaxHighlight: false }, cacheDir: './.cache' });\n",
);
writeFileSync(
  join(baseline, 'src/content.config.ts'),
  "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { guides: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/guides' }) }) };\n",
);
writeFileSync(
  join(baseline, 'src/pages/[...id].astro'),
  `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('guides')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>
`,
);

/** Resident memory of a process and all its descendants, in kB, from /proc. */
function treeRssKb(rootPid) {
  const parents = new Map();
  const rss = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      parents.set(Number(pid), Number(/PPid:\s+(\d+)/.exec(status)?.[1]));
      rss.set(Number(pid), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    for (const [child, parent] of parents) if (parent === pid) stack.push(child);
  }
  return total;
}

/** Runs `astro build` in a folder; reports seconds, peak RSS and the build's output. */
function build(dir, label, expectedPages) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    let pages = 0;
    let peakKb = 0;
    let phase = 'starting';
    let peakPhase = phase;
    const sampler = setInterval(() => {
      const kb = treeRssKb(child.pid);
      if (kb > peakKb) [peakKb, peakPhase] = [kb, phase];
    }, 250);
    const progress = setInterval(
      () =>
        log(
          `  ${label}: ${pages}/${expectedPages} pages, ${((performance.now() - started) / 1000).toFixed(0)} s`,
        ),
      10_000,
    );
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      pages += (text.match(/(├─|└─) /g) ?? []).length;
      // The latest log line of Astro's own, to tell in which phase memory peaked.
      const lines = text.split('\n').filter((l) => /^\d\d:\d\d:\d\d /.test(l));
      if (lines.length) phase = lines.at(-1).slice(9, 90);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearInterval(sampler);
      clearInterval(progress);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return fail(new Error(`${label} build failed:\n${output.slice(-3000)}`));
      done({ seconds, peakMB: peakKb / 1024, peakPhase, output });
    });
  });
}

function dirStats(dir) {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const stats = statSync(join(dir, String(name)));
    if (stats.isFile()) {
      bytes += stats.size;
      files++;
    }
  }
  return { bytes, files };
}

try {
  const guidePages = options.countries * options.carriers * 7;
  const sitePages = guidePages + options.countries * 7 + 7 * 2 + 2;
  log(
    `building the site (${sitePages} pages: every locale renders every guide, untranslated ones as English fallbacks)…`,
  );
  const real = await build(site, 'site', sitePages);
  writeFileSync(join(work, 'site-build.log'), real.output);
  const pagefindSeconds = Number(/Indexed pages per language: .*\(([\d.]+)s\)/.exec(real.output)?.[1] ?? NaN);
  const baselinePages = written.guides + written.overviews;
  log(`building the bare baseline (${baselinePages} pages)…`);
  const base = await build(baseline, 'baseline', baselinePages);
  writeFileSync(join(work, 'baseline-build.log'), base.output);
  const dist = dirStats(join(site, 'dist'));
  const pagefind = dirStats(join(site, 'dist/pagefind'));
  const result = {
    pages: sitePages,
    buildSeconds: Number(real.seconds.toFixed(1)),
    pagefindSeconds,
    baselineSeconds: Number(base.seconds.toFixed(1)),
    ratio: Number((real.seconds / base.seconds).toFixed(2)),
    peakRssMB: Math.round(real.peakMB),
    distMB: Number((dist.bytes / 1024 / 1024).toFixed(1)),
    pagefindFiles: pagefind.files,
  };
  console.log(
    `site:     ${result.pages} pages in ${result.buildSeconds} s (Pagefind ${pagefindSeconds} s), peak RSS ${result.peakRssMB} MB after "${real.peakPhase}"`,
  );
  console.log(
    `baseline: ${baselinePages} pages in ${result.baselineSeconds} s, peak RSS ${Math.round(base.peakMB)} MB after "${base.peakPhase}"`,
  );
  console.log(
    `ratio ${result.ratio}; dist ${result.distMB} MB in ${dist.files} files, of which Pagefind ${pagefind.files} files`,
  );
  console.log(JSON.stringify(result));
} finally {
  if (flags.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
