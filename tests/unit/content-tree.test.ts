import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-tree';
import { checkContent, formatIssues } from '../../src/lib/content-rules';
import { guideId } from '../../src/lib/content-paths';
import { defaultLocale } from '../../src/i18n/locales';

const content = loadContent();
const carriers = [...content.carrierData];
const countries = [...content.countryData];

/** Locales every page of a country must exist in: en, zh-cn and the local ones. */
const requiredLocales = (country: string) => [
  defaultLocale,
  'zh-cn',
  ...(content.countryData.get(country)?.localLocales ?? []),
];

describe('the content tree', () => {
  it('passes every schema', () => {
    expect(content.schemaErrors.join('\n')).toBe('');
  });

  // Every rule over every page, each text read by the Markdown engine: seconds, not milliseconds.
  it('passes the cross-entry rules the build runs', { timeout: 30_000 }, () => {
    expect(formatIssues(checkContent(content))).toBe('');
  });

  it.each(countries.map(([id]) => id))('has the %s overview in every required locale', (country) => {
    const missing = requiredLocales(country).filter(
      (locale) => !content.pageData.has(guideId(locale, country)),
    );
    expect(missing, `missing content/guides/<locale>/${country}/index.mdx`).toEqual([]);
  });

  it.each(carriers.map(([id, c]) => [id, String(c.country)]))(
    'has the %s guide in every required locale',
    (id, country) => {
      const carrier = id.split('/')[1];
      const missing = requiredLocales(country).filter(
        (locale) => !content.pageData.has(guideId(locale, country, carrier)),
      );
      expect(missing, `missing content/guides/<locale>/${id}.mdx`).toEqual([]);
    },
  );

  it('keeps the step ids of every guide identical in all its translations', () => {
    for (const [id, { data }] of content.pageData) {
      if (data.type !== 'guide') continue;
      const english = content.pageData.get(id.replace(/^[^/]+\//, `${defaultLocale}/`));
      expect(english, `${id} has an English original`).toBeDefined();
      if (english?.data.type === 'guide') {
        expect(
          data.steps.map((s) => s.id),
          id,
        ).toEqual(english.data.steps.map((s) => s.id));
      }
    }
  });
});
