/**
 * Reads the real content/ tree without Astro: the same zod schemas (with
 * plain string checks where Astro uses `reference()`), the same YAML parser
 * (js-yaml, as Astro) and the same cross-entry rules the build runs. Used by
 * the tests and the authoring tools (src/tools/).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlData } from './yaml';
import { readMdxPage } from './mdx-page';
import { z } from 'zod';
import { countrySchema, type Country } from '../schemas/country';
import { carrierDataSchema, type CarrierData } from '../schemas/carrier';
import { pageDataSchema, type PageData } from '../schemas/guide';
import { sourceRegistrySchema, type SourceRegistry } from '../schemas/source';
import type { ContentFacts, PageFacts } from './content-rules';
import { defaultLocale, everywhereLocales, localeCodes } from '../i18n/locales';

export interface LoadedContent extends ContentFacts {
  countryData: Map<string, Country>;
  carrierData: Map<string, CarrierData>;
  pageData: Map<string, { data: PageData; body: string; links: string[] }>;
  sourceData: Map<string, SourceRegistry>;
  /** Schema errors, one line each: file, field, message. */
  schemaErrors: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function loadContent(root = 'content'): LoadedContent {
  const schemaErrors: string[] = [];
  const validate = <T>(file: string, schema: z.ZodType<T>, value: unknown): T | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      schemaErrors.push(`${file} → ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return undefined;
  };
  /** A data file's YAML; a syntax error is a schema error of its line. */
  const read = <T>(file: string, schema: z.ZodType<T>): T | undefined => {
    const { data, problems } = readYamlData(readFileSync(file, 'utf8'), (line) => `(line ${line})`);
    for (const p of problems) schemaErrors.push(`${file} → ${p.field}: ${p.problem}`);
    return problems.length > 0 ? undefined : validate(file, schema, data);
  };

  const countryData = new Map<string, Country>();
  for (const file of walk(join(root, 'countries'))) {
    const id = relative(join(root, 'countries'), file).replace(/\.yaml$/, '');
    const data = read(file, countrySchema);
    if (data) countryData.set(id, data);
  }

  const carrierData = new Map<string, CarrierData>();
  for (const file of walk(join(root, 'carriers'))) {
    const id = relative(join(root, 'carriers'), file).replace(/\.yaml$/, '');
    const data = read(file, carrierDataSchema);
    if (data) carrierData.set(id, data);
  }

  const sourceData = new Map<string, SourceRegistry>();
  for (const file of walk(join(root, 'sources'))) {
    const id = relative(join(root, 'sources'), file).replace(/\.yaml$/, '');
    const data = read(file, sourceRegistrySchema);
    if (data) sourceData.set(id, data);
  }

  const pageData = new Map<string, { data: PageData; body: string; links: string[] }>();
  const pages: PageFacts[] = [];
  for (const file of walk(join(root, 'guides'))) {
    const id = relative(join(root, 'guides'), file).replace(/\.mdx$/, '');
    const { frontmatter, body, links, paragraphs, refs, contacts, problems } = readMdxPage(
      readFileSync(file, 'utf8'),
    );
    for (const p of problems) schemaErrors.push(`${file} → ${p.field}: ${p.problem}`);
    const data = validate(file, pageDataSchema, frontmatter);
    if (data) {
      pageData.set(id, { data, body, links });
      pages.push({
        id,
        bodyLinks: links,
        bodyParagraphs: paragraphs,
        bodyRefs: refs,
        bodyContacts: contacts,
        data,
      });
    }
  }

  return {
    countries: countryData,
    carriers: carrierData,
    sources: sourceData,
    pages,
    locales: localeCodes,
    referenceLocale: defaultLocale,
    everywhereLocales,
    countryData,
    carrierData,
    pageData,
    sourceData,
    schemaErrors,
  };
}
