/**
 * Loads Pagefind only when the reader starts searching, and runs queries
 * against the index of the page's own language (Pagefind picks it from
 * `<html lang>`). Every query is normalised first, mistyped carrier and
 * country names are corrected, and results are ordered before any result
 * fragment is downloaded (see src/lib/search.ts).
 */
import {
  anchoredSubResults,
  chineseWordQueries,
  correctNames,
  withSiteWords,
  namedPages,
  orderResultIds,
  queryNames,
  toPagefindFilters,
  topicOf,
  typedQuery,
  nameWordsOf,
  type FilterSelection,
  type NamedPage,
  type SiteNames,
  type SubResult,
} from '../lib/search';
import { toScript } from '../lib/chinese-variants';

const nameWordsByIndex = new WeakMap<NamedPage[], Set<string>>();
/** The words of the names list, worked out once per index. */
function nameWords(pages: NamedPage[]): Set<string> {
  let words = nameWordsByIndex.get(pages);
  if (!words) nameWordsByIndex.set(pages, (words = nameWordsOf(pages)));
  return words;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around the hits. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  steps: SubResult[];
}

/**
 * Search could not run: Pagefind or its index did not load. `offline` when the
 * browser knows it has no network. The next search starts a fresh load.
 */
export class SearchUnavailable extends Error {
  constructor(
    readonly offline: boolean,
    options?: { cause?: unknown },
  ) {
    super(offline ? 'Search needs a network connection' : 'Search could not load', options);
    this.name = 'SearchUnavailable';
  }
}

interface Loaded {
  pagefind: Pagefind;
  /** Guides and overviews of this index, with their names (site-names.<lang>.json). */
  pages: NamedPage[];
  /** Words readers type → the site's words for them (see withSiteWords). */
  readersWords: SiteNames['readersWords'];
  /** For a Chinese index: the character map into its script (zh-variants.<lang>.json), so either script finds its pages. */
  script?: Record<string, string> | undefined;
}

let loading: Promise<Loaded> | undefined;
/** Failed loads so far: each retry imports Pagefind afresh (a new URL), since a failed module or chunk stays failed. */
let failures = 0;

function unavailable(cause: unknown): SearchUnavailable {
  return new SearchUnavailable(!navigator.onLine, { cause });
}

/** Forgets a failed Pagefind, so the next search loads it again. */
function forget() {
  loading = undefined;
  failures++;
}

export function loadPagefind(): Promise<Loaded> {
  if (!loading) {
    const attempt = failures ? `?attempt=${failures}` : '';
    const lang = document.documentElement.lang.toLowerCase();
    const started = (async () => {
      const names = fetch(new URL(`/pagefind/site-names.${lang}.json${attempt}`, location.href)).then(
        async (r) => {
          if (!r.ok) throw new Error(`site-names.${lang}.json: HTTP ${r.status}`);
          return (await r.json()) as SiteNames;
        },
      );
      names.catch(() => undefined); // reported below, once
      // A Chinese reader may type the other script: convert the query into this index's.
      const script = lang.startsWith('zh-')
        ? fetch(new URL(`/pagefind/zh-variants.${lang}.json${attempt}`, location.href)).then(async (r) => {
            if (!r.ok) throw new Error(`zh-variants.${lang}.json: HTTP ${r.status}`);
            return (await r.json()) as Record<string, string>;
          })
        : Promise.resolve(undefined);
      script.catch(() => undefined); // reported below, once
      const url = new URL(`/pagefind/pagefind.js${attempt}`, location.href).href;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      // On the main thread: Pagefind's web worker gives up when its start
      // (the WebAssembly download included) takes over 5 s, as on a slow
      // connection or a busy phone, and then Pagefind downloads it all again
      // on the main thread (some 70 KB more). Searching an index this small
      // takes milliseconds, so the worker would keep little off the page.
      await pagefind.options({ excerptLength: 24, noWorker: true });
      await pagefind.init();
      const { pages, readersWords } = await names;
      return { pagefind, pages, readersWords, script: await script };
    })();
    loading = started;
    started.catch(() => {
      if (loading === started) forget();
    });
  }
  return loading.catch((error: unknown) => {
    throw unavailable(error);
  });
}

/** Pagefind's results for a term, with those of each Chinese word alone added after them. */
async function resultsFor(
  pf: Pagefind,
  term: string | null,
  filters: Record<string, unknown>,
): Promise<PagefindResult[]> {
  const options = { filters };
  const searches = [term, ...chineseWordQueries(term ?? '')].map((t) => pf.search(t, options));
  const results: PagefindResult[] = [];
  const seen = new Set<string>();
  for (const found of await Promise.all(searches)) {
    for (const result of found?.results ?? []) {
      if (!seen.has(result.id)) {
        seen.add(result.id);
        results.push(result);
      }
    }
  }
  return results;
}

