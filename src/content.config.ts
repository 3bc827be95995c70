import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { mdxPages } from './loaders/mdx-pages';
import { countrySchema } from './schemas/country';
import { carrierSchema } from './schemas/carrier';
import { guidePageSchema } from './schemas/guide';
import { sourceRegistrySchema } from './schemas/source';

/** Keep the file path as the id (`en/pk/jazz`, `pk/jazz`, `pk`): it is what readers see in URLs. */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

export const collections = {
  countries: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/countries', generateId: pathId }),
    schema: countrySchema,
  }),
  /** `content/sources/<country>.yaml`: every source of a country's pages, by the id they cite. */
  sources: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/sources', generateId: pathId }),
    schema: sourceRegistrySchema,
  }),
  carriers: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: './content/carriers', generateId: pathId }),
    schema: carrierSchema(reference('countries')),
  }),
  guides: defineCollection({
    loader: mdxPages({ pattern: '*/*/*.mdx', base: './content/guides' }),
    schema: guidePageSchema({ country: reference('countries'), carrier: reference('carriers') }),
  }),
};
