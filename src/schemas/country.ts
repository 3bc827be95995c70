import { z } from 'zod';
import { everywhereLocales, localeCodes } from '../i18n/locales';
import { namesInEveryLocale, officialLinkSchema, urlSchema } from './common';

/** A country with SIM rules of its own: `content/countries/<code>.yaml`. */
export const countrySchema = z
  .object({
    /** The country's name in every locale. */
    names: namesInEveryLocale,
    /** Other spellings people search for (native scripts, short forms). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Locales, besides en and zh-cn, in which every page of this country must exist (none by default). */
    localLocales: z.array(z.enum(localeCodes)).default([]),
    /**
     * The languages counter staff speak, the most common first (Urdu; Russian and
     * Kazakh; Arabic; Filipino; English where that is the counter language). The
     * counter card shows its request in each, from the guide in that locale.
     */
    counterLocales: z.array(z.enum(localeCodes)).min(1),
    /** The telecom regulator. */
    regulator: z.object({
      /** Its usual name, e.g. "Pakistan Telecommunication Authority (PTA)". */
      name: z.string().min(1),
      /** Its official website. */
      url: urlSchema,
    }),
    /** Official government or regulator pages whose domains guides may link to. */
    officialLinks: z.array(officialLinkSchema).default([]),
  })
  .superRefine((country, ctx) => {
    country.counterLocales.forEach((code, index) => {
      if (![...everywhereLocales, ...country.localLocales].includes(code))
        ctx.addIssue({
          code: 'custom',
          path: ['counterLocales', index],
          message: `"${code}" is a counter language but not in localLocales, so its guides may be missing. Fix: add "${code}" to localLocales (and write the guides).`,
        });
    });
  });

export type Country = z.infer<typeof countrySchema>;
