/**
 * What a carrier guide or a country overview shows, assembled once from the
 * catalog: which text serves the reader (a translation or the English
 * fallback), its citations and body, breadcrumbs, structured data, search
 * metadata and report links. The page components only render a model.
 */
import {
  behindEnglishSince,
  bodyParagraphs,
  isGuide,
  isOverview,
  loadCatalog,
  resolvePage,
  type Catalog,
  type GuideEntry,
  type GuidePageEntry,
  type OverviewEntry,
  type ResolvedPage,
} from './catalog';
import { bodyHtml } from './body-html';
import { defaultLocale, getLocale, type LocaleCode } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { homeUrl, pageUrl } from '../i18n/url';
import { localName } from '../schemas/common';
import { planTypes, type DifficultyLevel } from '../schemas/guide';
import type { Contact, CounterRequest } from '../schemas/carrier';
import { pagePath, stepAnchor } from '../lib/content-paths';
import { citationUnits, PageCitations } from '../lib/citations';
import { plainText } from '../lib/inline-markdown';
import { correctionHref } from '../lib/corrections';
import { breadcrumbList, howTo } from '../lib/structured-data';
import { guideSearchData, overviewSearchData, searchAliases, type SearchData } from '../lib/search';
import { formatDate, isoDate } from '../lib/dates';
import { correctionsUrl } from '../config/site';

/** A section of the page, or a step under "Steps", for the "On this page" list. */
export interface PageSection {
  id: string;
  label: string;
  /** The only plan a step is for, to hide its entry with the step. */
  plans?: string | undefined;
  children?: PageSection[];
}

/** What the page shell (`ContentPageLayout`) shows around a guide or an overview. */
export interface PageShell {
  /** The reader's locale. */
  locale: LocaleCode;
  title: string;
  description: string;
  /** Language-neutral path, e.g. `pk/jazz/`. */
  path: string;
  /** Locales with a real translation of this page. */
  translations: LocaleCode[];
  /** True when the locale has no translation and the English page is shown. */
  isFallback: boolean;
  trail: { label: string; href: string }[];
  structuredData: unknown[];
  /** Class of the `<article>`: `guide` or `overview`. */
  kind: string;
  /** For a translation that may be behind its English page: when English was last verified. */
  behindEnglishSince: Date | undefined;
}

/** What guides and overviews have in common. */
interface ContentPage<E extends GuidePageEntry> {
  entry: E;
  /** The reader's locale. */
  locale: LocaleCode;
  /** The language of the text: the reader's, or English for a fallback. */
  contentLocale: LocaleCode;
  layout: PageShell & { kind: E['data']['type'] };
  /** The props of `PageHeader`, but for its locale and citations. */
  header: {
    eyebrow: { text: string; searchWeight?: number }[];
    title: string;
    summary: string;
    lastVerified: Date;
    aliases: string[];
    formerNames: string[];
  };
  search: SearchData;
  cites: PageCitations;
  /** The MDX body as HTML, its references and contacts filled in. */
  body: string;
  /** The "Report a mistake" link for the page, or for one of its sections. */
  reportHref: (anchor?: string) => string;
}

export interface GuideModel extends ContentPage<GuideEntry> {
  contacts: Contact[];
  onThisPage: PageSection[];
  counter: {
    counterLocales: LocaleCode[];
    request: CounterRequest;
    /** The guide's checklist in a counter language (each is one of the country's guide languages). */
    whatToBring: (code: LocaleCode) => string[];
  };
}

export interface OverviewModel extends ContentPage<OverviewEntry> {
  /** The country's carriers, in the reader's language. */
  carriers: CarrierSummary[];
}

/** A carrier as the country and home pages list it, in the reader's language. */
export interface CarrierSummary {
  name: string;
  href: string;
  /** From its guide, in the language the reader gets it in. */
  difficulty: DifficultyLevel | undefined;
  /** The methods its guide says exist. */
  methods: string[];
}

