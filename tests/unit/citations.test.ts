import { describe, expect, it } from 'vitest';
import { citationUnits, citedIds, hasDigit, PageCitations, sourceAnchor } from '../../src/lib/citations';
import { fillBodyCitations, renderProse } from '../../src/lib/mdx-page';
import { paragraphs, plainText, renderInline } from '../../src/lib/inline-markdown';
import { sourceUrlProblem } from '../../src/lib/source-urls';
import type { Source } from '../../src/schemas/source';

const source = (kind: Source['kind'], title: string): Source => ({
  title,
  url: `https://example.org/${title}`,
  noHttps: false,
  publisher: title,
  kind,
  accessed: new Date('2026-11-22'),
  excerpts: [],
});
const registry = {
  news: source('news', 'News'),
  faq: source('official', 'FAQ'),
  law: source('regulator', 'Law'),
};

describe('citations', () => {
  it('finds the cited ids of a text in order, repeats included', () => {
    expect(citedIds('Rs 200.[^law] Free before.[^law][^news]')).toEqual(['law', 'law', 'news']);
  });

  it('counts digits in any script as facts, but not in link targets or citations', () => {
    expect(hasDigit('Dial 668')).toBe(true);
    expect(hasDigit('۶۶۸ پر')).toBe(true);
    expect(hasDigit('See [the FAQ](https://x.org/faq2024).[^src-2023]')).toBe(false);
  });

  it('numbers a page’s sources official ones first, each once, with links back to every citation', () => {
    const units = citationUnits({
      type: 'overview',
      summary: 'Since 2024.[^news][^faq]',
      rules: [{ id: 'fee', title: 'Fee', body: 'Rs 200.[^law]\n\nAgain.[^news]' }],
      faq: [],
    });
    const cites = new PageCitations(units, registry);
    expect(cites.sources.map((s) => [s.id, s.number, s.anchors.length])).toEqual([
      ['faq', 1, 1],
      ['law', 2, 1],
      ['news', 3, 2],
    ]);
    const html = renderInline('Since 2024.[^news][^faq]', cites);
    expect(html).toContain(`href="#${sourceAnchor('news')}" id="${cites.sources[2]!.anchors[0]}">[3]</a>`);
    expect(html).toContain(`href="#${sourceAnchor('faq')}" id="${cites.sources[0]!.anchors[0]}">[1]</a>`);
    expect(paragraphs('Rs 200.[^law]\n\nAgain.[^news]', cites).join('')).toContain(
      `id="${cites.sources[2]!.anchors[1]}">[3]`,
    );
  });

  it('leaves citations out of plain text', () => {
    expect(plainText('Dial **668**.[^law]')).toBe('Dial 668.');
  });

  it('turns body citations into placeholders the page numbers, with the body’s paragraphs for the rules', () => {
    const prose = renderProse('Jazz was **Mobilink**.[^faq]\n\n- Rs 200[^law][^news]\n- no digits\n', 10);
    expect(prose.paragraphs.map((p) => [p.line, p.text])).toEqual([
      [11, 'Jazz was Mobilink.[^faq]'],
      [13, 'Rs 200[^law][^news]'],
      [14, 'no digits'],
    ]);
    const units = citationUnits({ type: 'overview', summary: 'x', rules: [], faq: [] }, prose.paragraphs);
    const cites = new PageCitations(units, registry);
    const html = fillBodyCitations(prose.html, (id, key, n) => cites.marker(id, key, n));
    expect(html).not.toContain('data-cite');
    for (const cited of cites.sources)
      for (const anchor of cited.anchors) expect(html).toContain(`id="${anchor}"`);
  });
});

describe('source addresses', () => {
  it.each([
    ['http://80.241.146.114/ta/news/IT_278657.html', 'bare IP'],
    ['https://staging.nation.com.pk/08-Nov-2009/x', 'staging'],
    ['https://betatesting.argaam.com/ar/switch-view?mobile=true&returnUrl=https%3A%2F%2Fx', 'betatesting'],
    ['https://example.com/out?url=https://other.org/', 'wraps another'],
    ['https://bit.ly/abc', 'shortener'],
    ['http://pmdpk.com/mnp/', 'http'],
  ])('refuses %s', (url, why) => {
    expect(sourceUrlProblem(url)).toContain(why);
  });

  it('accepts https pages and http pages whose publisher has no https', () => {
    expect(sourceUrlProblem('https://www.pta.gov.pk/en/faqs?page=2')).toBeUndefined();
    expect(sourceUrlProblem('http://www.pmdpk.com/mnp/', true)).toBeUndefined();
  });
});

describe('contact links', () => {
  it('dial numbers and codes as written, escaping #, and leave codes with letters unlinked', async () => {
    const { contactHref } = await import('../../src/lib/contacts');
    expect(contactHref({ kind: 'phone', value: '+973 3961 1196' })).toBe('tel:+97339611196');
    expect(contactHref({ kind: 'short-code', value: '*199#' })).toBe('tel:*199%23');
    expect(contactHref({ kind: 'short-code', value: '#PORT' })).toBeUndefined();
    expect(contactHref({ kind: 'whatsapp', value: '03003008000' })).toBeUndefined();
    expect(contactHref({ kind: 'email', value: 'ccmail@kcell.kz' })).toBe('mailto:ccmail@kcell.kz');
  });
});
