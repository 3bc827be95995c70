import { describe, expect, it } from 'vitest';
import {
  anchoredSubResults,
  chineseWordQueries,
  guideSearchData,
  promoteNamedPages,
  queryNames,
  searchAliases,
  normalizeQuery,
  readSearchParams,
  toPagefindFilters,
  writeSearchParams,
} from '../../src/lib/search';

describe('search query normalisation', () => {
  it('removes Arabic diacritics and tatweel so both spellings find the same words', () => {
    expect(normalizeQuery('إِلْغَاء الشَّرِيحَة')).toBe('إلغاء الشريحة');
    expect(normalizeQuery('البحـــرين')).toBe('البحرين');
  });

  it('keeps Urdu letters and removes Urdu diacritics', () => {
    expect(normalizeQuery('پاکِستان')).toBe('پاکستان');
  });

  it('turns full-width Latin into ASCII and collapses spaces', () => {
    expect(normalizeQuery('  Ｊａｚｚ   ＳＩＭ ')).toBe('Jazz SIM');
  });

  it('leaves Chinese, Kazakh and Filipino text alone', () => {
    expect(normalizeQuery('巴基斯坦注销')).toBe('巴基斯坦注销');
    expect(normalizeQuery('Қазақстан ұялы')).toBe('Қазақстан ұялы');
    expect(normalizeQuery('nawalang SIM')).toBe('nawalang SIM');
  });
});

describe('search URLs', () => {
  it('round-trip a query and its filters', () => {
    const params = writeSearchParams('lost sim', { country: ['Pakistan'], plan: ['Prepaid', 'Postpaid'] });
    expect(params.toString()).toBe('q=lost+sim&country=Pakistan&plan=Prepaid&plan=Postpaid');
    expect(readSearchParams(params)).toEqual({
      query: 'lost sim',
      filters: { country: ['Pakistan'], plan: ['Prepaid', 'Postpaid'] },
    });
  });

  it('build Pagefind filters only from chosen values', () => {
    expect(toPagefindFilters({ country: ['Pakistan'], carrier: [] })).toEqual({
      country: { any: ['Pakistan'] },
    });
  });
});

describe('sub-results', () => {
  it('put steps, special cases and rules before other sections', () => {
    const step = (id: string) => ({ title: id, url: `/en/pk/jazz/#${id}`, excerpt: '', anchor: { id } });
    expect(
      anchoredSubResults([step('what-to-bring'), step('case-lost-sim'), step('money'), step('step-a')]),
    ).toEqual([step('case-lost-sim'), step('step-a'), step('what-to-bring')]);
  });

  it('rank sections by the scores of their hits', () => {
    const scored = (id: string, ...scores: number[]) => ({
      title: id,
      url: `#${id}`,
      excerpt: '',
      anchor: { id },
      weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
    });
    const consider = scored('step-consider-porting', 512, 512);
    const store = scored('step-visit-store', 12803, 512);
    const lost = scored('case-lost-sim', 12803, 12803, 128);
    expect(anchoredSubResults([consider, store, lost], 2)).toEqual([lost, store]);
  });

  it('keep only anchored sections, best first', () => {
    const page = { title: 'Jazz', url: '/en/pk/jazz/', excerpt: '' };
    const step = (id: string) => ({ title: id, url: `/en/pk/jazz/#${id}`, excerpt: '', anchor: { id } });
    expect(
      anchoredSubResults([page, step('step-a'), step('case-lost-sim'), step('step-b'), step('step-c')]),
    ).toEqual([step('step-a'), step('case-lost-sim'), step('step-b')]);
  });
});

describe('search data', () => {
  it('lists each alias once, skipping names already on the page', () => {
    expect(searchAliases(['Mobilink', 'Jazz', 'mobilink', 'جاز', 'Pakistan'], ['Jazz', 'Pakistan'])).toEqual([
      'Mobilink',
      'جاز',
    ]);
  });

  it('turns a guide’s facts into filters and metadata', () => {
    const data = guideSearchData({
      country: 'Pakistan',
      carrier: 'Jazz',
      methods: ['In store'],
      plans: ['Prepaid', 'Postpaid'],
      difficulty: 'Medium',
      verified: '22 November 2026',
      names: ['Jazz', 'Mobilink'],
    });
    expect(data.filters).toEqual({
      country: ['Pakistan'],
      carrier: ['Jazz'],
      method: ['In store'],
      plan: ['Prepaid', 'Postpaid'],
      difficulty: ['Medium'],
    });
    expect(data.meta).toEqual({
      kind: 'guide',
      country: 'Pakistan',
      carrier: 'Jazz',
      verified: '22 November 2026',
      names: 'Jazz|Mobilink',
    });
  });
});

describe('pages named by the query', () => {
  const page = (url: string, kind: string, names: string[]) => ({
    url,
    meta: { kind, names: names.join('|') },
  });
  const ufone = page('/zh-cn/pk/ufone/', 'guide', ['Ufone', 'PTML', 'U']);
  const pakistan = page('/zh-cn/pk/', 'overview', ['巴基斯坦', 'Pakistan']);
  const jazz = page('/zh-cn/pk/jazz/', 'guide', ['Jazz', 'Mobilink']);

  it('put the overview first when the query names a country, even inside Chinese text', () => {
    expect(promoteNamedPages([ufone, jazz, pakistan], '巴基斯坦注销').map((p) => p.url)).toEqual([
      '/zh-cn/pk/',
      '/zh-cn/pk/ufone/',
      '/zh-cn/pk/jazz/',
    ]);
  });

  it('put a named carrier before its country', () => {
    expect(promoteNamedPages([pakistan, ufone, jazz], 'Pakistan Jazz卡').map((p) => p.url)[0]).toBe(
      '/zh-cn/pk/jazz/',
    );
  });

  it('match names as whole words in spaced scripts, so short aliases do not fire inside words', () => {
    expect(queryNames('cancel Ufone', 'U')).toBe(false);
    expect(queryNames('Turkey', 'TM')).toBe(false);
    expect(queryNames('stc bill', 'stc')).toBe(true);
    expect(queryNames('البحرين', 'البحرين')).toBe(true);
    expect(queryNames('عن البحرين', 'بحرين')).toBe(false);
  });

  it('keep Pagefind’s order when nothing is named', () => {
    expect(promoteNamedPages([ufone, jazz, pakistan], 'lost SIM')).toEqual([ufone, jazz, pakistan]);
  });
});

describe('Chinese query words', () => {
  it('searches the words of a Chinese query alone, dropping one-character pieces', () => {
    expect(chineseWordQueries('巴基斯坦注销')).toEqual(['巴基斯坦']);
    expect(chineseWordQueries('哈萨克斯坦')).toEqual(['哈萨克', '斯坦']);
    expect(chineseWordQueries('Jazz卡')).toEqual(['Jazz']);
  });

  it('adds nothing to queries without Chinese characters, or to a single word', () => {
    expect(chineseWordQueries('lost SIM')).toEqual([]);
    expect(chineseWordQueries('Қазақстан')).toEqual([]);
    expect(chineseWordQueries('菲律宾')).toEqual([]);
  });
});
