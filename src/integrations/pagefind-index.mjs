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
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const [site, ...locales] = process.argv.slice(2);
const outputPath = join(site, 'pagefind');
const entryPath = join(outputPath, 'pagefind-entry.json');
const fail = (errors, step) => {
  if (errors.length > 0) throw new Error(`Pagefind failed while ${step}:\n${errors.join('\n')}`);
};

try {
  let entry;
  const languages = {};
  for (const locale of locales) {
    const { index, errors } = await pagefind.createIndex({});
    fail(errors, 'creating the index');
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: site, glob: `${locale}/**/*.html` });
    fail(added.errors, `indexing /${locale}/`);
    const written = await index.writeFiles({ outputPath });
    fail(written.errors, `writing the index of /${locale}/`);
    entry = JSON.parse(await readFile(entryPath, 'utf8'));
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
  process.stdout.write(JSON.stringify({ languages }));
} finally {
  await pagefind.close();
}
