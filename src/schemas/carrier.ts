import { z } from 'zod';
import { namesWithEnglish, officialLinkSchema, slugSchema, urlSchema } from './common';

/** Kinds of contact point a carrier publishes. */
export const contactKinds = ['phone', 'short-code', 'whatsapp', 'email', 'app', 'web'] as const;

/**
 * What a reader asks for at the counter, in the carrier's own words: Pakistani
 * operators `disown` a SIM, Kazakh and Bahraini ones `terminate` the contract
 * or line, Smart and DITO `deactivate` it, and British, American, Hong Kong and
 * Gulf carriers `cancel` the service. Each has its sentence in every
 * locale (`counter.ask.<kind>` in `src/i18n/ui/`).
 */
export const counterRequests = ['disown', 'terminate', 'deactivate', 'cancel'] as const;
export type CounterRequest = (typeof counterRequests)[number];

/** A text in English and in the other languages the carrier's guides are written in. */
const localizedText = namesWithEnglish;

/** A contact point confirmed by a source; never a guessed number. Shown on every guide of the carrier. */
export const contactSchema = z.strictObject({
  /** Language-neutral id, unique in the carrier, e.g. `whatsapp-self-service`. */
  id: slugSchema,
  /** Kind of contact point. */
  kind: z.enum(contactKinds),
  /** The number, code, address or URL exactly as the source gives it. */
  value: z.string().trim().min(1),
  /** The number in international form (`+92 300 3008000`), only when a source gives it; dialled from abroad. */
  international: z
    .string()
    .regex(/^\+[\d ()-]+$/, {
      error: 'Write the international form as +<country code> <number>, e.g. "+973 1788 1788".',
    })
    .optional(),
  /** Source ids (`content/sources/<country>.yaml`) that confirm the contact point. */
  cite: z.array(slugSchema).min(1, { error: 'Cite at least one source that gives this contact point.' }),
  /** What it is, e.g. "WhatsApp self-service", in every language of the country. */
  label: localizedText,
  /** What readers can use it for, in one sentence. */
  for: localizedText,
  /** What it is not for, where a reader could be misled (e.g. "not for disowning a SIM"). */
  notFor: localizedText.optional(),
});
export type Contact = z.infer<typeof contactSchema>;

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
    /** Former names, sub-brands and spellings in other scripts, for search. */
    aliases: z.array(z.string().min(1)).min(1, { error: 'List at least one alias for search.' }),
    /** Names the brand had before, which readers may still know it by; shown under the guide's title. */
    formerNames: z.array(namesWithEnglish).default([]),
    /** What the counter card asks staff to do, in the carrier's own words. */
    counterRequest: z.enum(counterRequests, {
      error: `Set counterRequest to the carrier's own word for giving up a line: ${counterRequests.join(', ')}.`,
    }),
    /** The carrier's official website. */
    website: urlSchema,
    /** Other official pages whose domains guides may link to. */
    officialLinks: z.array(officialLinkSchema).default([]),
    /** Contact points confirmed by a source, shown in every guide's contacts block. */
    contacts: z
      .array(contactSchema)
      .default([])
      .superRefine((contacts, ctx) => {
        const seen = new Set<string>();
        contacts.forEach((contact, index) => {
          if (seen.has(contact.id))
            ctx.addIssue({
              code: 'custom',
              path: [index, 'id'],
              message: `Duplicate contact id "${contact.id}". Fix: give every contact its own id.`,
            });
          seen.add(contact.id);
        });
      }),
  });
}

/** The carrier schema with its country as a plain id: what the content rules, tests and tools read. */
export const carrierDataSchema = carrierSchema(z.string());
export type CarrierData = z.infer<typeof carrierDataSchema>;
