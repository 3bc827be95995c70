import { defineCollection, reference } from 'astro:content';
import { mdxPages, yamlFiles } from './loaders/content-files';
import { countrySchema } from './schemas/country';
import { carrierSchema } from './schemas/carrier';
import { guidePageSchema } from './schemas/guide';
import { sourceRegistrySchema } from './schemas/source';

/** Ids are file paths without extension (`en/pk/jazz`, `pk/jazz`, `pk`): they are what readers see in URLs. */
export const collections = {
  countries: defineCollection({
    loader: yamlFiles({
      pattern: '*.yaml',
      base: './content/countries',
      schemaFile: 'src/schemas/country.ts',
    }),
    schema: countrySchema,
  }),
  /** `content/sources/<country>.yaml`: every source of a country's pages, by the id they cite. */
  sources: defineCollection({
    loader: yamlFiles({ pattern: '*.yaml', base: './content/sources', schemaFile: 'src/schemas/source.ts' }),
    schema: sourceRegistrySchema,
  }),
  carriers: defineCollection({
    loader: yamlFiles({
      pattern: '*/*.yaml',
      base: './content/carriers',
      schemaFile: 'src/schemas/carrier.ts',
    }),
    schema: carrierSchema(reference('countries')),
  }),
  guides: defineCollection({
    loader: mdxPages({ pattern: '*/*/*.mdx', base: './content/guides', schemaFile: 'src/schemas/guide.ts' }),
    schema: guidePageSchema({ country: reference('countries'), carrier: reference('carriers') }),
  }),
};
