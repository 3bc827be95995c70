/**
 * Cross-entry content rules that a per-file zod schema cannot express. Pure
 * functions over plain data, run at build time (src/data/catalog.ts) and by
 * vitest over the whole content tree (tests/unit/content-tree.test.ts).
 */
import { readInline, type InlineText } from './inline-markdown';
import { guideFile, parseGuideId } from './content-paths';
import { identityDocument, readerAddressed } from './counter';
import { citationUnits, citedIds, hasDigit, type BodyParagraph } from './citations';
import type { CarrierData } from '../schemas/carrier';
import type { Country } from '../schemas/country';
import type { PageFields } from '../schemas/guide';
import type { LocaleCode } from '../i18n/locales';
import type { Source } from '../schemas/source';
import type { BodyContact, BodyRef } from './mdx-components';

/** One thing wrong with the content, phrased so an editor can fix it. */
export interface ContentIssue {
  /** Path of the file, from the project root. */
  file: string;
  /** Field inside the file, e.g. `steps[2].id`. */
  field: string;
  /** What is wrong. */
  problem: string;
  /** How to fix it. */
  fix: string;
}

/** What the rules read of each kind of entry: the schemas' own types, references flattened to ids. */
export type CountryFacts = Pick<Country, 'regulator' | 'officialLinks' | 'localLocales'>;
export type CarrierFacts = Pick<
  CarrierData,
  'country' | 'names' | 'aliases' | 'website' | 'officialLinks' | 'contacts'
>;
export type SourceFacts = Pick<Source, 'url'>;

export interface PageFacts {
  /** Collection id, e.g. `zh-cn/pk/jazz`. */
  id: string;
  /** Frontmatter, with references flattened to ids (`pk`, `pk/jazz`). */
  data: PageFields;
  /** Where the links of the MDX body go (`mailto:…`; web links there are refused earlier). */
  bodyLinks: string[];
  /** The MDX body's paragraphs, with their citations. */
  bodyParagraphs: BodyParagraph[];
  /** The MDX body's `<Ref>`s and `<Contact>`s. */
  bodyRefs?: BodyRef[];
  bodyContacts?: BodyContact[];
}

export interface ContentFacts {
  countries: Map<string, CountryFacts>;
  carriers: Map<string, CarrierFacts>;
  /** The sources of each country (`content/sources/<cc>.yaml`), by id. */
  sources: Map<string, Record<string, SourceFacts>>;
  pages: PageFacts[];
  /** Locale folders allowed under content/guides. */
  locales: readonly string[];
  /** The locale every translation is compared with. */
  referenceLocale: string;
  /** Locales every page of every country is written in (the reference one included). */
  everywhereLocales: readonly LocaleCode[];
}

/** Runs every rule; an empty list means the content can be published. */
export function checkContent(facts: ContentFacts): ContentIssue[] {
  // Looked up by every page: built once (per page, it was most of a 6,000-page build's rule time).
  const pagesById = new Map(facts.pages.map((p) => [p.id, p]));
  return [
    ...checkCarrierCountries(facts),
    ...checkEnglishOriginals(facts),
    ...checkRequiredTranslations(facts, pagesById),
    ...checkSourceFiles(facts),
    ...checkContacts(facts),
    ...facts.pages.flatMap((page) => [
      ...checkPageIdentity(page, facts),
      ...checkStepAlternatives(page),
      ...checkCitations(page, facts),
      ...checkFrontmatterText(page),
      ...checkSectionLinks(page),
      ...checkBodyComponents(page, facts, pagesById),
      ...checkLinkDomains(page, facts),
      ...checkSourceSites(page, facts),
      ...checkPromotionalLinks(page),
      ...checkCounterDocument(page),
    ]),
    ...checkUnusedSources(facts),
    ...checkTranslationParity(facts, pagesById),
    ...checkCitationParity(facts, pagesById),
  ];
}

/** The locales a country's pages and carrier texts must exist in. */
export function requiredLocales(facts: ContentFacts, country: string): LocaleCode[] {
  return [...new Set([...facts.everywhereLocales, ...(facts.countries.get(country)?.localLocales ?? [])])];
}

