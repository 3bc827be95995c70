/**
 * All content, loaded once per build and checked against the cross-entry
 * rules before any page renders. Pages ask this module instead of calling
 * getCollection() themselves, so nothing is loaded or recomputed per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, everywhereLocales, localeCodes, type LocaleCode } from '../i18n/locales';
import { checkContent, ContentProblemsError, type PageFacts } from '../lib/content-rules';
import { guideId } from '../lib/content-paths';
import { fileProblems } from '../lib/file-problems';
import { englishFingerprint, isBehind } from '../lib/translation-status';
import type { SourceRegistry } from '../schemas/source';
import type { BodyParagraph } from '../lib/citations';
import type { BodyContact, BodyRef } from '../lib/mdx-components';

export type CountryEntry = CollectionEntry<'countries'>;
export type CarrierEntry = CollectionEntry<'carriers'>;
export type GuidePageEntry = CollectionEntry<'guides'>;
export type GuideEntry = GuidePageEntry & { data: Extract<GuidePageEntry['data'], { type: 'guide' }> };
export type OverviewEntry = GuidePageEntry & {
  data: Extract<GuidePageEntry['data'], { type: 'overview' }>;
};

export interface Catalog {
  countries: CountryEntry[];
  /** The sources of each country, by the id pages cite them with. */
  sourcesByCountry: Map<string, SourceRegistry>;
  countryById: Map<string, CountryEntry>;
  carriersByCountry: Map<string, CarrierEntry[]>;
  carrierById: Map<string, CarrierEntry>;
  pageById: Map<string, GuidePageEntry>;
}

/** A page as served in one locale: its own translation or the English fallback. */
export interface ResolvedPage<E extends GuidePageEntry> {
  entry: E;
  /** True when the locale has no translation and English is shown. */
  isFallback: boolean;
  /** Locales that have a real translation of this page (for hreflang). */
  translations: LocaleCode[];
}

let catalog: Promise<Catalog> | undefined;

/** The catalog, built on first use and shared by every page of the build. */
export function loadCatalog(): Promise<Catalog> {
  // A broken file stops every page until it is fixed (in `astro dev` too, after an edit).
  const pending = fileProblems();
  if (pending.length) return Promise.reject(new ContentProblemsError(pending));
  catalog ??= buildCatalog();
  return catalog;
}

async function buildCatalog(): Promise<Catalog> {
  const [countries, carriers, pages, sources] = await Promise.all([
    getCollection('countries'),
    getCollection('carriers'),
    getCollection('guides'),
    getCollection('sources'),
  ]);
  const sourcesByCountry = new Map(sources.map((s) => [s.id, s.data]));

  const issues = checkContent({
    countries: new Map(countries.map((c) => [c.id, c.data])),
    carriers: new Map(carriers.map((c) => [c.id, { ...c.data, country: c.data.country.id }])),
    sources: sourcesByCountry,
    pages: pages.map(toPageFacts),
    locales: localeCodes,
    referenceLocale: defaultLocale,
    everywhereLocales,
  });
  if (issues.length > 0) {
    throw new ContentProblemsError(issues);
  }

  const carriersByCountry = new Map<string, CarrierEntry[]>();
  for (const carrier of carriers) {
    const list = carriersByCountry.get(carrier.data.country.id) ?? [];
    list.push(carrier);
    carriersByCountry.set(carrier.data.country.id, list);
  }
  return {
    countries: countries.sort((a, b) => a.data.names.en.localeCompare(b.data.names.en)),
    sourcesByCountry,
    countryById: new Map(countries.map((c) => [c.id, c])),
    carriersByCountry,
    carrierById: new Map(carriers.map((c) => [c.id, c])),
    pageById: new Map(pages.map((p) => [p.id, p])),
  };
}

function toPageFacts(page: GuidePageEntry): PageFacts {
  const data = page.data;
  return {
    id: page.id,
    bodyLinks: (page.rendered?.metadata?.links as string[] | undefined) ?? [],
    bodyParagraphs: bodyParagraphs(page),
    bodyRefs: (page.rendered?.metadata?.refs as BodyRef[] | undefined) ?? [],
    bodyContacts: (page.rendered?.metadata?.contacts as BodyContact[] | undefined) ?? [],
    data:
      data.type === 'guide' ? { ...data, carrier: data.carrier.id } : { ...data, country: data.country.id },
  };
}

/** The MDX body's paragraphs with their citations, as the loader recorded them. */
export function bodyParagraphs(page: GuidePageEntry): BodyParagraph[] {
  return (page.rendered?.metadata?.paragraphs as BodyParagraph[] | undefined) ?? [];
}

/**
 * For a translation that has not been brought up to date since its English
 * page changed in substance: the English page's date. Undefined otherwise.
 */
export function behindEnglishSince(
  { pageById }: Catalog,
  { entry, isFallback }: ResolvedPage<GuidePageEntry>,
): Date | undefined {
  const reference = `${defaultLocale}/`;
  if (isFallback || entry.id.startsWith(reference)) return undefined;
  const english = pageById.get(entry.id.replace(/^[^/]+\//, reference));
  if (!english) return undefined;
  const current = englishFingerprint(english.data, bodyParagraphs(english));
  return isBehind(entry.data.follows, current) ? english.data.lastVerified : undefined;
}

/** The page for a locale, falling back to English with `isFallback` set. */
export function resolvePage(
  { pageById }: Catalog,
  locale: LocaleCode,
  country: string,
  carrier?: string,
): ResolvedPage<GuidePageEntry> | undefined {
  const own = pageById.get(guideId(locale, country, carrier));
  const entry = own ?? pageById.get(guideId(defaultLocale, country, carrier));
  if (!entry) return undefined;
  const translations = localeCodes.filter((code) => pageById.has(guideId(code, country, carrier)));
  return { entry, isFallback: !own, translations };
}

export function isGuide(entry: GuidePageEntry): entry is GuideEntry {
  return entry.data.type === 'guide';
}

export function isOverview(entry: GuidePageEntry): entry is OverviewEntry {
  return entry.data.type === 'overview';
}
