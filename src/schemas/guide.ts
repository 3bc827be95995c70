import { z } from 'zod';
import { dateSchema, slugSchema } from './common';

/** Plan types a step or a guide can apply to. */
export const planTypes = ['prepaid', 'postpaid'] as const;
export type PlanType = (typeof planTypes)[number];

/** Ways a line can be cancelled, in the order the page lists them. */
export const methodKinds = ['online', 'app', 'phone', 'sms-ussd', 'store', 'proxy', 'abroad'] as const;

/** How hard cancelling is, from a reader's point of view. */
export const difficultyLevels = ['easy', 'medium', 'hard', 'very-hard'] as const;
export type DifficultyLevel = (typeof difficultyLevels)[number];

/** Inline text: plain prose with `[links](https://…)`, `**bold**`, `` `code` `` and citations `[^source-id]`. */
const inlineText = z.string().trim().min(1);

/** One numbered step, deep-linkable as `#step-<id>` in every language. */
export const stepSchema = z.object({
  /** Language-neutral anchor id, the same in every translation. */
  id: slugSchema,
  /** Short imperative heading, e.g. "Visit a Jazz franchise". */
  title: inlineText,
  /** What to do, in one or two short paragraphs (blank line between them). */
  body: inlineText,
  /** Plan types the step applies to; both when omitted. */
  plans: z
    .array(z.enum(planTypes))
    .min(1)
    .default([...planTypes]),
  /** True when a reader may skip the step. */
  optional: z.boolean().default(false),
  /** Id of the step this one replaces (an alternative way to do the same thing). */
  alternativeTo: slugSchema.optional(),
});
export type Step = z.infer<typeof stepSchema>;

/** Whether a method exists for this carrier, according to the sources. */
export const methodSchema = z.object({
  /** Which method. */
  kind: z.enum(methodKinds),
  /** `yes` (a source says so), `no` (a source says not), `unconfirmed` (ask the carrier). */
  status: z.enum(['yes', 'no', 'unconfirmed']),
  /** One sentence on how, or what is unknown. */
  note: inlineText,
});

/** A titled section with a language-neutral id (national rules, special cases). */
export const sectionSchema = z.object({
  /** Language-neutral anchor id, the same in every translation. */
  id: slugSchema,
  /** Heading. */
  title: inlineText,
  /** Inline text; blank lines separate paragraphs. */
  body: inlineText,
});

const uniqueIds = (field: string) => (items: { id: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `Duplicate ${field} id "${item.id}". Fix: give every ${field} its own id.`,
      });
    }
    seen.add(item.id);
  });
};

/** Fields every page of the guides collection has. */
const pageBase = z.object({
  /** Page title (also the `<title>` and the search result title). */
  title: z.string().min(1),
  /** One or two sentences: the answer in short, shown under the title. */
  summary: z.string().min(1),
  /** The day the facts were last checked against the sources. */
  lastVerified: dateSchema,
  /**
   * For a translation: the fingerprint of the English page it was last brought
   * up to date with (`npm run translations -- --stamp <file>` writes it). When
   * English changes in substance, the page says the translation may be behind.
   */
  follows: z
    .string()
    .regex(/^[0-9a-z]+$/)
    .optional(),
  /** Frequently asked questions. */
  faq: z.array(z.object({ question: inlineText, answer: inlineText })).default([]),
});

/**
 * Pages of `content/guides/<locale>/…`: a country overview (`<country>/index.mdx`)
 * or a carrier guide (`<country>/<carrier>.mdx`). The factory takes the
 * reference schemas so tests can use plain strings where Astro uses `reference()`.
 */
export function guidePageSchema<C extends z.ZodType, K extends z.ZodType>(refs: { country: C; carrier: K }) {
  const overview = pageBase.extend({
    /** Marks a country overview. */
    type: z.literal('overview'),
    /** The country, e.g. `pk`. */
    country: refs.country,
    /** National rules a reader must know, each deep-linkable as `#rule-<id>`. */
    rules: z.array(sectionSchema).min(1).superRefine(uniqueIds('rule')),
  });

  const guide = pageBase.extend({
    /** Marks a carrier guide. */
    type: z.literal('guide'),
    /** The carrier, e.g. `pk/jazz`. */
    carrier: refs.carrier,
    /** Plan types the guide covers. */
    plans: z.array(z.enum(planTypes)).min(1),
    /** How hard it is, and why. */
    difficulty: z.object({
      /** Level on the site's scale. */
      level: z.enum(difficultyLevels),
      /** One sentence that explains the level. */
      reason: inlineText,
    }),
    /** Each way of cancelling, and whether it exists for this carrier. */
    methods: z.array(methodSchema).min(1),
    /** Checklist of what to bring or have ready. */
    whatToBring: z.array(inlineText).min(1),
    /** Money matters: leftover balance, unpaid dues, fees. */
    money: z.object({
      /** What happens to prepaid balance or credit. */
      balance: inlineText,
      /** Unpaid bills, dues and deposits. */
      dues: inlineText,
      /** Cancellation, disowning or early-termination fees. */
      fees: inlineText,
    }),
    /** The numbered steps, in order. */
    steps: z.array(stepSchema).min(3).superRefine(uniqueIds('step')),
    /** Special cases: lost SIM, someone applying for you, from abroad… */
    specialCases: z.array(sectionSchema).min(1).superRefine(uniqueIds('special case')),
    /** Ways to check the line is really closed. */
    confirmClosed: z.array(inlineText).min(1),
  });

  return z.discriminatedUnion('type', [overview, guide], {
    error: 'Set type to "guide" (a carrier guide) or "overview" (a country overview).',
  });
}

/** A titled section (a rule, a special case; a step is one too). */
export type Section = z.infer<typeof sectionSchema>;

/**
 * The page schema with references as plain ids (`pk`, `pk/jazz`): what the
 * content rules, the tests and the authoring tools read.
 */
export const pageDataSchema = guidePageSchema({ country: z.string(), carrier: z.string() });
export type PageData = z.infer<typeof pageDataSchema>;

/**
 * Either kind of page, field by field: the fields every page has, and each
 * kind's own fields as optional (absent on the other kind).
 */
export type PageFields = Pick<PageData, keyof PageData> &
  Partial<Omit<Extract<PageData, { type: 'guide' }>, keyof PageData>> &
  Partial<Omit<Extract<PageData, { type: 'overview' }>, keyof PageData>>;
