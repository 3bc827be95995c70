import { z } from 'astro/zod';
import { namesWithEnglish, officialLinkSchema, sourceSchema, urlSchema } from './common';

/** Kinds of contact point a carrier publishes. */
export const contactKinds = ['phone', 'short-code', 'whatsapp', 'email', 'app', 'web'] as const;

/** A contact point confirmed by a source; never a guessed number. */
export const contactSchema = z.object({
  /** What it is for, in English, e.g. "Postpaid helpline (24/7)". */
  label: z.string().min(1),
  /** Kind of contact point. */
  kind: z.enum(contactKinds),
  /** The number, code, address or URL exactly as the source gives it. */
  value: z.string().min(1),
  /** The page that confirms it. */
  source: urlSchema,
});

/**
 * A mobile carrier: `content/carriers/<country>/<carrier>.yaml`. The schema is
 * a factory so tests can pass a plain string check where Astro passes
 * `reference('countries')`.
 */
export function carrierSchema<C extends z.ZodType>(countryRef: C) {
  return z.object({
    /** The country the carrier operates in, e.g. `pk`. */
    country: countryRef,
    /** The brand name in every locale (most stay in Latin script). */
    names: namesWithEnglish,
    /** The company behind the brand, e.g. "Pakistan Mobile Communications Ltd". */
    operator: z.string().min(1).optional(),
    /** Former names, sub-brands and spellings in other scripts, for search. */
    aliases: z.array(z.string().min(1)).min(1, { error: 'List at least one alias for search.' }),
    /** The carrier's official website. */
    website: urlSchema,
    /** Other official pages whose domains guides may link to. */
    officialLinks: z.array(officialLinkSchema).default([]),
    /** Contact points confirmed by a source. */
    contacts: z.array(contactSchema).default([]),
    /** Pages that back the carrier facts above. */
    sources: z.array(sourceSchema).default([]),
  });
}