export function carrierSummaries(catalog: Catalog, locale: LocaleCode, country: string): CarrierSummary[] {
  const t = useTranslations(locale);
  return (catalog.carriersByCountry.get(country) ?? []).map((carrier) => {
    const slug = carrier.id.split('/')[1]!;
    const page = resolvePage(catalog, locale, country, slug);
    const guide = page && isGuide(page.entry) ? page.entry.data : undefined;
    return {
      name: localName(carrier.data.names, locale),
      href: pageUrl(locale, { country, carrier: slug }),
      difficulty: guide?.difficulty.level,
      methods: guide?.methods.filter((m) => m.status === 'yes').map((m) => t(`method.${m.kind}`)) ?? [],
    };
  });
}

/** The parts every content page assembles the same way. */
function contentPage<E extends GuidePageEntry>(
  catalog: Catalog,
  resolved: ResolvedPage<E>,
  locale: LocaleCode,
  site: URL,
  { country, carrier, contacts = [] }: { country: string; carrier?: string; contacts?: Contact[] },
) {
  const { entry, isFallback } = resolved;
  const contentLocale = isFallback ? defaultLocale : locale;
  const cites = new PageCitations(
    citationUnits(entry.data, bodyParagraphs(entry), contacts),
    catalog.sourcesByCountry.get(country) ?? {},
  );
  const address = new URL(pageUrl(locale, { country, carrier }), site).href;
  const countryEntry = catalog.countryById.get(country)!;
  const trail = [
    { label: useTranslations(locale)('nav.home'), href: homeUrl(locale) },
    { label: countryEntry.data.names[locale], href: pageUrl(locale, { country }) },
  ];
  return {
    entry,
    locale,
    contentLocale,
    cites,
    body: bodyHtml(catalog, entry, contentLocale, cites, contacts),
    trail,
    absolute: (href: string) => new URL(href, site).href,
    reportHref: (anchor?: string) =>
      correctionHref(correctionsUrl, {
        title: entry.data.title,
        url: anchor ? `${address}#${anchor}` : address,
      }),
    layout: {
      locale,
      title: entry.data.title,
      description: plainText(entry.data.summary),
      path: pagePath({ country, carrier }),
      translations: resolved.translations,
      isFallback,
      kind: entry.data.type as E['data']['type'],
      behindEnglishSince: behindEnglishSince(catalog, resolved),
    },
  };
}

