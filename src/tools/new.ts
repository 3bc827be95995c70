/**
 * Scaffolds content with the right paths and ids, so nobody copies a file by
 * hand. The new files fail the build, naming each empty field, until filled:
 *
 *   npm run new -- country <cc>
 *   npm run new -- carrier <cc>/<slug>
 *   npm run new -- translation <locale> <cc>[/<slug>]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { guideFile } from '../lib/content-paths';
import { main as translations } from './translations';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Step ids most guides share; rename or remove what does not apply, never translate them. */
const STEPS = [
  'check-contract',
  'consider-porting',
  'unlink-accounts',
  'settle-balance',
  'cancel-line',
  'get-proof',
  'verify-closed',
];

function write(file: string, text: string): void {
  if (existsSync(file)) throw new Error(`${file} exists already; nothing was written.`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`✔ wrote ${file}`);
}

const names = localeCodes.map((code) => `  ${code}: ''`).join('\n');

function country(cc: string): void {
  write(
    `content/countries/${cc}.yaml`,
    `names:\n${names}\naliases: []\n# Languages every page of the country must also be written in, besides en and zh-cn.\nlocalLocales: []\nregulator:\n  name: ''\n  url: https://\nofficialLinks: []\n`,
  );
  write(
    `content/sources/${cc}.yaml`,
    `# Every source of the country's pages, cited as [^id]; see README "Sources, citations and contacts".\n# example-id:\n#   title: …\n#   url: https://…\n#   publisher: …\n#   kind: official # official | regulator | government | news | other\n#   accessed: YYYY-MM-DD\n#   excerpts:\n#     - "…verbatim…"\n{}\n`,
  );
  write(
    guideFile(`${defaultLocale}/${cc}/index`),
    `---\ntype: overview\ncountry: ${cc}\ntitle: ''\nsummary: ''\nlastVerified: ${today()}\nrules:\n  - id: how-to-cancel\n    title: ''\n    body: ''\nfaq: []\n---\n`,
  );
}

function carrier(id: string): void {
  const [cc] = id.split('/');
  write(
    `content/carriers/${id}.yaml`,
    `country: ${cc}\nnames:\n  en: ''\n# Former names, sub-brands and the name in every script the site serves.\naliases: []\nwebsite: https://\nofficialLinks: []\ncontacts: []\n`,
  );
  const steps = STEPS.map((step) => `  - id: ${step}\n    title: ''\n    body: ''`).join('\n');
  const methods = ['online', 'app', 'phone', 'store', 'proxy', 'abroad']
    .map((kind) => `  - kind: ${kind}\n    status: unconfirmed\n    note: ''`)
    .join('\n');
  write(
    guideFile(`${defaultLocale}/${id}`),
    `---\ntype: guide\ncarrier: ${id}\ntitle: ''\nsummary: ''\nlastVerified: ${today()}\nplans: [prepaid, postpaid]\ndifficulty:\n  level: medium\n  reason: ''\nmethods:\n${methods}\nwhatToBring:\n  - ''\nmoney:\n  balance: ''\n  dues: ''\n  fees: ''\nsteps:\n${steps}\nspecialCases:\n  - id: lost-sim\n    title: ''\n    body: ''\nconfirmClosed:\n  - ''\nfaq: []\n---\n`,
  );
}

function translation(locale: string, page: string): number {
  const id = page.includes('/') ? page : `${page}/index`;
  const english = guideFile(`${defaultLocale}/${id}`);
  if (!existsSync(english))
    throw new Error(`${english} does not exist: translations follow the English page.`);
  const file = guideFile(`${locale}/${id}`);
  write(file, readFileSync(english, 'utf8'));
  console.log('  Translate every text; keep every id and citation.');
  return translations(['--stamp', file]);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function main([kind, ...rest]: string[]): number {
  try {
    if (kind === 'country' && rest[0] && SLUG.test(rest[0])) country(rest[0]);
    else if (kind === 'carrier' && /^[a-z]{2}\/[a-z0-9-]+$/.test(rest[0] ?? '')) carrier(rest[0]!);
    else if (kind === 'translation' && localeCodes.includes(rest[0] as never) && rest[1])
      return translation(rest[0]!, rest[1]);
    else {
      console.error(
        'Usage: npm run new -- country <cc> | carrier <cc>/<slug> | translation <locale> <cc>[/<slug>]',
      );
      return 1;
    }
    return 0;
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    return 1;
  }
}
