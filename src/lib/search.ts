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

/** Results the search page lists at first and adds with each "Show more": each costs a fragment download of a few KB. */
export const resultsPerPage = 4;

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

/** What a page tells Pagefind about itself, in the reader's locale: filters and metadata. */
export interface SearchData {
  filters: FilterSelection;
  meta: Record<string, string>;
}

/** Filters and metadata for a carrier guide. */
export function guideSearchData(f: GuideFacets): SearchData {
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

/** Filters and metadata for a country overview. */
export function overviewSearchData(f: Pick<GuideFacets, 'country' | 'verified' | 'names'>): SearchData {
  return {
    filters: { country: [f.country] },
    meta: {
      kind: 'overview',
      country: f.country,
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

/**
 * The pattern of a name as a whole word of a query, written the way queries
 * are compared: normalised, with Chinese spaced from Latin and digits
 * ("3香港" → "3 香港"). Undefined for names too short to tell from a letter.
 */
function namePattern(name: string, { matchCase = false } = {}): RegExp | undefined {
  const needle = spaceScripts(normalizeQuery(name));
  if (needle.length < 2) return undefined;
  return new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(needle)}(?!${WORD_CHAR})`, matchCase ? 'u' : 'iu');
}

/** True when `name` stands in `query` as a whole word (Chinese names may touch other Chinese text). */
export function queryNames(query: string, name: string): boolean {
  return namePattern(name)?.test(spaceScripts(normalizeQuery(query))) ?? false;
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

/**
 * A page readers can name: a carrier guide or a country overview. The build
 * writes one list per index (`/pagefind/site-names.<lang>.json`) with
 * Pagefind's id of each page, so the client can reorder Pagefind's results
 * before it downloads a single result fragment.
 */
export interface NamedPage {
  /** Pagefind's result id (the page's fragment hash). */
  id: string;
  url: string;
  kind: 'guide' | 'overview';
  /** ISO code of the page's country, from its URL. */
  country: string;
  /** Every name of the carrier (guides) or country (overviews), in every script. */
  names: string[];
  /** The page's title, and its carrier's and country's names in the reader's language. */
  title?: string;
  carrier?: string;
  countryName?: string;
  /**
   * Words of the site's own text that {@link correctedName} would take for a
   * mistyped name of this page ("hotline" for Hotlink, "STAC" for stc),
   * folded: a reader who types one means the word. See {@link withLookalikes}.
   */
  lookalikes?: string[];
}

/**
 * What the build writes per index (`/pagefind/site-names.<lang>.json`): the
 * pages readers can name, and the words readers type that the pages say
 * otherwise ({@link withSiteWords}).
 */
export interface SiteNames {
  pages: NamedPage[];
  /** A word readers type → the site's word for it, from the locale's glossary. */
  readersWords: Record<string, string>;
}

/**
 * The query in the site's words: Pagefind finds only pages that have every
 * word of a query, so a reader's 解约 or "batalkan" must become the 终止 or
 * "tamatkan" the guides say (src/i18n/glossary/). Chinese words are replaced
 * wherever they stand, since Chinese writes no spaces; others only whole.
 */
export function withSiteWords(query: string, readersWords: Record<string, string>): string {
  const typed = Object.keys(readersWords).sort((a, b) => b.length - a.length);
  if (typed.length === 0) return query;
  const pattern = typed
    .map((word) =>
      HAN.test(word) ? escapeRegExp(word) : `(?<!${WORD_CHAR})${escapeRegExp(word)}(?!${WORD_CHAR})`,
    )
    .join('|');
  // One pass, so a site's word is never taken for a reader's.
  const lower = new Map(typed.map((word) => [word.toLocaleLowerCase(), readersWords[word]!]));
  return normalizeQuery(query).replace(
    new RegExp(pattern, 'giu'),
    (word) => lower.get(word.toLocaleLowerCase()) ?? word,
  );
}

const HAN_LATIN_EDGE =
  /(?<=\p{Script=Han})(?=[\p{Script=Latin}\p{Script=Cyrillic}\p{N}])|(?<=[\p{Script=Latin}\p{Script=Cyrillic}\p{N}])(?=\p{Script=Han})/gu;

/**
 * What to search while the reader is still typing: the query without a last
 * word that is most likely the start of a longer one: a single letter, or two
 * letters that are not a name the site knows (EE, O2 and du are). Searching it
 * fetches the index chunk of the words starting with it (about 4 KB each) for
 * results nobody reads: typed at a phone's pace, "how to check sims on my
 * CNIC" cost 175 KB where the budget is 150. A one-word query, and Chinese
 * characters (each a word of its own), are searched as they are.
 */
export function typedQuery(query: string, nameWords: ReadonlySet<string> = new Set()): string {
  const words = query.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  const letters = [...last];
  const partial =
    words.length > 1 &&
    /^\p{L}+$/u.test(last) &&
    !/\p{Script=Han}/u.test(last) &&
    (letters.length === 1 || (letters.length === 2 && !nameWords.has(last.toLocaleLowerCase())));
  return (partial ? words.slice(0, -1) : words).join(' ');
}

/** Every word of the pages' names, lower-cased, for {@link typedQuery}. */
export function nameWordsOf(pages: NamedPage[]): Set<string> {
  return new Set(pages.flatMap((page) => page.names.flatMap(wordsOf)).map((w) => w.toLocaleLowerCase()));
}

/** Puts a space where Chinese meets Latin, Cyrillic or digits: "巴基斯坦Ufone销号" → "巴基斯坦 Ufone 销号". */
export function spaceScripts(query: string): string {
  return query.replace(HAN_LATIN_EDGE, ' ');
}

/** Case, accents, Arabic marks and ё/й folded away, for comparing a typed word with a name. */
function fold(text: string): string {
  return normalizeQuery(text).toLocaleLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Edit distance with adjacent transpositions (optimal string alignment), over code points. */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) d[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[s.length]![t.length]!;
}

const LETTERS = /^[\p{L}\p{N}-]+$/u;

/** Folded names, computed once each: every typed word is compared with all of them. */
const foldedNames = new Map<string, string>();

function foldName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) foldedNames.set(name, (folded = fold(name)));
  return folded;
}

/**
 * The carrier or country name a mistyped word stands for, if any: "jazzz" →
 * Jazz, "kazakstan" → Kazakhstan, "билаин" → Билайн. Pagefind has no fuzzy
 * matching, but names are a short list. A word is corrected only when it is
 * no name itself, starts with the same letter (typos rarely hit the first
 * one), and is within one edit (two from eight letters on: "телефон", a
 * phone, is two edits from Теленор); below six letters the edit must be a
 * letter added, dropped or swapped with its neighbour. A word that merely
 * extends a name ("active", "globes") is kept, unless it only repeats the
 * name's last letter ("jazzz"). A prefix of a name is completed only when one
 * name is a single letter longer ("vodafon", "kcel": the last letter dropped,
 * or about to be typed); other prefixes are left to Pagefind, which matches them.
 */
export function correctedName(word: string, names: Iterable<string>): string | undefined {
  const typed = fold(word);
  const length = [...typed].length;
  if (length < 4 || !LETTERS.test(typed) || HAN.test(typed)) return undefined;
  let best: { name: string; distance: number } | undefined;
  let prefixOf = false;
  const completions = new Map<string, string>();
  for (const name of names) {
    if (name.includes(' ')) continue;
    const known = foldName(name);
    if (known === typed) {
      // Only accents or ё/й differ ("билаин"): Pagefind needs the name's own spelling.
      if (normalizeQuery(name).toLocaleLowerCase() === normalizeQuery(word).toLocaleLowerCase())
        return undefined;
      best = { name, distance: 0 };
      continue;
    }
    if (known.startsWith(typed)) {
      prefixOf = true;
      if ([...known].length === length + 1 && /\p{L}$/u.test(known) && !completions.has(known))
        completions.set(known, name);
      continue;
    }
    if ([...known].length < 3 || known[0] !== typed[0]) continue;
    if (typed.startsWith(known) && !/^(.)\1*$/u.test(typed.slice(known.length) + known.at(-1))) continue;
    // A short word with one letter swapped for another is more often another word ("zone", "Zong").
    if (length < 6 && [...known].length === length && [...known].sort().join() !== [...typed].sort().join())
      continue;
    const distance = editDistance(typed, known);
    if (distance <= (length >= 8 ? 2 : 1) && (!best || distance < best.distance)) best = { name, distance };
  }
  if (best?.distance === 0) return best.name;
  if (prefixOf) return completions.size === 1 ? [...completions.values()][0] : undefined;
  return best?.name;
}

/**
 * The query with mistyped carrier and country names replaced by the names
 * (see {@link correctedName}), leaving the words the site itself uses.
 */
export function correctNames(query: string, pages: NamedPage[]): string {
  const names = [...new Set(pages.flatMap((p) => p.names))];
  const words = new Set(pages.flatMap((p) => p.lookalikes ?? []));
  return spaceScripts(normalizeQuery(query))
    .split(' ')
    .map((word) => (words.has(fold(word)) ? word : (correctedName(word, names) ?? word)))
    .join(' ');
}

/** The words of a text, as {@link withLookalikes} compares them with names. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}-]+/gu) ?? [];
}

/**
 * The pages with their lookalikes: the site's words (of its indexed text, at
 * build time) that {@link correctedName} would turn into one of their names.
 * A word the site uses is no typo, however close to a name it is: "hotline"
 * is not Hotlink, "STAC" is not stc, "الاتصالات" is not اتصالات.
 */
export function withLookalikes(pages: NamedPage[], words: Iterable<string>): NamedPage[] {
  // A correction keeps the first letter, so each word is compared with the names sharing it.
  const namesByInitial = new Map<string, string[]>();
  for (const name of new Set(pages.flatMap((p) => p.names))) {
    const initial = [...foldName(name)][0] ?? '';
    namesByInitial.set(initial, [...(namesByInitial.get(initial) ?? []), name]);
  }
  const lookalikes = new Map<string, Set<string>>();
  for (const word of new Set(words)) {
    const typed = fold(word);
    const name = correctedName(word, namesByInitial.get([...typed][0] ?? '') ?? []);
    // A name written with other accents ("Telefónica") is the name, not a lookalike.
    if (name && foldName(name) !== typed)
      lookalikes.set(name, (lookalikes.get(name) ?? new Set()).add(typed));
  }
  return pages.map((page) => {
    const words = page.names.flatMap((name) => [...(lookalikes.get(name) ?? [])]);
    return words.length > 0 ? { ...page, lookalikes: [...new Set(words)].sort() } : page;
  });
}

/** A country's two-letter code ("MY", "US"). */
const COUNTRY_CODE = /^\p{Lu}{2}$/u;

/** Each page's name patterns, built once: every search tests them all. */
const namePatterns = new WeakMap<NamedPage, RegExp[]>();

/**
 * The patterns of a page's names. A country's two-letter code names it only
 * in capitals: in lower case it is as often a word ("port my number", "help
 * us"), and the country's full names are there for readers who mean it.
 */
function pageNamePatterns(page: NamedPage): RegExp[] {
  let patterns = namePatterns.get(page);
  if (!patterns) {
    patterns = page.names
      .map((name) => namePattern(name, { matchCase: page.kind === 'overview' && COUNTRY_CODE.test(name) }))
      .filter((pattern) => pattern !== undefined);
    namePatterns.set(page, patterns);
  }
  return patterns;
}

/** The patterns of the names of `page` that stand in `query`. */
function namesInQuery(query: string, page: NamedPage): RegExp[] {
  const text = spaceScripts(normalizeQuery(query));
  return pageNamePatterns(page).filter((pattern) => pattern.test(text));
}

/** The pages whose carrier or country the query names. */
export function namedPages(query: string, pages: NamedPage[]): NamedPage[] {
  return pages.filter((p) => namesInQuery(query, p).length > 0);
}

/**
 * The query without the names it contains: what the reader wants to do, used
 * to pick the sections of a page ("Ufone SIM stolen" → "SIM stolen"). Empty
 * when the query is only names.
 */
export function topicOf(query: string, named: NamedPage[]): string {
  // Longest first, so "Vodafone UK" goes whole before "Vodafone" could leave "UK".
  const names = named
    .flatMap((p) => namesInQuery(query, p))
    .sort((a, b) => b.source.length - a.source.length);
  let topic = spaceScripts(normalizeQuery(query));
  for (const name of names) topic = topic.replace(new RegExp(name.source, `${name.flags}g`), ' ');
  return topic.replace(/\s+/g, ' ').trim();
}

/**
 * Orders Pagefind's result ids before any result is downloaded, so a named
 * page comes first wherever Pagefind ranked it and every page of results
 * slices the same list (no result can show twice):
 * 1. the guide of a carrier the query names;
 * 2. the overview of a country it names;
 * 3. other pages of those countries;
 * 4. when the query names nothing (a topic: "port my number"), the country
 *    overview Pagefind ranks highest, whose national rules answer it, before
 *    carrier guides. Only one: with a dozen countries in a language, all their
 *    overviews would bury the guides' own sections ("someone else's SIM").
 * Pagefind's order is kept within each group.
 */
export function orderResultIds(ids: string[], query: string, pages: NamedPage[]): string[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const named = namedPages(query, pages);
  const countries = new Set(named.map((p) => p.country));
  const topOverview = named.length === 0 ? ids.find((id) => byId.get(id)?.kind === 'overview') : undefined;
  const rank = (id: string) => {
    const page = byId.get(id);
    if (!page) return 0;
    if (named.includes(page)) return page.kind === 'guide' ? 4 : 3;
    if (countries.has(page.country)) return 2;
    return id === topOverview ? 1 : 0;
  };
  return ids
    .map((id, index) => ({ id, index, rank: rank(id) }))
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .map(({ id }) => id);
}

/** Plural categories of UI strings for result counts (`search.count.<category>`). */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof pluralCategories)[number];

/** The texts a search status is built from, in the reader's language. */
export interface StatusTexts {
  /** BCP 47 language of the page, for Intl.PluralRules. */
  lang: string;
  /** `{count} results` per plural category. */
  count: Record<PluralCategory, string>;
  /** `{results} for “{query}”`. */
  forQuery: string;
  /** `No results for “{query}”.` */
  noResults: string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The status line after a search: "1 result for “jazz”", "5 results" for a
 * filter-only search, "No results for “x”.". Shared by the header search box
 * and the search page.
 */
export function statusText(texts: StatusTexts, count: number, query: string): string {
  if (count === 0 && query) return texts.noResults.replace('{query}', query);
  let rules = pluralRules.get(texts.lang);
  if (!rules) pluralRules.set(texts.lang, (rules = new Intl.PluralRules(texts.lang)));
  const results = texts.count[rules.select(count) as PluralCategory].replace(
    '{count}',
    count.toLocaleString(texts.lang),
  );
  return query ? texts.forQuery.replace('{results}', results).replace('{query}', query) : results;
}