export async function guideModel(
  locale: LocaleCode,
  country: string,
  carrier: string,
  site: URL,
): Promise<GuideModel> {
  const catalog = await loadCatalog();
  const resolved = resolvePage(catalog, locale, country, carrier);
  if (!resolved || !isGuide(resolved.entry))
    throw new Error(`No English guide content/guides/en/${country}/${carrier}.mdx for a listed carrier.`);
  const guide = resolved.entry.data;
  const countryEntry = catalog.countryById.get(country)!;
  const carrierEntry = catalog.carrierById.get(`${country}/${carrier}`)!;
  const contacts = carrierEntry.data.contacts;
  const {
    trail: countryTrail,
    absolute,
    ...page
  } = contentPage(catalog, resolved as ResolvedPage<GuideEntry>, locale, site, {
    country,
    carrier,
    contacts,
  });
  const { contentLocale } = page;
  const t = useTranslations(locale);
  const tc = useTranslations(contentLocale);
  const carrierName = localName(carrierEntry.data.names, locale);
  const countryName = countryEntry.data.names[locale];
  const trail = [...countryTrail, { label: carrierName, href: pageUrl(locale, { country, carrier }) }];
  const eyebrow = [
    { text: localName(carrierEntry.data.names, contentLocale), searchWeight: 10 },
    { text: countryEntry.data.names[contentLocale] },
  ];
  return {
    ...page,
    layout: {
      ...page.layout,
      trail,
      structuredData: [
        breadcrumbList(trail.map((c) => ({ name: c.label, url: absolute(c.href) }))),
        howTo({
          name: guide.title,
          description: page.layout.description,
          url: absolute(pageUrl(locale, { country, carrier })),
          lang: getLocale(contentLocale).lang,
          dateModified: isoDate(guide.lastVerified),
          supplies: guide.whatToBring.map(plainText),
          steps: guide.steps.map((s) => ({ name: plainText(s.title), anchor: stepAnchor(s.id) })),
        }),
      ],
    },
    header: {
      eyebrow,
      title: guide.title,
      summary: guide.summary,
      lastVerified: guide.lastVerified,
      aliases: searchAliases(
        [
          ...carrierEntry.data.aliases,
          ...Object.values(carrierEntry.data.names),
          ...Object.values(countryEntry.data.names),
          ...countryEntry.data.aliases,
        ],
        eyebrow.map((part) => part.text),
      ),
      formerNames: carrierEntry.data.formerNames.map((names) => localName(names, contentLocale)),
    },
    search: guideSearchData({
      country: countryName,
      carrier: carrierName,
      methods: guide.methods.filter((m) => m.status === 'yes').map((m) => t(`method.${m.kind}`)),
      plans: guide.plans.map((p) => t(`plan.${p}`)),
      difficulty: t(`difficulty.${guide.difficulty.level}`),
      verified: formatDate(guide.lastVerified, getLocale(locale).lang),
      names: searchAliases([...Object.values(carrierEntry.data.names), ...carrierEntry.data.aliases]),
    }),
    contacts,
    onThisPage: [
      { id: 'at-a-glance', label: tc('guide.atAGlance') },
      { id: 'contacts', label: tc('guide.contacts') },
      { id: 'what-to-bring', label: tc('guide.whatToBring') },
      { id: 'counter-title', label: tc('counter.title') },
      { id: 'money', label: tc('guide.money') },
      {
        id: 'steps',
        label: tc('guide.steps'),
        children: guide.steps.map((s) => ({
          id: stepAnchor(s.id),
          label: plainText(s.title),
          plans: s.plans.length < planTypes.length ? s.plans.join(' ') : undefined,
        })),
      },
      { id: 'confirm-closed', label: tc('guide.confirmClosed') },
      { id: 'cases', label: tc('guide.specialCases') },
      { id: 'about', label: tc('guide.about') },
      ...(guide.faq.length > 0 ? [{ id: 'faq', label: tc('guide.faq') }] : []),
      { id: 'sources', label: tc('guide.sources') },
    ],
    counter: {
      counterLocales: countryEntry.data.counterLocales,
      request: carrierEntry.data.counterRequest,
      whatToBring: (code) => {
        const translated = resolvePage(catalog, code, country, carrier)?.entry;
        return translated && isGuide(translated) ? translated.data.whatToBring : guide.whatToBring;
      },
    },
  };
}

export async function overviewModel(locale: LocaleCode, country: string, site: URL): Promise<OverviewModel> {
  const catalog = await loadCatalog();
  const resolved = resolvePage(catalog, locale, country);
  if (!resolved || !isOverview(resolved.entry))
    throw new Error(`No English overview content/guides/en/${country}/index.mdx for a listed country.`);
  const overview = resolved.entry.data;
  const countryEntry = catalog.countryById.get(country)!;
  const { trail, absolute, ...page } = contentPage(
    catalog,
    resolved as ResolvedPage<OverviewEntry>,
    locale,
    site,
    { country },
  );
  const names = [...Object.values(countryEntry.data.names), ...countryEntry.data.aliases];
  const localCountryName = countryEntry.data.names[page.contentLocale];
  return {
    ...page,
    layout: {
      ...page.layout,
      trail,
      structuredData: [breadcrumbList(trail.map((c) => ({ name: c.label, url: absolute(c.href) })))],
    },
    header: {
      eyebrow: [{ text: localCountryName, searchWeight: 10 }],
      title: overview.title,
      summary: overview.summary,
      lastVerified: overview.lastVerified,
      aliases: searchAliases(names, [localCountryName]),
      formerNames: [],
    },
    carriers: carrierSummaries(catalog, locale, country),
    search: overviewSearchData({
      country: countryEntry.data.names[locale],
      verified: formatDate(overview.lastVerified, getLocale(locale).lang),
      names: searchAliases(names),
    }),
  };
}
