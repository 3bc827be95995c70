/**
 * Loads Pagefind only when the reader starts searching, and runs queries
 * against the index of the page's own language (Pagefind picks it from
 * `<html lang>`). Every query is normalised first (see src/lib/search.ts).
 */
import {
  anchoredSubResults,
  chineseWordQueries,
  normalizeQuery,
  promoteNamedPages,
  toPagefindFilters,
  type FilterSelection,
  type SubResult,
} from '../lib/search';

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
  ): Promise<{ results: PagefindResult[] }>;
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

let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ excerptLength: 24 });
    await module.init();
    return module;
  })();
  return pagefind;
}

/**
 * Searches. An empty query with filters lists every page that matches the
 * filters. Callers debounce their own input: Pagefind's `debouncedSearch` is
 * global, so the header box and the search page would cancel each other.
 */
export async function search(
  query: string,
  filters: FilterSelection = {},
  limit = 8,
  offset = 0,
): Promise<{ total: number; hits: SearchHit[] }> {
  const term = normalizeQuery(query) || null;
  const pf = await loadPagefind();
  const options = { filters: toPagefindFilters(filters) };
  const found = await pf.search(term, options);
  // Chinese queries: add the results of each word alone (see chineseWordQueries).
  const results = [...found.results];
  const seen = new Set(results.map((r) => r.id));
  for (const extra of await Promise.all(
    chineseWordQueries(term ?? '').map((word) => pf.search(word, options)),
  )) {
    for (const result of extra.results) {
      if (!seen.has(result.id)) {
        seen.add(result.id);
        results.push(result);
      }
    }
  }
  // Each result's data is a fragment of several KB: load only what is shown.
  const data = await Promise.all(results.slice(offset, offset + limit).map((r) => r.data()));
  return {
    total: results.length,
    hits: (offset === 0 ? promoteNamedPages(data, query) : data).map((d) => ({
      url: d.url,
      title: d.meta.title ?? d.url,
      excerpt: d.excerpt,
      meta: d.meta,
      steps: anchoredSubResults(d.sub_results),
    })),
  };
}

export async function availableFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}
