import { z } from 'zod';
import { dateSchema, slugSchema, urlSchema } from './common';
import { sourceUrlProblem } from '../lib/source-urls';

/** How much a source can be trusted; official pages come first in a page's list. */
export const sourceKinds = ['official', 'regulator', 'government', 'news', 'other'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** A page that backs facts, cited as `[^id]` from every language. */
export const sourceSchema = z
  .strictObject({
    /** Title of the page as published, in the page's own language. */
    title: z.string().trim().min(1),
    /** Address of the page: https, on the publisher's own host. Its domain becomes allowed in the prose that cites it. */
    url: urlSchema,
    /** True only when the publisher serves the page over http alone. Default false. */
    noHttps: z.boolean().default(false),
    /** Who published it: the carrier, the regulator, a newspaper… */
    publisher: z.string().trim().min(1),
    /** Kind of publisher: official carrier, regulator, government, news or other. */
    kind: z.enum(sourceKinds),
    /** When the page was read for the guides that cite it. */
    accessed: dateSchema,
    /** Short verbatim quotes from the page that back the claims citing it (for fact-checkers). */
    excerpts: z.array(z.string().trim().min(1)).default([]),
  })
  .superRefine((source, ctx) => {
    const problem = sourceUrlProblem(source.url, source.noHttps);
    if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: problem });
  });
export type Source = z.infer<typeof sourceSchema>;

/** `content/sources/<country>.yaml`: the sources of one country's pages and carriers, by id. */
export const sourceRegistrySchema = z.record(z.string(), sourceSchema).superRefine((registry, ctx) => {
  for (const id of Object.keys(registry)) {
    const result = slugSchema.safeParse(id);
    if (!result.success)
      ctx.addIssue({
        code: 'custom',
        path: [id],
        message: `Source id "${id}": ${result.error.issues[0]?.message}`,
      });
  }
});
export type SourceRegistry = z.infer<typeof sourceRegistrySchema>;