/** Every English page exists in each locale its country requires. */
function checkRequiredTranslations(facts: ContentFacts, ids: Map<string, PageFacts>): ContentIssue[] {
  const reference = `${facts.referenceLocale}/`;
  return facts.pages
    .filter((page) => page.id.startsWith(reference))
    .flatMap((page) => {
      const { country } = parseGuideId(page.id);
      return requiredLocales(facts, country)
        .map((locale) => page.id.replace(reference, `${locale}/`))
        .filter((id) => !ids.has(id))
        .map((id) => ({
          file: guideFile(id),
          field: '(file)',
          problem: `The page is missing: every page of "${country}" must exist in ${requiredLocales(facts, country).join(', ')}.`,
          fix: `Translate ${guideFile(page.id)} into ${guideFile(id)} (keep its ids), or change localLocales in content/countries/${country}.yaml.`,
        }));
    });
}

const sourcesFile = (country: string) => `content/sources/${country}.yaml`;

/** Each sources file belongs to a country. */
function checkSourceFiles({ sources, countries }: ContentFacts): ContentIssue[] {
  return [...sources.keys()]
    .filter((country) => !countries.has(country))
    .map((country) => ({
      file: sourcesFile(country),
      field: '(file)',
      problem: `There is no country "${country}".`,
      fix: `Name the file after a file in content/countries/ (${[...countries.keys()].join(', ')}).`,
    }));
}

function unknownSourceIssue(
  file: string,
  field: string,
  id: string,
  known: Record<string, SourceFacts>,
  country: string,
) {
  const ids = Object.keys(known);
  return {
    file,
    field,
    problem: `Cites "[^${id}]", which is not a source of ${sourcesFile(country)}.`,
    fix: ids.length
      ? `Use one of: ${ids.join(', ')}; or add "${id}" (title, url, publisher, kind, accessed) to ${sourcesFile(country)}.`
      : `Create ${sourcesFile(country)} with a source "${id}" (title, url, publisher, kind, accessed).`,
  };
}

/**
 * Contacts cite known sources and say what they are, and what for, in every locale their guide
 * is read in: those the country needs, and any other the guide is translated into (an Urdu guide
 * to a Gulf carrier shows them in Urdu, not English).
 */
function checkContacts(facts: ContentFacts): ContentIssue[] {
  const translatedInto = new Map<string, Set<string>>();
  for (const page of facts.pages) {
    const { locale, country, carrier } = parseGuideId(page.id);
    const id = `${country}/${carrier}`;
    if (carrier) translatedInto.set(id, (translatedInto.get(id) ?? new Set()).add(locale));
  }
  return [...facts.carriers].flatMap(([id, carrier]) => {
    const file = `content/carriers/${id}.yaml`;
    const known = facts.sources.get(carrier.country) ?? {};
    const locales = new Set([...requiredLocales(facts, carrier.country), ...(translatedInto.get(id) ?? [])]);
    return carrier.contacts.flatMap((contact, index) => [
      ...contact.cite
        .filter((source) => !(source in known))
        .map((source) => unknownSourceIssue(file, `contacts[${index}].cite`, source, known, carrier.country)),
      ...(['label', 'for', 'notFor'] as const).flatMap((field) => {
        const texts = contact[field];
        if (!texts) return [];
        const missing = [...locales].filter((locale) => !texts[locale as LocaleCode]);
        return missing.length
          ? [
              {
                file,
                field: `contacts[${index}].${field}`,
                problem: `No text in ${missing.join(', ')}: guides in those languages show this contact.`,
                fix: `Add ${missing.map((l) => `${l}: …`).join(', ')} under ${field}.`,
              },
            ]
          : [];
      }),
    ]);
  });
}

/**
 * Citations name the country's sources, every paragraph with a number cites
 * one, and a method said to exist (or not) cites the page that says so.
 */
