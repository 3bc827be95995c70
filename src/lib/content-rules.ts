/**
 * Cross-entry content rules that a per-file zod schema cannot express. Pure
 * functions over plain data, run at build time (src/data/catalog.ts) and by
 * vitest over the whole content tree (tests/unit/content-tree.test.ts).
 */
import { extractUrls } from './inline-markdown';
import { guideFile, parseGuideId } from './content-paths';

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

interface Linkable {
  url: string;
}

export interface CountryFacts {
  regulator: Linkable;
  officialLinks: Linkable[];
}

export interface CarrierFacts {
  /** Country id, e.g. `pk`. */
  country: string;
  website: string;
  officialLinks: Linkable[];
}

export interface PageFacts {
  /** Collection id, e.g. `zh-cn/pk/jazz`. */
  id: string;
  /** Frontmatter, with references flattened to ids (`pk`, `pk/jazz`). */
  data: {
    type: 'guide' | 'overview';
    carrier?: string;
    country?: string;
    sources: Linkable[];
    steps?: { id: string; alternativeTo?: string | undefined }[];
    rules?: { id: string }[];
    specialCases?: { id: string }[];
    [field: string]: unknown;
  };
  /** Where the links of the MDX body go (`mailto:…`; web links there are refused earlier). */
  bodyLinks: string[];
}

export interface ContentFacts {
  countries: Map<string, CountryFacts>;
  carriers: Map<string, CarrierFacts>;
  pages: PageFacts[];
  /** Locale folders allowed under content/guides. */
  locales: readonly string[];
  /** The locale every translation is compared with. */
  referenceLocale: string;
}

/** Runs every rule; an empty list means the content can be published. */
export function checkContent(facts: ContentFacts): ContentIssue[] {
  return [
    ...checkCarrierCountries(facts),
    ...checkEnglishOriginals(facts),
    ...facts.pages.flatMap((page) => [
      ...checkPageIdentity(page, facts),
      ...checkStepAlternatives(page),
      ...checkLinkDomains(page, facts),
    ]),
    ...checkTranslationParity(facts),
  ];
}

export function checkCarrierCountries({ carriers, countries }: ContentFacts): ContentIssue[] {
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
export function checkEnglishOriginals({
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
export function checkPageIdentity(page: PageFacts, facts: ContentFacts): ContentIssue[] {
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

export function checkStepAlternatives(page: PageFacts): ContentIssue[] {
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

/** Host names a page may link to: its sources and the official links of its carrier and country. */
export function allowedHosts(page: PageFacts, facts: ContentFacts): Set<string> {
  const { country } = parseGuideId(page.id);
  const urls: string[] = page.data.sources.map((s) => s.url);
  const countryFacts = facts.countries.get(country);
  if (countryFacts) {
    urls.push(countryFacts.regulator.url, ...countryFacts.officialLinks.map((l) => l.url));
  }
  const carrier = page.data.carrier ? facts.carriers.get(page.data.carrier) : undefined;
  if (carrier) urls.push(carrier.website, ...carrier.officialLinks.map((l) => l.url));
  return new Set(urls.map(hostOf));
}

/** The site a URL belongs to (`www.` dropped); for `mailto:` the e-mail domain. */
export function hostOf(url: string): string {
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

export function checkLinkDomains(page: PageFacts, facts: ContentFacts): ContentIssue[] {
  const allowed = allowedHosts(page, facts);
  const links = [
    ...textFields(page.data, '').flatMap(([field, text]) => extractUrls(text).map((url) => ({ field, url }))),
    ...page.bodyLinks.map((url) => ({ field: '(body)', url })),
  ];
  return links
    .filter(({ url }) => !allowed.has(hostOf(url)))
    .map(({ field, url }) => ({
      file: guideFile(page.id),
      field,
      problem: `Link to ${url}: its domain is not among the page's sources or official links.`,
      fix: 'Add the page to sources (official pages first) or remove the link. Promotional links are never allowed.',
    }));
}

/** Every translation has an English original with the same ordered ids. */
export function checkTranslationParity(facts: ContentFacts): ContentIssue[] {
  const byId = new Map(facts.pages.map((p) => [p.id, p]));
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

/** One readable block per issue, for the build log. */
export function formatIssues(issues: ContentIssue[]): string {
  return issues.map((i) => `✖ ${i.file} → ${i.field}\n  ${i.problem}\n  Fix: ${i.fix}`).join('\n\n');
}

/** The message a build stops with when content has issues. */
export function contentProblemsMessage(issues: ContentIssue[]): string {
  return `${issues.length} content problem(s); nothing was published:\n\n${formatIssues(issues)}\n`;
}
