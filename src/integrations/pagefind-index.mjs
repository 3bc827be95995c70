// Indexes a built site with Pagefind's Node API. Run as its own small Node
// process by the Pagefind integration: inside the build process, whose heap
// holds the whole site, the same indexing runs markedly slower.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const site = process.argv[2];
const fail = (errors, step) => {
  if (errors.length > 0) throw new Error(`Pagefind failed while ${step}:\n${errors.join('\n')}`);
};

try {
  const { index, errors } = await pagefind.createIndex({});
  fail(errors, 'creating the index');
  if (!index) throw new Error('Pagefind returned no index');
  const added = await index.addDirectory({ path: site });
  fail(added.errors, 'indexing the site');
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  fail(written.errors, 'writing the index');
  const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  process.stdout.write(JSON.stringify({ pages: added.page_count, languages: entry.languages }));
} finally {
  await pagefind.close();
}
