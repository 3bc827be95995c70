import { describe, expect, it } from 'vitest';
import { inspectText, paragraphs, plainText, renderInline } from '../../src/lib/inline-markdown';
import { guideId, pagePath, parseGuideId, stepAnchor, withHash } from '../../src/lib/content-paths';
import { formatDate, isoDate } from '../../src/lib/dates';
import { getLocale, isLocaleCode, localeCodes } from '../../src/i18n/locales';
import { isCanonicalPage } from '../../src/lib/sitemap';

describe('inline markdown (frontmatter text, read by the same engine as bodies)', () => {
  it('renders links, bold and code, and shows HTML as text', () => {
    expect(renderInline('Send **668** to [PTA](https://pta.gov.pk/) <b>`x`</b>')).toBe(
      'Send <strong dir="ltr">668</strong> to <a href="https://pta.gov.pk/" rel="noopener">PTA</a> &lt;b&gt;<code>x</code>&lt;/b&gt;',
    );
  });

  it('lays out numbers and codes left to right even inside right-to-left text', () => {
    expect(renderInline('اتصل على **+973 39611196** أو `*199#`')).toBe(
      'اتصل على <strong dir="ltr">+973 39611196</strong> أو <code dir="ltr">*199#</code>',
    );
    expect(renderInline('**سم بند کریں**')).toBe('<strong>سم بند کریں</strong>');
  });

  it('splits folded YAML text into paragraphs', () => {
    expect(paragraphs('One.\nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('links to sections of the page, and gives plain text for attributes', () => {
    expect(renderInline('See [the lost-SIM case](#case-lost-sim).')).toBe(
      'See <a href="#case-lost-sim">the lost-SIM case</a>.',
    );
    expect(plainText('See [the case](#case-lost-sim) and "**668**".[^law]\nAgain.')).toBe(
      'See the case and “668”. Again.',
    );
  });

  it('finds Markdown links, bare URLs and e-mail addresses', () => {
    expect(inspectText('[a](https://a.pk/x) and https://b.pk/y or help@c.pk.\n[s](#step-go)').links).toEqual([
      'https://a.pk/x',
      'https://b.pk/y',
      'mailto:help@c.pk',
      '#step-go',
    ]);
  });

  it('reports what a text shown inline cannot hold', () => {
    const problems = (text: string) => inspectText(text).problems.map((p) => p.problem);
    expect(problems('- a list item')).toEqual([expect.stringContaining('<ul>')]);
    expect(problems('# A heading')).toEqual([expect.stringContaining('<h1>')]);
    expect(problems('See [the map](./map.html).')).toEqual([expect.stringContaining('leads nowhere')]);
    expect(problems('![a map](./map.png)')).toEqual([expect.stringContaining('An image (./map.png)')]);
    expect(problems('要**终止（terminate）**号码')).toEqual([
      expect.stringContaining('Bold that does not close'),
    ]);
    expect(problems('要**终止**（terminate）号码, `a**b`')).toEqual([]);
    expect(problems('1\\. Go to a store, 2 < 3, {x}')).toEqual([]);
    expect(renderInline('Type `<PIN>` then <b>send</b>')).toBe(
      'Type <code>&lt;PIN&gt;</code> then &lt;b&gt;send&lt;/b&gt;',
    );
  });
});

describe('content paths', () => {
  it('parse guide and overview ids', () => {
    expect(parseGuideId('zh-cn/pk/jazz')).toEqual({ locale: 'zh-cn', country: 'pk', carrier: 'jazz' });
    expect(parseGuideId('ur/pk/index')).toEqual({ locale: 'ur', country: 'pk' });
    expect(() => parseGuideId('en/pk')).toThrow();
  });

  it('build language-neutral paths and ids', () => {
    expect(pagePath({ country: 'pk', carrier: 'jazz' })).toBe('pk/jazz/');
    expect(pagePath({ country: 'pk' })).toBe('pk/');
    expect(guideId('ur', 'pk')).toBe('ur/pk/index');
    expect(stepAnchor('visit-franchise')).toBe('step-visit-franchise');
  });

  it('carry the hash over to another language’s URL', () => {
    expect(withHash('http://x/zh-cn/pk/jazz/', '#step-get-proof')).toBe(
      'http://x/zh-cn/pk/jazz/#step-get-proof',
    );
    expect(withHash('http://x/ur/pk/jazz/#old', '#step-a')).toBe('http://x/ur/pk/jazz/#step-a');
    expect(withHash('http://x/ur/pk/jazz/', '')).toBe('http://x/ur/pk/jazz/');
  });
});

describe('locales and dates', () => {
  it('know the nine locales and their direction', () => {
    expect(localeCodes).toEqual(['en', 'zh-cn', 'zh-hant', 'ur', 'ru', 'kk', 'ar', 'fil', 'ms']);
    expect(getLocale('zh-hant').lang).toBe('zh-Hant');
    expect(getLocale('ur').dir).toBe('rtl');
    expect(getLocale('ar').dir).toBe('rtl');
    expect(getLocale('zh-cn').lang).toBe('zh-CN');
    expect(isLocaleCode('de')).toBe(false);
  });

  it('format calendar dates in the reader’s language without a time-zone shift', () => {
    const date = new Date('2026-11-22');
    expect(isoDate(date)).toBe('2026-11-22');
    expect(formatDate(date, 'zh-CN')).toBe('2026年11月22日');
    expect(formatDate(date, 'ru')).toMatch(/^22 ноября 2026/);
  });
});

describe('the sitemap filter', () => {
  const pages = new Set(['en/pk/jazz', 'en/pk/index', 'ur/pk/jazz']);
  const has = (id: string) => pages.has(id);

  it('keeps homes, overviews and translated guides', () => {
    expect(isCanonicalPage('/', has)).toBe(true);
    expect(isCanonicalPage('/ru/', has)).toBe(true);
    expect(isCanonicalPage('/en/pk/', has)).toBe(true);
    expect(isCanonicalPage('/ur/pk/jazz/', has)).toBe(true);
  });

  it('drops English fallbacks, search pages and the 404', () => {
    expect(isCanonicalPage('/ru/pk/jazz/', has)).toBe(false);
    expect(isCanonicalPage('/ur/pk/', has)).toBe(false);
    expect(isCanonicalPage('/en/search/', has)).toBe(false);
    expect(isCanonicalPage('/404/', has)).toBe(false);
  });
});
