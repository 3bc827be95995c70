import { z } from 'zod';
import { localeCodes } from '../i18n/locales';

/** Kebab-case, language-neutral identifier used in URLs and `#step-…` anchors. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'Use lower-case kebab-case ASCII, e.g. "visit-franchise".',
});

/** A calendar date written as YYYY-MM-DD in YAML. */
export const dateSchema = z.coerce.date({
  error: 'Write the date as YYYY-MM-DD, e.g. 2026-11-22.',
});

/** An absolute https URL. */
export const urlSchema = z.url({
  protocol: /^https?$/,
  error: 'Use a full URL starting with https:// (or http:// for old official pages).',
});

/** A name in every published locale: no page ever shows an empty name. */
export const namesInEveryLocale = z.object(
  Object.fromEntries(localeCodes.map((code) => [code, z.string().min(1)])) as Record<
    (typeof localeCodes)[number],
    z.ZodString
  >,
  { error: `Give a name for every locale: ${localeCodes.join(', ')}.` },
);

/** A name in English, and in any other locale where it is written differently. */
export const namesWithEnglish = z.strictObject({
  en: z.string().min(1),
  ...(Object.fromEntries(
    localeCodes.filter((code) => code !== 'en').map((code) => [code, z.string().min(1).optional()]),
  ) as Record<Exclude<(typeof localeCodes)[number], 'en'>, z.ZodOptional<z.ZodString>>),
});

/** The name for a locale, or the English one. */
export function localName(names: z.infer<typeof namesWithEnglish>, locale: (typeof localeCodes)[number]) {
  return names[locale] ?? names.en;
}

/** A link to an official page (carrier, regulator or government). */
export const officialLinkSchema = z.object({
  /** What the page is, in English, e.g. "PTA press release on SIM disowning". */
  title: z.string().min(1),
  /** Where it is. Its domain is allowed in guide prose. */
  url: urlSchema,
});
