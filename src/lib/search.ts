/**
 * Pure helpers for search: query normalisation, the indexed filter values,
 * and which sub-results to show. Shared by the build (what gets indexed) and
 * the browser (what gets asked), and tested by vitest.
 */

/** Arabic-script marks readers may or may not type: harakat, superscript alef, tatweel. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * Normalises a query the way the index text is written: Unicode NFKC (full-width
 * Latin → ASCII, presentation forms → letters), Arabic/Urdu diacritics and
 * tatweel removed, whitespace collapsed.
 */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(ARABIC_MARKS, '').replace(/\s+/g, ' ').trim();
}

/** Filter keys, in the order the search page shows them. Labels come from UI strings. */
export const filterKeys = ['country', 'carrier', 'method', 'plan', 'difficulty'] as const;
export type FilterKey = (typeof filterKeys)[number];
export type FilterSelection = Partial<Record<FilterKey, string[]>>;

/** Reads `?q=…&country=…&carrier=…` from a search page URL. */
export function readSearchParams(params: URLSearchParams): { query: string; filters: FilterSelection } {
  const filters: FilterSelection = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return { query: params.get('q') ?? '', filters };
}

/** Writes a query and filters back into URL parameters, so a search is linkable. */
export function writeSearchParams(query: string, filters: FilterSelection): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const key of filterKeys) for (const value of filters[key] ?? []) params.append(key, value);
  return params;
}

/** Pagefind filter syntax: `{ country: { any: [...] } }` for every non-empty key. */
export function toPagefindFilters(filters: FilterSelection): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values && values.length > 0)
      .map(([key, values]) => [key, { any: values ?? [] }]),
  );
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string } | undefined;
  /** Pagefind's per-hit scores: rare query words score higher than common ones. */
  weighted_locations?: { balanced_score: number }[] | undefined;
}

/** How well a section matches: the sum of its hits' scores. */
function relevance(sub: SubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, hit) => sum + hit.balanced_score, 0);
}

/** Anchors a reader acts on: steps, special cases and national rules. */
const ACTIONABLE = /^(step|case|rule)-/;

/**
 * The sub-results worth showing under a page result, at most `limit`: steps,
 * special cases and rules first (a query about a lost SIM should land on that
 * section, not on the "What to bring" heading), then other anchored sections;
 * within each group the best match first. Pagefind itself returns sections in
 * page order.
 */
export function anchoredSubResults(subResults: SubResult[], limit = 3): SubResult[] {
  const byRelevance = subResults
    .filter((s) => s.anchor?.id)
    .map((sub, index) => ({ sub, index, score: relevance(sub) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ sub }) => sub);
  const actionable = byRelevance.filter((s) => ACTIONABLE.test(s.anchor?.id ?? ''));
  const other = byRelevance.filter((s) => !ACTIONABLE.test(s.anchor?.id ?? ''));
  return [...actionable, ...other].slice(0, limit);
}

/** Names a page should be findable by, in every script, without repeats or the names already shown. */
export function searchAliases(names: Iterable<string | undefined>, shown: string[] = []): string[] {
  const seen = new Set(shown.map((n) => n.toLocaleLowerCase()));
  const result: string[] = [];
  for (const name of names) {
    if (!name) continue;
    const key = name.toLocaleLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      result.push(name);
    }
  }
  return result;
}

/** The facts of a guide that become Pagefind filters, already translated. */
export interface GuideFacets {
  country: string;
  carrier: string;
  methods: string[];
  plans: string[];
  difficulty: string;
  verified: string;
  /** Every name of the carrier (all scripts, former names): see {@link promoteNamedPages}. */
  names: string[];
}

/** Filters and metadata for a carrier guide. */
export function guideSearchData(f: GuideFacets): {
  filters: Record<FilterKey, string[]>;
  meta: Record<string, string>;
} {
  return {
    filters: {
      country: [f.country],
      carrier: [f.carrier],
      method: f.methods,
      plan: f.plans,
      difficulty: [f.difficulty],
    },
    meta: {
      kind: 'guide',
      country: f.country,
      carrier: f.carrier,
      verified: f.verified,
      names: f.names.join(NAMES_SEPARATOR),
    },
  };
}

/** Letters of scripts that write spaces between words; a name must not touch them. */
const WORD_CHAR = '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Arabic}\\p{N}]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `name` stands in `query` as a whole word (Chinese names may touch other Chinese text). */
export function queryNames(query: string, name: string): boolean {
  const needle = normalizeQuery(name);
  if (needle.length < 2) return false;
  const pattern = new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(needle)}(?!${WORD_CHAR})`, 'iu');
  return pattern.test(normalizeQuery(query));
}

/** Separator of the `names` metadata value. */
export const NAMES_SEPARATOR = '|';

/**
 * Puts the page a query names first: a carrier guide whose carrier is named
 * ("Mobilink", "巴林 VIVA"), else a country overview whose country is named
 * ("巴基斯坦注销"). Pagefind ranks by word statistics, and Chinese
 * segmentation can bury the overview under longer guides that repeat the
 * country name. Otherwise Pagefind's order is kept.
 */
export function promoteNamedPages<T extends { meta: Record<string, string | undefined> }>(
  hits: T[],
  query: string,
): T[] {
  const rank = (hit: T) => {
    const names = (hit.meta.names ?? '').split(NAMES_SEPARATOR).filter(Boolean);
    if (!names.some((name) => queryNames(query, name))) return 0;
    return hit.meta.kind === 'guide' ? 2 : 1;
  };
  return hits
    .map((hit, index) => ({ hit, index, rank: rank(hit) }))
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .map(({ hit }) => hit);
}

const HAN = /\p{Script=Han}/u;

/**
 * Extra queries for a Chinese query. Pagefind splits a Chinese query into
 * dictionary words that may not match how the same text was split when it was
 * indexed ("哈萨克斯坦" → 哈萨克|斯坦, "注销" → 注|销), and a query word
 * matches only the start of an indexed word. So each word of two or more
 * characters is also searched alone, and its results are added after those
 * of the whole query. Empty for queries without Chinese characters.
 */
export function chineseWordQueries(query: string): string[] {
  if (!HAN.test(query)) return [];
  const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(normalizeQuery(query))]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment)
    .filter((word) => !HAN.test(word) || [...word].length >= 2);
  return [...new Set(words)].filter((word) => word !== query);
}
