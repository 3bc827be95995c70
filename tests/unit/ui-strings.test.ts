import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en.json';
import { parseUiStrings, useTranslations } from '../../src/i18n/ui';
import { localeCodes } from '../../src/i18n/locales';

describe('UI strings', () => {
  it('are complete in every locale', () => {
    for (const code of localeCodes) {
      expect(() => useTranslations(code)('site.name')).not.toThrow();
    }
  });

  it('fail naming the file and the key when a key is missing', () => {
    const { ['step.copyLink']: _, ...incomplete } = en;
    expect(() => parseUiStrings('kk', incomplete)).toThrow(
      'src/i18n/ui/kk.json:\n  "step.copyLink" is missing or empty — translate the English string',
    );
  });

  it('fail on an empty string and on an unknown key', () => {
    expect(() => parseUiStrings('ar', { ...en, 'site.name': ' ' })).toThrow(
      /"site.name" is missing or empty/,
    );
    expect(() => parseUiStrings('ar', { ...en, 'site.nmae': 'x' })).toThrow(/unknown key\(s\) site.nmae/);
  });

  it('fill placeholders', () => {
    expect(useTranslations('en')('step.number', { n: 3 })).toBe('Step 3');
  });

  it('keep every placeholder of the English string in each translation', () => {
    for (const code of localeCodes) {
      const t = useTranslations(code);
      for (const [key, value] of Object.entries(en)) {
        for (const placeholder of value.match(/\{\w+\}/g) ?? []) {
          expect(t(key as keyof typeof en), `${code} ${key}`).toContain(placeholder);
        }
      }
    }
  });
});
