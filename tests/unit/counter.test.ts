import { describe, expect, it } from 'vitest';
import { counterParts, identityDocument, readerAddressed } from '../../src/lib/counter';
import { localeCodes } from '../../src/i18n/locales';
import { useTranslations, type UiKey } from '../../src/i18n/ui';
import en from '../../src/i18n/ui/en.json';

describe('the counter card', () => {
  it('puts the staff’s languages first and the reader’s own last', () => {
    expect(counterParts(['ur'], 'zh-cn')).toEqual([
      { locale: 'ur', staff: true },
      { locale: 'zh-cn', staff: false },
    ]);
  });

  it('shows a reader who speaks a staff language that language once, first', () => {
    expect(counterParts(['ru', 'kk'], 'kk')).toEqual([
      { locale: 'kk', staff: true },
      { locale: 'ru', staff: true },
    ]);
  });

  it('takes the identity document from the first checklist item, without citations or advice after a semicolon or an unpaired dash', () => {
    expect(
      identityDocument([
        'Your identity document — ID card or passport — and your IIN, if you have one; ask the office[^kcell-documents]',
        'The SIM card',
      ]),
    ).toBe('Your identity document — ID card or passport — and your IIN, if you have one');
    expect(identityDocument(['Your NRIC, FIN or passport — the document the line is registered to'])).toBe(
      'Your NRIC, FIN or passport',
    );
    expect(identityDocument(['بطاقتك الذكية أو **جواز السفر**[^tribune]؛ ثم…'])).toBe(
      'بطاقتك الذكية أو جواز السفر',
    );
  });

  it('ends the identity document at a colon too, where advice to the reader starts', () => {
    expect(
      identityDocument(['Original MyKad, or passport for non-Malaysians: prepaid registration now…']),
    ).toBe('Original MyKad, or passport for non-Malaysians');
  });

  it('finds the words that address the reader, which staff would read as their own', () => {
    expect(readerAddressed('Your Emirates ID', 'en')).toBe('Your');
    expect(readerAddressed('Emirates ID, or the passport the line is registered to', 'en')).toBeUndefined();
    expect(readerAddressed('你的阿联酋身份证', 'zh-cn')).toBe('你');
    expect(readerAddressed('بطاقة هويتك الإماراتية', 'ar')).toBe('تك');
    expect(readerAddressed('بطاقة الهوية الإماراتية أو جواز السفر', 'ar')).toBeUndefined();
    expect(readerAddressed('آپ کا CPR کارڈ', 'ur')).toBe('آپ');
    expect(readerAddressed('и ИИН, если он у вас есть', 'ru')).toBe('вас');
    expect(readerAddressed('Ang iyong Emirates ID', 'fil')).toBe('iyong');
    expect(readerAddressed('MyKad asal anda', 'ms')).toBe('anda');
    expect(readerAddressed('MyKad asal, atau pasport bagi bukan warganegara Malaysia', 'ms')).toBeUndefined();
  });

  it('has phrases without a digit in every language, so it states no number, fee or period', () => {
    const keys = Object.keys(en).filter((key) => key.startsWith('counter.')) as UiKey[];
    expect(keys.length).toBeGreaterThan(5);
    for (const code of localeCodes) {
      const t = useTranslations(code);
      for (const key of keys) expect(t(key), `${code} ${key}`).not.toMatch(/\p{Nd}/u);
    }
  });
});
