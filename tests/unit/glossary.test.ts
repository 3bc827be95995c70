import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';

interface Term {
  use: string;
  avoid: string[];
  note?: string;
  /** What readers type for the concept, and the site's word search looks for instead. */
  search?: { as: string; readersType: string[] };
}

const glossaryOf = (locale: string): Record<string, Term> | undefined => {
  try {
    return JSON.parse(readFileSync(`src/i18n/glossary/${locale}.json`, 'utf8'));
  } catch {
    return undefined;
  }
};

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
  } catch {
    return [];
  }
}

describe('the glossaries', () => {
  it.each(localeCodes.filter((l) => l !== 'en'))('are followed by the %s pages and UI strings', (locale) => {
    const glossary = glossaryOf(locale);
    expect(glossary, `src/i18n/glossary/${locale}.json`).toBeDefined();
    const files = [...filesUnder(`content/guides/${locale}`), `src/i18n/ui/${locale}.json`];
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8').toLocaleLowerCase(locale);
      for (const [concept, term] of Object.entries(glossary ?? {}))
        for (const wording of term.avoid)
          if (text.includes(wording.toLocaleLowerCase(locale)))
            found.push(`${file}: "${wording}" — for ${concept} write "${term.use}"`);
    }
    expect(found).toEqual([]);
  });

  it.each(localeCodes.filter((l) => l !== 'en'))(
    'send the %s readers’ search words to words its pages use',
    (locale) => {
      const pages = filesUnder(`content/guides/${locale}`).map((file) =>
        readFileSync(file, 'utf8').toLocaleLowerCase(locale),
      );
      const unused = Object.entries(glossaryOf(locale) ?? {})
        .filter(([, term]) => term.search)
        .filter(([, term]) => !pages.some((text) => text.includes(term.search!.as.toLocaleLowerCase(locale))))
        .map(([concept, term]) => `${concept}: "${term.search!.as}" is on no ${locale} page`);
      expect(unused).toEqual([]);
    },
  );
});
