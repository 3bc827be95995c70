import { describe, expect, it } from 'vitest';
import {
  anchoredSubResults,
  chineseWordQueries,
  correctedName,
  correctNames,
  editDistance,
  guideSearchData,
  orderResultIds,
  statusText,
  typedQuery,
  nameWordsOf,
  type PluralCategory,
  topicOf,
  promoteNamedPages,
  queryNames,
  searchAliases,
  normalizeQuery,
  readSearchParams,
  toPagefindFilters,
  withLookalikes,
  wordsOf,
  writeSearchParams,
  namedPages,
  type NamedPage,
  withSiteWords,
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

describe('mistyped names', () => {
  const names = [
    'Jazz',
    'Mobilink',
    'Globe',
    'GlobeOne',
    'Kazakhstan',
    'Bahrain',
    'Билайн',
    'activ',
    'Kcell',
    'Tele2',
  ];

  it('correct a word one edit from a carrier or country name', () => {
    expect(correctedName('jazzz', names)).toBe('Jazz');
    expect(correctedName('globle', names)).toBe('Globe');
    expect(correctedName('kazakstan', names)).toBe('Kazakhstan');
    expect(correctedName('bahrein', names)).toBe('Bahrain');
    expect(correctedName('Mobilnk', names)).toBe('Mobilink');
    expect(correctedName('kcll', names)).toBe('Kcell');
  });

  it('correct a longer word two edits from a name, but not a common word of seven letters', () => {
    expect(correctedName('phillipines', ['Philippines'])).toBe('Philippines');
    expect(correctedName('телефон', ['Теленор'])).toBeUndefined();
  });

  it('correct Cyrillic spellings that differ only in й or ё', () => {
    expect(correctedName('билаин', names)).toBe('Билайн');
    expect(correctedName('Билайн', names)).toBeUndefined();
  });

  it('complete a name one letter short, when only one name is', () => {
    expect(correctedName('kcel', names)).toBe('Kcell');
    expect(correctedName('vodafon', ['Vodafone', 'VodafoneThree', 'Vodafone UK'])).toBe('Vodafone');
    expect(correctedName('giffgaf', ['giffgaff', 'GiffGaff'])).toBe('giffgaff');
    expect(correctedName('Globe', names)).toBeUndefined();
    expect(correctedName('mobil', ['Mobily', 'Mobile'])).toBeUndefined();
  });

  it('leave names, prefixes being typed, other first letters and word endings alone', () => {
    expect(correctedName('jazz', names)).toBeUndefined();
    expect(correctedName('Tele', names)).toBeUndefined();
    expect(correctedName('Telen', ['Telenor'])).toBeUndefined();
    expect(correctedName('zone', ['Zong'])).toBeUndefined();
    expect(correctedName('long', ['Zong'])).toBeUndefined();
    expect(correctedName('active', names)).toBeUndefined();
    expect(correctedName('lost', names)).toBeUndefined();
  });

  it('correct names inside a query, splitting Chinese from Latin first', () => {
    const pages = [
      { id: 'a', url: '/zh-cn/pk/jazz/', kind: 'guide' as const, country: 'pk', names: ['Jazz'] },
      { id: 'b', url: '/zh-cn/pk/', kind: 'overview' as const, country: 'pk', names: ['巴基斯坦'] },
    ];
    expect(correctNames('巴基斯坦Jazzz销号', pages)).toBe('巴基斯坦 Jazz 销号');
    expect(correctNames('lost SIM', pages)).toBe('lost SIM');
  });

  it('leave the words the site itself uses, however close to a name', () => {
    const page = (id: string, names: string[]): NamedPage => ({
      id,
      url: `/en/${id}/`,
      kind: 'guide',
      country: 'xx',
      names,
    });
    const pages = withLookalikes(
      [page('maxis', ['Maxis', 'Hotlink']), page('stc', ['stc']), page('o2', ['Telefonica'])],
      wordsOf('Call the hotline, or text STAC to 75075. Telefónica UK runs O2.'),
    );
    expect(pages.map((p) => p.lookalikes)).toEqual([['hotline'], ['stac'], undefined]);
    expect(correctNames('Globe hotline', pages)).toBe('Globe hotline');
    expect(correctNames('STAC 75075', pages)).toBe('STAC 75075');
    expect(correctNames('hotlnk prepaid', pages)).toBe('Hotlink prepaid');
  });

  it('measure edits with transpositions as one', () => {
    expect(editDistance('smrat', 'smart')).toBe(1);
    expect(editDistance('telenr', 'telenor')).toBe(1);
    expect(editDistance('zain', 'zain')).toBe(0);
  });
});

describe('result order', () => {
  const page = (id: string, kind: 'guide' | 'overview', country: string, names: string[]) => ({
    id,
    url: `/en/${country}/${kind === 'guide' ? `${id}/` : ''}`,
    kind,
    country,
    names,
  });
  const pages = [
    page('jazz', 'guide', 'pk', ['Jazz', 'Mobilink']),
    page('ufone', 'guide', 'pk', ['Ufone']),
    page('pk', 'overview', 'pk', ['Pakistan']),
    page('kcell', 'guide', 'kz', ['Kcell']),
    page('kz', 'overview', 'kz', ['Kazakhstan']),
  ];

  it('put a named carrier’s guide first even when Pagefind ranked it tenth', () => {
    const ids = ['kcell', 'kz', 'a', 'b', 'c', 'd', 'e', 'f', 'pk', 'ufone'];
    expect(orderResultIds(ids, 'Ufone SIM stolen', pages).slice(0, 3)).toEqual(['ufone', 'pk', 'kcell']);
  });

  it('put a named country’s overview first, then its other pages', () => {
    expect(orderResultIds(['kcell', 'jazz', 'pk', 'kz'], 'Pakistan lost SIM', pages)).toEqual([
      'pk',
      'jazz',
      'kcell',
      'kz',
    ]);
  });

  it('lead a topic without a carrier to the overview Pagefind ranks highest, and no other', () => {
    expect(orderResultIds(['jazz', 'kcell', 'kz', 'ufone', 'pk'], 'port my number', pages)).toEqual([
      'kz',
      'jazz',
      'kcell',
      'ufone',
      'pk',
    ]);
  });

  it('recognise names that mix digits and Chinese, as the query is spaced', () => {
    const threeHk = page('three', 'guide', 'hk', ['3香港', '3HK']);
    expect(namedPages('3香港', [threeHk])).toEqual([threeHk]);
    expect(namedPages('英国EE解约', [page('ee', 'guide', 'gb', ['英国EE'])])).toHaveLength(1);
  });

  it('take a country’s two-letter code for a name only in capitals, a carrier’s in any case', () => {
    const malaysia = page('my', 'overview', 'my', ['Malaysia', 'MY']);
    const ee = page('ee', 'guide', 'gb', ['EE']);
    expect(namedPages('port my number', [malaysia, ee])).toEqual([]);
    expect(namedPages('MY port number', [malaysia])).toEqual([malaysia]);
    expect(namedPages('ee lost phone', [malaysia, ee])).toEqual([ee]);
    expect(topicOf('MY port my number', [malaysia])).toBe('port my number');
  });

  it('keep the words that are not names as the topic', () => {
    expect(topicOf('Ufone SIM stolen', [pages[1]!])).toBe('SIM stolen');
    expect(topicOf('巴基斯坦Ufone销号', [pages[1]!, page('pk', 'overview', 'pk', ['巴基斯坦'])])).toBe(
      '销号',
    );
    expect(topicOf('Kcell', [pages[3]!])).toBe('');
  });
});

describe('search status', () => {
  const texts = (lang: string, count: Partial<Record<PluralCategory, string>> & { other: string }) => ({
    lang,
    count: {
      zero: count.other,
      one: count.other,
      two: count.other,
      few: count.other,
      many: count.other,
      ...count,
    },
    forQuery: '{results} for “{query}”',
    noResults: 'No results for “{query}”.',
  });

  it('uses the language’s plural rules for the count', () => {
    const en = texts('en', { one: '{count} result', other: '{count} results' });
    expect(statusText(en, 1, 'jazz')).toBe('1 result for “jazz”');
    expect(statusText(en, 2, 'jazz')).toBe('2 results for “jazz”');
    const ru = texts('ru', {
      other: '{count} результата',
      one: '{count} результат',
      few: '{count} результата',
      many: '{count} результатов',
    });
    expect(statusText(ru, 21, 'x')).toContain('21 результат for');
    expect(statusText(ru, 3, 'x')).toContain('3 результата');
    expect(statusText(ru, 5, 'x')).toContain('5 результатов');
  });

  it('says only the count for a search by filters alone, and “no results” for a query', () => {
    const en = texts('en', { one: '{count} result', other: '{count} results' });
    expect(statusText(en, 4, '')).toBe('4 results');
    expect(statusText(en, 0, 'zzz')).toBe('No results for “zzz”.');
  });
});

describe('readers’ words', () => {
  const zh = { 销号: '注销', 解约: '终止', 取消: '注销' };
  const ms = { batalkan: 'tamatkan', batal: 'tamatkan' };

  it('become the site’s words: inside Chinese text, and whole elsewhere', () => {
    expect(withSiteWords('英国EE解约', zh)).toBe('英国EE终止');
    expect(withSiteWords('巴基斯坦Ufone销号', zh)).toBe('巴基斯坦Ufone注销');
    expect(withSiteWords('Batalkan talian Maxis', ms)).toBe('tamatkan talian Maxis');
    expect(withSiteWords('pembatalan batalan', ms)).toBe('pembatalan batalan');
  });

  it('are replaced in one pass, so a site’s word is never taken for a reader’s', () => {
    expect(withSiteWords('取消 注销', { 取消: '注销', 注销: '取消' })).toBe('注销 取消');
    expect(withSiteWords('Jazz', {})).toBe('Jazz');
  });
});

describe('the query searched while typing', () => {
  const names = nameWordsOf([
    { id: 'a', url: '/en/gb/ee/', kind: 'guide', country: 'gb', names: ['EE'] },
    { id: 'b', url: '/en/ae/du/', kind: 'guide', country: 'ae', names: ['du', 'دو'] },
  ]);
  it('leaves out a last word that is only the start of one', () => {
    expect(typedQuery('how to c', names)).toBe('how to');
    expect(typedQuery('how to ch', names)).toBe('how to');
    expect(typedQuery('  Jazz  s ', names)).toBe('Jazz');
    expect(typedQuery('إلغاء خط ب', names)).toBe('إلغاء خط');
  });
  it('keeps one-word queries, names, digits, longer words and Chinese characters', () => {
    expect(typedQuery('J', names)).toBe('J');
    expect(typedQuery('cancel EE', names)).toBe('cancel EE');
    expect(typedQuery('cancel Du', names)).toBe('cancel Du');
    expect(typedQuery('Globe 5G', names)).toBe('Globe 5G');
    expect(typedQuery('cancel the', names)).toBe('cancel the');
    expect(typedQuery('Jazz 卡', names)).toBe('Jazz 卡');
  });
});