/** The ordered results of one query and filter set, kept so that "Show more" pages through the same list. */
interface Ranked {
  key: string;
  total: number;
  /** Result ids in display order. */
  ids: string[];
  /** For each id, the result whose sections to show. */
  results: Map<string, PagefindResult>;
}

let last: Ranked | undefined;

async function rank(
  pf: Pagefind,
  pages: NamedPage[],
  query: string,
  filters: FilterSelection,
): Promise<Ranked> {
  const term = correctNames(query, pages);
  const key = JSON.stringify([term, filters]);
  if (last?.key === key) return last;
  const pagefindFilters = toPagefindFilters(filters);
  const named = term ? namedPages(term, pages) : [];
  const topic = topicOf(term, named);
  const [found, onTopic] = await Promise.all([
    resultsFor(pf, term || null, pagefindFilters),
    topic && topic !== term ? resultsFor(pf, topic, pagefindFilters) : Promise.resolve([]),
  ]);
  const results = new Map(found.map((r) => [r.id, r]));
  // A page the query names belongs in the results even when the rest of the
  // query is in words its page does not use ("Ufone abroad" on an Urdu page).
  if (Object.keys(pagefindFilters).length === 0) {
    for (const page of named.filter((p) => !results.has(p.id))) {
      const byName = await resultsFor(pf, page.names.find((n) => queryNames(term, n)) ?? page.names[0]!, {});
      const result = byName.find((r) => r.id === page.id);
      if (result) results.set(result.id, result);
    }
  }
  // Sections come from the search for the topic alone, where the page has it:
  // the carrier's name is in every section of its guide and says nothing about which one.
  for (const result of onTopic) if (results.has(result.id)) results.set(result.id, result);
  const ids = orderResultIds([...results.keys()], term, pages);
  last = { key, total: ids.length, ids, results };
  return last;
}

/**
 * Searches. An empty query with filters lists every page that matches the
 * filters. Only the first `detailed` hits come with an excerpt and sections
 * (each costs a fragment download); the others are listed by title. When
 * `current()` turns false before fragments load, none are fetched. `offset` pages through the same ordered list, so pages never
 * overlap. Throws {@link SearchUnavailable} when Pagefind cannot load; the next
 * call tries again. Callers debounce their own input: Pagefind's
 * `debouncedSearch` is global, so the header box and the search page would
 * cancel each other.
 */
export async function search(
  query: string,
  filters: FilterSelection = {},
  limit = 8,
  offset = 0,
  {
    detailed = limit,
    current = () => true,
    pause = 0,
    typing = false,
  }: {
    detailed?: number;
    current?: () => boolean;
    /** Milliseconds to wait, after ranking, for the reader to stop typing before fragments load. */
    pause?: number;
    /** The query is being typed: leave out a last word that is only the start of one ({@link typedQuery}). */
    typing?: boolean;
  } = {},
): Promise<{ total: number; hits: SearchHit[] }> {
  const { pagefind, pages, readersWords, script } = await loadPagefind();
  try {
    if (typing) query = typedQuery(query, nameWords(pages));
    const inSiteWords = withSiteWords(script ? toScript(query, script) : query, readersWords);
    const ranked = await rank(pagefind, pages, inSiteWords, filters);
    if (pause && detailed > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    // The reader typed on while the index loaded: no fragment for an answer nobody will see.
    if (!current()) return { total: ranked.total, hits: [] };
    const byId = new Map(pages.map((p) => [p.id, p]));
    // Each result's data is a fragment of a few KB: load only what is shown
    // with its sections; a page of the names list can be listed without it.
    const hits = await Promise.all(
      ranked.ids.slice(offset, offset + limit).map(async (id, i): Promise<SearchHit> => {
        const page = byId.get(id);
        if (i >= detailed && page?.title) {
          const meta = { title: page.title, carrier: page.carrier, country: page.countryName };
          return { url: page.url, title: page.title, excerpt: '', meta, steps: [] };
        }
        const d = await ranked.results.get(id)!.data();
        return {
          url: d.url,
          title: d.meta.title ?? d.url,
          excerpt: d.excerpt,
          meta: d.meta,
          steps: anchoredSubResults(d.sub_results),
        };
      }),
    );
    return { total: ranked.total, hits };
  } catch (error) {
    // A chunk or fragment that failed to download stays failed inside this Pagefind.
    last = undefined;
    if (loading) forget();
    throw unavailable(error);
  }
}

export async function availableFilters(): Promise<Record<string, Record<string, number>>> {
  const { pagefind } = await loadPagefind();
  try {
    return await pagefind.filters();
  } catch (error) {
    if (loading) forget();
    throw unavailable(error);
  }
}
