// Indexes a built site with Pagefind's Node API. Run as its own small Node
// process by the Pagefind integration: inside the build process, whose heap
// holds the whole site, the same indexing runs markedly slower.
//
// Usage: node pagefind-index.mjs <dist> <locale>...
// Each locale folder is indexed on its own and its index freed before the
// next: at 6,000 pages one index over all of them peaked at 1.1 GB, one
// locale at a time stays near 400 MB. Pagefind writes each language's files
// under hashed names, so the runs share one output folder; only
// pagefind-entry.json, which lists the languages, is merged here.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
// The search client's own rules, so the build and the browser agree on what a typo is. The
// pinned Node 24 runs this TypeScript module directly, stripping its type annotations.
import { withLookalikes, wordsOf } from '../lib/search.ts';

const glossaries = new URL('../i18n/glossary/', import.meta.url);

/**
 * Word positions per index chunk. Pagefind splits each language's word index
 * into chunks of about 20,000 positions (~30 KB gzipped), and a search loads
 * the chunk of every word it looks up: two to four of them for a first query
 * of a few words, over the 150 KB a cold first search may cost
 * (tests/e2e/budgets.spec.ts). At 2,500 a chunk is about 4 KB, so a word costs
 * about 4 KB; the price is more files (about eight times as many index
 * chunks) and a longer chunk list in each language's pf_meta. Pagefind reads
 * this setting from the environment and calls it unstable: it is pinned, and
 * the budget test fails if an upgrade drops the setting.
 */
const INDEX_CHUNK_SIZE = 2500;

/**
 * What every guide repeats and no reader searches for, left out of the index
 * and of the result fragments a search downloads: citation markers ("[3]",
 * src/lib/citations.ts), each step's link, copy and report actions
 * (Step.astro), the methods' status icons (AtAGlance.astro), the "Last
 * verified" line (LastVerified.astro; the date is in the page's metadata) and
 * the "Also known as" label (PageHeader.astro; the names stay). Selectors
 * here, not data-pagefind-ignore on each element: dozens of attributes would
 * add to the weight of every guide, which is near its 20 KB budget.
 */
const BOILERPLATE = ['sup.cite', '.step-actions', '.method-status', '.last-verified', '.aliases > summary'];

const [site, ...locales] = process.argv.slice(2);
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
const outputPath = join(site, 'pagefind');
const entryPath = join(outputPath, 'pagefind-entry.json');
const fail = (errors, step) => {
  if (errors.length > 0) throw new Error(`Pagefind failed while ${step}:\n${errors.join('\n')}`);
};

/**
 * Writes site-names.<lang>.json next to each index: the words readers type
 * that the pages say otherwise (from the locale's glossary), and every guide and overview
 * with its Pagefind id (fragment hash), URL, kind, country, names and title, read back
 * from the fragments Pagefind wrote, and the words of the whole site's text
 * that look like mistypes of its names (`lookalikes`). The search client loads it with Pagefind
 * to correct mistyped names, to put the page a query names first, and to list
 * results without downloading their fragments (see src/lib/search.ts).
 */
async function writeSiteNames(outputPath, languages) {
  const files = await readdir(join(outputPath, 'fragment'));
  const pagesByLanguage = {};
  // The words of every index: readers type words of other languages too ("hotline" in Urdu).
  const words = new Set();
  for (const language of languages) {
    const pages = (pagesByLanguage[language] = []);
    for (const file of files.filter((f) => f.startsWith(`${language}_`)).sort()) {
      // A fragment is gzipped "pagefind_dcd" followed by the page's JSON.
      const raw = gunzipSync(await readFile(join(outputPath, 'fragment', file))).subarray(12);
      const { url, meta, content } = JSON.parse(raw.toString('utf8'));
      for (const word of wordsOf(content)) words.add(word);
      if (meta.kind !== 'guide' && meta.kind !== 'overview') continue;
      pages.push({
        id: file.replace(/\.pf_fragment$/, ''),
        url,
        kind: meta.kind,
        country: url.split('/')[2],
        names: (meta.names ?? '').split('|').filter(Boolean),
        title: meta.title,
        carrier: meta.carrier,
        countryName: meta.country,
      });
    }
  }
  // Once for all languages: every index lists the names in every script.
  const named = new Map(withLookalikes(Object.values(pagesByLanguage).flat(), words).map((p) => [p.id, p]));
  for (const [language, pages] of Object.entries(pagesByLanguage)) {
    /** @type {import('../lib/search.ts').SiteNames} */
    const names = { pages: pages.map((p) => named.get(p.id)), readersWords: await readersWords(language) };
    await writeFile(join(outputPath, `site-names.${language}.json`), JSON.stringify(names));
  }
}

/** The words readers type that the locale's glossary maps to the site's own (`search` of a concept). */
async function readersWords(language) {
  let glossary = {};
  try {
    glossary = JSON.parse(await readFile(new URL(`${language}.json`, glossaries), 'utf8'));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error; // English has no glossary
  }
  return Object.fromEntries(
    Object.values(glossary).flatMap(({ search }) =>
      search ? search.readersType.map((w) => [w, search.as]) : [],
    ),
  );
}

try {
  let entry;
  const languages = {};
  for (const locale of locales) {
    // An English fallback page (its article is lang="en" under another
    // locale) is indexed by its header only: title, summary, carrier and
    // country names in every script. Its English body would make every other
    // language's index, and so every first search in it, grow with each
    // untranslated guide; readers of that language search in their own words.
    const fallbackBody = locale === 'en' ? [] : ['article[lang="en"] > :not(.page-header)'];
    const excludeSelectors = [...BOILERPLATE, ...fallbackBody];
    const { index, errors } = await pagefind.createIndex({ excludeSelectors });
    fail(errors, 'creating the index');
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: site, glob: `${locale}/**/*.html` });
    fail(added.errors, `indexing /${locale}/`);
    // The files come back in memory and are written here: Pagefind's own writeFiles could
    // resolve before pagefind-entry.json was on disk, which then read as empty ("Unexpected
    // end of JSON input") and failed a build now and then.
    const { files, errors: filesErrors } = await index.getFiles();
    fail(filesErrors, `writing the index of /${locale}/`);
    for (const file of files) {
      await mkdir(dirname(join(outputPath, file.path)), { recursive: true });
      await writeFile(join(outputPath, file.path), file.content);
    }
    const entryFile = files.find((file) => file.path === 'pagefind-entry.json');
    if (!entryFile) throw new Error(`Pagefind wrote no pagefind-entry.json for /${locale}/`);
    entry = JSON.parse(entryFile.content.toString('utf8'));
    for (const [language, info] of Object.entries(entry.languages)) {
      // Two folders in one language would overwrite each other's entry.
      if (language in languages)
        throw new Error(`Pages under /${locale}/ are in "${language}", as are others.`);
      languages[language] = info;
    }
    await index.deleteIndex();
  }
  if (!entry) throw new Error('No locale to index');
  await writeFile(entryPath, JSON.stringify({ ...entry, languages }));
  await writeSiteNames(outputPath, Object.keys(languages));
  process.stdout.write(JSON.stringify({ languages }));
} finally {
  await pagefind.close();
}
