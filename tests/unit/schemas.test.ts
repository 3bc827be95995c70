import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideSchemaForTests } from './support/content-tree';
import { readMdxPage } from '../../src/lib/mdx-page';
import { countrySchema } from '../../src/schemas/country';
import { parse as parseYaml } from 'yaml';

const jazz = readMdxPage(readFileSync('content/guides/en/pk/jazz.mdx', 'utf8')).frontmatter as Record<
  string,
  any
>;
const clone = () => structuredClone(jazz);

function errorsOf(value: unknown): string[] {
  const result = guideSchemaForTests.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the guide schema', () => {
  it('accepts the real Jazz guide', () => {
    expect(errorsOf(jazz)).toEqual([]);
  });

  it('defaults a step to both plan types and not optional', () => {
    const parsed = guideSchemaForTests.parse(jazz);
    if (parsed.type !== 'guide') throw new Error('expected a guide');
    expect(parsed.steps[0]?.plans).toEqual(['prepaid', 'postpaid']);
    expect(parsed.steps[0]?.optional).toBe(false);
  });

  it('rejects a step id that is not kebab-case, naming the field', () => {
    const bad = clone();
    bad.steps[1].id = 'Visit Store';
    expect(errorsOf(bad)).toEqual(['steps.1.id: Use lower-case kebab-case ASCII, e.g. "visit-franchise".']);
  });

  it('rejects a duplicate step id', () => {
    const bad = clone();
    bad.steps[2].id = bad.steps[0].id;
    expect(errorsOf(bad)).toEqual([
      'steps.2.id: Duplicate step id "check-registration". Fix: give every step its own id.',
    ]);
  });

  it('rejects a page with fewer than two sources', () => {
    const bad = clone();
    bad.sources = bad.sources.slice(0, 1);
    expect(errorsOf(bad)).toEqual([
      'sources: List at least two sources, official carrier or regulator pages first.',
    ]);
  });

  it('rejects an invalid date', () => {
    const bad = clone();
    bad.lastVerified = '22/11/2026';
    expect(errorsOf(bad)).toEqual(['lastVerified: Write the date as YYYY-MM-DD, e.g. 2026-11-22.']);
  });

  it('rejects a source URL that is not http(s)', () => {
    const bad = clone();
    bad.sources[0].url = 'ftp://jazz.com.pk/faqs';
    expect(errorsOf(bad)[0]).toMatch(/^sources\.0\.url: Use a full URL starting with https:\/\//);
  });

  it('rejects an unknown page type with the two choices', () => {
    expect(errorsOf({ ...clone(), type: 'article' })).toEqual([
      'type: Set type to "guide" (a carrier guide) or "overview" (a country overview).',
    ]);
  });

  it('rejects an unknown method or difficulty', () => {
    const bad = clone();
    bad.methods[0].kind = 'carrier-pigeon';
    bad.difficulty.level = 'trivial';
    const errors = errorsOf(bad).sort();
    expect(errors).toEqual([
      'difficulty.level: Invalid option: expected one of "easy"|"medium"|"hard"|"very-hard"',
      'methods.0.kind: Invalid option: expected one of "online"|"app"|"phone"|"sms-ussd"|"store"|"proxy"|"abroad"',
    ]);
  });
});

describe('the country schema', () => {
  const pk = parseYaml(readFileSync('content/countries/pk.yaml', 'utf8'));

  it('accepts the real Pakistan file', () => {
    expect(countrySchema.safeParse(pk).success).toBe(true);
  });

  it('requires a name in every locale', () => {
    const bad = { ...pk, names: { en: 'Pakistan' } };
    const result = countrySchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['names', 'zh-cn']);
  });

  it('refuses a counter language the country’s guides are not written in', () => {
    const result = countrySchema.safeParse({ ...pk, counterLocales: ['ru'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['counterLocales', 0]);
    expect(result.error?.issues[0]?.message).toContain('add "ru" to localLocales');
  });
});
