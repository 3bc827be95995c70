/**
 * The counter card: what a reader shows the shop staff. Its phrases are UI
 * strings (`counter.*`, written once per language, with no number, fee or
 * period in them); the only guide text it repeats is the identity document
 * from the checklist, so it states nothing the guide does not.
 */
import { plainText } from './inline-markdown';

/** One language block of the card. */
export interface CounterPart<L extends string> {
  locale: L;
  /** True for a language the staff speak; false for the reader's own, shown as a translation. */
  staff: boolean;
}

/**
 * The card's language blocks: the staff's languages in the country's order
 * (the reader's own first when the staff speak it too), then the reader's
 * language when the staff do not speak it.
 */
export function counterParts<L extends string>(
  counterLocales: readonly L[],
  readerLocale: L,
): CounterPart<L>[] {
  const staff = counterLocales.includes(readerLocale)
    ? [readerLocale, ...counterLocales.filter((code) => code !== readerLocale)]
    : [...counterLocales];
  return [
    ...staff.map((locale) => ({ locale, staff: true })),
    ...(counterLocales.includes(readerLocale) ? [] : [{ locale: readerLocale, staff: false }]),
  ];
}

/**
 * The identity document a guide's checklist asks for: by convention its first
 * item, up to the first semicolon, colon or dash (what follows is advice to the
 * reader), without citation markers or Markdown.
 */
export function identityDocument(whatToBring: readonly string[]): string {
  const first = plainText(whatToBring[0] ?? '');
  const document = (first.split(/[;؛；:：]/)[0] ?? first).trim();
  // An unpaired dash also starts the advice ("…passport — the document the line is registered to");
  // a pair of dashes is an aside ("Your identity document — ID card or passport — and…").
  const dashes = [...document.matchAll(/\s[—–]\s|——/g)];
  return dashes.length % 2 === 1 ? document.slice(0, dashes.at(-1)!.index).trim() : document;
}

/**
 * Words that address the reader, per language. The card shows the identity
 * document to shop staff as the reader's own words ("Documents: …"), so
 * "your Emirates ID" there reads as the staff's ID; the content rules refuse it.
 */
const ADDRESSES_READER: Record<string, RegExp> = {
  en: /\byou(?:rs?)?\b/i,
  'zh-cn': /[你您]/,
  'zh-hant': /[你您]/,
  ur: /آپ/,
  ru: /(?<![\p{L}])(?:вы|вас|вам|ваш\p{L}*)(?![\p{L}])/iu,
  kk: /(?<![\p{L}])(?:сіз\p{L}*)(?![\p{L}])/iu,
  // The second-person suffix on a noun: هويتك، جواز سفرك، بطاقتك، لديك.
  ar: /(?:تك|سفرك|لديك|أنت|إقامتك|اسمك|رقمك)(?![\p{L}])/u,
  fil: /(?<![\p{L}])(?:iyong|iyo|mo|ka|ninyo|inyong)(?![\p{L}])/iu,
  ms: /(?<![\p{L}])(?:anda|awak|kamu)(?![\p{L}])/iu,
};

/** The words of a card's identity document that address the reader, if any. */
export function readerAddressed(document: string, locale: string): string | undefined {
  return ADDRESSES_READER[locale]?.exec(document)?.[0];
}