function checkCitations(page: PageFacts, facts: ContentFacts): ContentIssue[] {
  const file = guideFile(page.id);
  const { country } = parseGuideId(page.id);
  const known = facts.sources.get(country) ?? {};
  const units = citationUnits(page.data, page.bodyParagraphs);
  const brands = [...facts.carriers.values()]
    .filter((c) => c.country === country)
    .flatMap((c) => [...Object.values(c.names), ...c.aliases])
    .filter((name): name is string => !!name && /\p{Nd}/u.test(name))
    .sort((a, b) => b.length - a.length);
  const citedInGroup = new Set(units.filter((u) => citedIds(u.text).length > 0).map((u) => u.group));
  const issues: ContentIssue[] = [];
  for (const unit of units) {
    for (const id of new Set(citedIds(unit.text)))
      if (!(id in known)) issues.push(unknownSourceIssue(file, unit.field, id, known, country));
    const cited = unit.heading ? citedInGroup.has(unit.group) : citedIds(unit.text).length > 0;
    if (hasDigit(unit.text, brands) && !cited) {
      issues.push({
        file,
        field: unit.field,
        problem: `"${excerpt(unit.text)}" states a number (a code, fee, period or date) without a citation.`,
        fix: unit.heading
          ? 'Cite the source of the number in the text under this heading, e.g. "…[^source-id]".'
          : 'Add "[^source-id]" after the sentence, naming the source that states it; if no source does, say whom to ask instead.',
      });
    }
  }
  page.data.methods?.forEach((method, index) => {
    if (method.status !== 'unconfirmed' && citedIds(method.note).length === 0) {
      issues.push({
        file,
        field: `methods[${index}].note`,
        problem: `The ${method.kind} method is "${method.status}" but its note cites no source.`,
        fix: `Cite the page that says so ("…[^source-id]"), or set status: unconfirmed.`,
      });
    }
  });
  return issues;
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Every source of a country is cited by some page or contact of it: a list is evidence, not decoration. */
function checkUnusedSources(facts: ContentFacts): ContentIssue[] {
  const cited = new Set<string>();
  for (const page of facts.pages) {
    const { country } = parseGuideId(page.id);
    for (const unit of citationUnits(page.data, page.bodyParagraphs))
      for (const id of citedIds(unit.text)) cited.add(`${country}/${id}`);
  }
  for (const carrier of facts.carriers.values())
    for (const contact of carrier.contacts)
      for (const id of contact.cite) cited.add(`${carrier.country}/${id}`);
  return [...facts.sources].flatMap(([country, registry]) =>
    Object.keys(registry)
      .filter((id) => !cited.has(`${country}/${id}`))
      .map((id) => ({
        file: sourcesFile(country),
        field: id,
        problem: `The source "${id}" is cited nowhere.`,
        fix: `Cite it as [^${id}] where a page uses it, or remove it.`,
      })),
  );
}

/** Each step, rule and special case of a translation cites the same sources as in English. */
function checkCitationParity(facts: ContentFacts, byId: Map<string, PageFacts>): ContentIssue[] {
  const reference = `${facts.referenceLocale}/`;
  const citationsByGroup = (page: PageFacts) => {
    const groups = new Map<string, { field: string; ids: Set<string> }>();
    for (const unit of citationUnits(page.data, page.bodyParagraphs)) {
      if (!/^(?:step|rule|case):/.test(unit.group)) continue;
      const group = groups.get(unit.group) ?? {
        field: unit.field.replace(/\.(?:title|body)$/, ''),
        ids: new Set(),
      };
      for (const id of citedIds(unit.text)) group.ids.add(id);
      groups.set(unit.group, group);
    }
    return groups;
  };
  return facts.pages
    .filter((page) => !page.id.startsWith(reference))
    .flatMap((page) => {
      const original = byId.get(page.id.replace(/^[^/]+\//, reference));
      if (!original) return [];
      const english = citationsByGroup(original);
      // Items missing from English are reported by the id rule already.
      return [...citationsByGroup(page)].flatMap(([group, { field, ids }]) => {
        const want = english.get(group)?.ids;
        if (!want) return [];
        const missing = [...want].filter((id) => !ids.has(id));
        const extra = [...ids].filter((id) => !want.has(id));
        if (!missing.length && !extra.length) return [];
        const list = (xs: string[]) => xs.map((x) => `[^${x}]`).join(' ');
        return [
          {
            file: guideFile(page.id),
            field,
            problem: `Cites differently from the English page${missing.length ? `: missing ${list(missing)}` : ''}${extra.length ? `${missing.length ? ';' : ':'} not in English ${list(extra)}` : ''}.`,
            fix: `Cite the same sources as the same item of ${guideFile(original.id)} (${list([...want]) || 'none'}); if English is wrong, fix it there first.`,
          },
        ];
      });
    });
}

function checkCarrierCountries({ carriers, countries }: ContentFacts): ContentIssue[] {
  return [...carriers].flatMap(([id, carrier]) => {
    const issues: ContentIssue[] = [];
    const file = `content/carriers/${id}.yaml`;
    if (!countries.has(carrier.country)) {
      issues.push({
        file,
        field: 'country',
        problem: `Unknown country "${carrier.country}".`,
        fix: `Use the code of a file in content/countries/ (${[...countries.keys()].join(', ')}).`,
      });
    } else if (!id.startsWith(`${carrier.country}/`)) {
      issues.push({
        file,
        field: 'country',
        problem: `The file is in content/carriers/${id.split('/')[0]}/ but names country "${carrier.country}".`,
        fix: `Move the file to content/carriers/${carrier.country}/ or correct the country.`,
      });
    }
    return issues;
  });
}

/** Every country has an English overview and every carrier an English guide: pages exist for them in every locale. */
function checkEnglishOriginals({
  countries,
  carriers,
  pages,
  referenceLocale,
}: ContentFacts): ContentIssue[] {
  const ids = new Set(pages.map((p) => p.id));
  const required = [
    ...[...countries.keys()].map((id) => ({
      page: `${referenceLocale}/${id}/index`,
      from: `content/countries/${id}.yaml`,
    })),
    ...[...carriers.keys()].map((id) => ({
      page: `${referenceLocale}/${id}`,
      from: `content/carriers/${id}.yaml`,
    })),
  ];
  return required
    .filter(({ page }) => !ids.has(page))
    .map(({ page, from }) => ({
      file: from,
      field: '(file)',
      problem: `It has no English page ${guideFile(page)}.`,
      fix: `Write ${guideFile(page)} (or remove ${from}).`,
    }));
}

/** The file's place (locale, country, carrier) must agree with what it declares. */
function checkPageIdentity(page: PageFacts, facts: ContentFacts): ContentIssue[] {
  const file = guideFile(page.id);
  const { locale, country, carrier } = parseGuideId(page.id);
  const issues: ContentIssue[] = [];
  if (!facts.locales.includes(locale)) {
    issues.push({
      file,
      field: '(folder)',
      problem: `"${locale}" is not a locale of the site.`,
      fix: `Put the file under one of: ${facts.locales.join(', ')}.`,
    });
  }
  if (page.data.type === 'guide') {
    const expected = `${country}/${carrier ?? 'index'}`;
    if (!carrier) {
      issues.push({
        file,
        field: 'type',
        problem: 'index.mdx is a country overview but has type "guide".',
        fix: 'Set type: overview, or rename the file after the carrier slug.',
      });
    } else if (!page.data.carrier || !facts.carriers.has(page.data.carrier)) {
      issues.push({
        file,
        field: 'carrier',
        problem: `Unknown carrier "${page.data.carrier ?? ''}".`,
        fix: `Add content/carriers/${expected}.yaml or use an existing carrier id such as "${expected}".`,
      });
    } else if (page.data.carrier !== expected) {
      issues.push({
        file,
        field: 'carrier',
        problem: `The file is at ${expected} but names carrier "${page.data.carrier}".`,
        fix: `Set carrier: ${expected}, or move the file.`,
      });
    }
  } else {
    if (carrier) {
      issues.push({
        file,
        field: 'type',
        problem: 'A country overview must be the index.mdx of its country folder.',
        fix: `Rename it to content/guides/${locale}/${country}/index.mdx or set type: guide.`,
      });
    }
    if (!page.data.country || !facts.countries.has(page.data.country)) {
      issues.push({
        file,
        field: 'country',
        problem: `Unknown country "${page.data.country ?? ''}".`,
        fix: `Add content/countries/${country}.yaml or use an existing country code.`,
      });
    } else if (page.data.country !== country) {
      issues.push({
        file,
        field: 'country',
        problem: `The file is in the ${country}/ folder but names country "${page.data.country}".`,
        fix: `Set country: ${country}, or move the file.`,
      });
    }
  }
  return issues;
}

function checkStepAlternatives(page: PageFacts): ContentIssue[] {
  const steps = page.data.steps ?? [];
  const ids = new Set(steps.map((s) => s.id));
  return steps.flatMap((step, index) =>
    step.alternativeTo && !ids.has(step.alternativeTo)
      ? [
          {
            file: guideFile(page.id),
            field: `steps[${index}].alternativeTo`,
            problem: `No step has the id "${step.alternativeTo}".`,
            fix: `Use one of: ${[...ids].join(', ')}.`,
          },
        ]
      : [],
  );
}

/** Host names a page may link to: the sources it cites and the official links of its carrier and country. */
export function allowedHosts(page: PageFacts, facts: ContentFacts): Set<string> {
  const { country } = parseGuideId(page.id);
  const registry = facts.sources.get(country) ?? {};
  const urls: string[] = citationUnits(page.data, page.bodyParagraphs)
    .flatMap((unit) => citedIds(unit.text))
    .flatMap((id) => (registry[id] ? [registry[id].url] : []));
  const countryFacts = facts.countries.get(country);
  if (countryFacts) {
    urls.push(countryFacts.regulator.url, ...countryFacts.officialLinks.map((l) => l.url));
  }
  const carrier = page.data.carrier ? facts.carriers.get(page.data.carrier) : undefined;
  if (carrier) {
    urls.push(carrier.website, ...carrier.officialLinks.map((l) => l.url));
    // Its contacts' addresses are confirmed by the sources they cite.
    for (const { kind, value } of carrier.contacts)
      if (kind === 'email') urls.push(`mailto:${value}`);
      else if (/^https:\/\//.test(value)) urls.push(value);
  }
  return new Set(urls.map(hostOf));
}

/** The site a URL belongs to (`www.` dropped); for `mailto:` the e-mail domain. */
export function hostOf(url: string): string {
  // A link the engine read but no browser could open has no host, so no site allows it.
  if (!URL.canParse(url)) return '';
  const parsed = new URL(url);
  const host = parsed.protocol === 'mailto:' ? (parsed.pathname.split('@')[1] ?? '') : parsed.hostname;
  return host.toLowerCase().replace(/^www\./, '');
}

/** Every string in the frontmatter (except the sources themselves) with its field path. */
function textFields(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => textFields(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, v]) =>
      path === '' && key === 'sources' ? [] : textFields(v, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/**
 * The texts of a page's frontmatter, each paragraph read by the Markdown
 * engine that renders it, once per page for all the rules that look at them.
 */
const readTexts = new WeakMap<PageFacts, (InlineText & { field: string })[]>();
function frontmatterTexts(page: PageFacts): (InlineText & { field: string })[] {
  let texts = readTexts.get(page);
  if (!texts) {
    texts = citationUnits(page.data).map((unit) => ({ field: unit.field, ...readInline(unit.text) }));
    readTexts.set(page, texts);
  }
  return texts;
}

/** Frontmatter texts are inline Markdown: no lists, headings, images or links to nowhere. */
function checkFrontmatterText(page: PageFacts): ContentIssue[] {
  return frontmatterTexts(page).flatMap(({ field, problems }) =>
    problems.map((p) => ({ file: guideFile(page.id), field, ...p })),
  );
}

function checkLinkDomains(page: PageFacts, facts: ContentFacts): ContentIssue[] {
  const allowed = allowedHosts(page, facts);
  const links = [
    ...frontmatterTexts(page).flatMap(({ field, links }) =>
      links.filter((url) => !url.startsWith('#')).map((url) => ({ field, url })),
    ),
    ...page.bodyLinks.filter((url) => url.startsWith('mailto:')).map((url) => ({ field: '(body)', url })),
  ];
  return links
    .filter(({ url }) => !allowed.has(hostOf(url)))
    .map(({ field, url }) => ({
      file: guideFile(page.id),
      field,
      problem: `Link to ${url}: its domain is not among the page's sources or official links.`,
      fix: "Cite the page on the same sentence (add it to the country's sources file), or remove the link. Promotional links are never allowed.",
    }));
}

/** Every translation has an English original with the same ordered ids. */
function checkTranslationParity(facts: ContentFacts, byId: Map<string, PageFacts>): ContentIssue[] {
  const reference = `${facts.referenceLocale}/`;
  return facts.pages
    .filter((page) => !page.id.startsWith(reference))
    .flatMap((page) => {
      const originalId = page.id.replace(/^[^/]+\//, reference);
      const original = byId.get(originalId);
      if (!original) {
        return [
          {
            file: guideFile(page.id),
            field: '(file)',
            problem: 'There is no English original of this page.',
            fix: `Add ${guideFile(originalId)} first: translations follow the English page.`,
          },
        ];
      }
      return (['steps', 'rules', 'specialCases'] as const).flatMap((field) =>
        compareIds(page, original, field),
      );
    });
}

function compareIds(
  page: PageFacts,
  original: PageFacts,
  field: 'steps' | 'rules' | 'specialCases',
): ContentIssue[] {
  const ids = (page.data[field] ?? []).map((s) => s.id);
  const expected = (original.data[field] ?? []).map((s) => s.id);
  const length = Math.max(ids.length, expected.length);
  for (let i = 0; i < length; i++) {
    if (ids[i] !== expected[i]) {
      const found = ids[i] === undefined ? 'nothing' : `"${ids[i]}"`;
      const want = expected[i] === undefined ? 'nothing' : `"${expected[i]}"`;
      return [
        {
          file: guideFile(page.id),
          field: `${field}[${i}].id`,
          problem: `Found ${found} where the English page has ${want} (English order: ${expected.join(', ')}).`,
          fix: `Use the same ids, in the same order, as ${guideFile(original.id)}; translate titles and text, never ids.`,
        },
      ];
    }
  }
  return [];
}

/** A page cites at least two sites, so no page rests on one publisher alone. (Official ones come first in its list by construction.) */
function checkSourceSites(page: PageFacts, facts: ContentFacts): ContentIssue[] {
  const registry = facts.sources.get(parseGuideId(page.id).country) ?? {};
  const hosts = new Set(
    citationUnits(page.data, page.bodyParagraphs)
      .flatMap((unit) => citedIds(unit.text))
      .flatMap((id) => (registry[id] ? [hostOf(registry[id].url)] : [])),
  );
  return hosts.size >= 2
    ? []
    : [
        {
          file: guideFile(page.id),
          field: '(citations)',
          problem: `The page cites ${hosts.size === 0 ? 'no source' : `sources on one site only (${[...hosts][0]})`}.`,
          fix: 'Cite at least two publishers: the carrier or regulator first, and a second official page or reputable news.',
        },
      ];
}

/** Channels the original articles advertised: never linked or named as a contact. */
const PROMOTIONAL = /\b(?:t\.me|telegram\.me|wa\.me|postimg\.cc)\//i;

function checkPromotionalLinks(page: PageFacts): ContentIssue[] {
  return [
    ...textFields(page.data, '').filter(([, text]) => PROMOTIONAL.test(text)),
    ...page.bodyParagraphs
      .filter((p) => PROMOTIONAL.test(p.text))
      .map((p) => [`(body, line ${p.line})`, p.text]),
  ].map(([field]) => ({
    file: guideFile(page.id),
    field: field!,
    problem: 'A promotional chat or image link (Telegram, WhatsApp invite or postimg).',
    fix: 'Remove it: guides link only to carriers, regulators and the sources they cite.',
  }));
}

/** Links to `#step-…`, `#case-…` and `#rule-…` lead to a part of the same page. */
function checkSectionLinks(page: PageFacts): ContentIssue[] {
  const anchors = new Set([
    ...(page.data.steps ?? []).map((s) => `#step-${s.id}`),
    ...(page.data.specialCases ?? []).map((s) => `#case-${s.id}`),
    ...(page.data.rules ?? []).map((s) => `#rule-${s.id}`),
  ]);
  const links = [
    ...frontmatterTexts(page).flatMap(({ field, links }) =>
      links.filter((href) => href.startsWith('#')).map((href) => ({ field, href })),
    ),
    ...page.bodyLinks.filter((href) => href.startsWith('#')).map((href) => ({ field: '(body)', href })),
  ];
  return links
    .filter(({ href }) => !anchors.has(href))
    .map(({ field, href }) => ({
      file: guideFile(page.id),
      field,
      problem: `A link to ${href}, which is not a step, special case or rule of this page.`,
      fix: `Use one of: ${[...anchors].join(', ') || '(none: the page has no steps, cases or rules)'}.`,
    }));
}

/** The ids a page can be linked at: its steps, special cases and rules. */
function anchorsOf(page: PageFacts | undefined): string[] {
  if (!page) return [];
  return [
    ...(page.data.steps ?? []).map((s) => `step-${s.id}`),
    ...(page.data.specialCases ?? []).map((s) => `case-${s.id}`),
    ...(page.data.rules ?? []).map((s) => `rule-${s.id}`),
  ];
}

/** A body's `<Ref>`s lead to a step, case or rule that exists, and its `<Contact>`s to a contact of its carrier. */
function checkBodyComponents(
  page: PageFacts,
  facts: ContentFacts,
  byId: Map<string, PageFacts>,
): ContentIssue[] {
  const file = guideFile(page.id);
  const { locale } = parseGuideId(page.id);
  const issues: ContentIssue[] = [];
  for (const ref of page.bodyRefs ?? []) {
    // Ids are the same in every language: check the English page, which always exists.
    const target = ref.guide
      ? byId.get(`${facts.referenceLocale}/${ref.guide.includes('/') ? ref.guide : `${ref.guide}/index`}`)
      : page;
    const anchors = anchorsOf(target);
    if (!target)
      issues.push({
        file,
        field: `(body, line ${ref.line})`,
        problem: `<Ref guide="${ref.guide}"> names a page that does not exist.`,
        fix: 'Name a guide as "<cc>/<carrier>" or an overview as "<cc>", e.g. guide="pk/zong".',
      });
    else if (!anchors.includes(ref.anchor))
      issues.push({
        file,
        field: `(body, line ${ref.line})`,
        problem: `<Ref> to #${ref.anchor}, which ${ref.guide ? `content/guides/${locale === facts.referenceLocale ? locale : facts.referenceLocale}/${ref.guide}` : 'this page'} does not have.`,
        fix: `Use one of: ${anchors.map((a) => a.replace(/^(\w+)-/, '$1="') + '"').join(', ')}.`,
      });
  }
  const carrier = page.data.carrier ? facts.carriers.get(page.data.carrier) : undefined;
  const contactIds = carrier?.contacts.map((c) => c.id) ?? [];
  for (const contact of page.bodyContacts ?? [])
    if (!contactIds.includes(contact.id))
      issues.push({
        file,
        field: `(body, line ${contact.line})`,
        problem: `<Contact id="${contact.id}">: ${carrier ? 'the carrier has no such contact' : 'a country overview has no carrier contacts'}.`,
        fix: contactIds.length
          ? `Use one of: ${contactIds.join(', ')} (content/carriers/${page.data.carrier}.yaml).`
          : 'Add the contact to the carrier file first, with its source.',
      });
  return issues;
}

/** The identity document the counter card shows staff is named, not addressed to the reader. */
function checkCounterDocument(page: PageFacts): ContentIssue[] {
  if (page.data.type !== 'guide') return [];
  const document = identityDocument(page.data.whatToBring ?? []);
  const words = readerAddressed(document, parseGuideId(page.id).locale);
  return words
    ? [
        {
          file: guideFile(page.id),
          field: 'whatToBring[0]',
          problem: `The counter card shows shop staff "${document}" as the reader's own words, but "${words}" addresses the reader.`,
          fix: 'Name the document without "your" (e.g. "Emirates ID, or the passport the line is registered to"); put advice to the reader after a semicolon.',
        },
      ]
    : [];
}

/** One readable block per issue, for the build log. */
export function formatIssues(issues: ContentIssue[]): string {
  return issues.map((i) => `✖ ${i.file} → ${i.field}\n  ${i.problem}\n  Fix: ${i.fix}`).join('\n\n');
}

/** The message a build stops with when content has issues. */
export function contentProblemsMessage(issues: ContentIssue[]): string {
  return `${issues.length} content problem(s); nothing was published:\n\n${formatIssues(issues)}\n`;
}

/**
 * What a build throws for content mistakes: the message says everything (file,
 * field or line, fix), so it carries no stack trace, which would only bury it.
 */
export class ContentProblemsError extends Error {
  override name = 'ContentProblemsError';
  /** Astro prints it under the message. */
  hint = 'Fix the files above; `npm run test:unit` checks the whole content tree in seconds.';
  constructor(issues: ContentIssue[]) {
    super(contentProblemsMessage(issues));
    this.stack = '';
  }
  /**
   * Astro hints "Browser APIs are not available on the server" for any error
   * whose text holds "document" or "window", as content problems often do
   * ("identity document"); it reads the text through toString.
   */
  override toString(): string {
    return this.name;
  }
}
