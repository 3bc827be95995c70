import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageDataSchema } from '../../src/schemas/guide';
import { readMdxPage } from '../../src/lib/mdx-page';
import { countrySchema } from '../../src/schemas/country';
import { sourceRegistrySchema } from '../../src/schemas/source';
import { load as parseYaml } from 'js-yaml';

const jazz = readMdxPage(readFileSync('content/guides/en/pk/jazz.mdx', 'utf8')).frontmatter as Record<
  string,
  any
>;
const clone = () => structuredClone(jazz);

function errorsOf(value: unknown): string[] {
  const result = pageDataSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the guide schema', () => {
  it('accepts the real Jazz guide', () => {
    expect(errorsOf(jazz)).toEqual([]);
  });

  it('defaults a step to both plan types and not optional', () => {
    const parsed = pageDataSchema.parse(jazz);
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

  it('rejects an invalid date', () => {
    const bad = clone();
    bad.lastVerified = '22/11/2026';
    expect(errorsOf(bad)).toEqual(['lastVerified: Write the date as YYYY-MM-DD, e.g. 2026-11-22.']);
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

describe('the sources schema', () => {
  const pk = parseYaml(readFileSync('content/sources/pk.yaml', 'utf8')) as Record<string, object>;
  const errors = (value: unknown) => {
    const result = sourceRegistrySchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const first = Object.keys(pk)[0]!;

  it('accepts the real Pakistan sources', () => {
    expect(errors(pk)).toEqual([]);
  });

  it('rejects a source id that is not kebab-case', () => {
    expect(errors({ 'PTA FAQ': pk[first] })[0]).toMatch(/Use lower-case kebab-case ASCII/);
  });

  it('rejects a source URL that is not http(s), or on a staging host', () => {
    expect(errors({ x: { ...pk[first], url: 'ftp://jazz.com.pk/faqs' } })[0]).toMatch(
      /^x\.url: Use a full URL starting with https:\/\//,
    );
    expect(errors({ x: { ...pk[first], url: 'https://staging.nation.com.pk/a' } })).toEqual([
      'x.url: staging.nation.com.pk is a "staging" copy of a site, not its public page. Fix: use the address on the publisher\'s public host.',
    ]);
  });
});

describe('the country schema', () => {
  const pk = parseYaml(readFileSync('content/countries/pk.yaml', 'utf8')) as Record<string, unknown>;

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
