import { describe, expect, it } from 'vitest';
import { readMdxPage, renderProse } from '../../src/lib/mdx-page';

const page = (body: string) => `---\ntitle: Jazz\nsummary: Short.\n---\n\n${body}\n`;

describe('guide page bodies', () => {
  it('split from their YAML frontmatter, dates included', () => {
    expect(readMdxPage(page('Text.\n\naccessed: no frontmatter here'))).toEqual({
      frontmatter: { title: 'Jazz', summary: 'Short.' },
      body: '\nText.\n\naccessed: no frontmatter here\n',
      html: '<p>Text.</p>\n<p>accessed: no frontmatter here</p>',
      links: [],
      refs: [],
      contacts: [],
      paragraphs: [
        { line: 6, text: 'Text.', key: 'body:6:1' },
        { line: 8, text: 'accessed: no frontmatter here', key: 'body:8:1' },
      ],
      problems: [],
    });
    expect(readMdxPage('---\nlastVerified: 2026-11-22\n---\n').frontmatter).toEqual({
      lastVerified: new Date('2026-11-22'),
    });
  });

  it('report invalid YAML with the line of the file', () => {
    expect(readMdxPage('---\ntitle: Jazz\nsummary: Short: with a colon\n---\nText.').problems).toEqual([
      {
        field: '(frontmatter, line 3)',
        problem: expect.stringContaining('Invalid YAML'),
        fix: expect.stringContaining('quote a text that contains a colon'),
      },
    ]);
  });

  it('report body problems with the line and how to fix them', () => {
    expect(readMdxPage(page('Hello <Banner />')).problems).toEqual([
      {
        field: '(body, line 6)',
        problem: '<Banner> is not a site component. Guide bodies may use: <Callout>, <Ref>, <Contact>.',
        fix: expect.stringContaining('Use a site component with its documented props'),
      },
    ]);
  });

  it('render as Markdown prose with typographic quotes', () => {
    expect(renderProse(`Jazz's **WhatsApp** "line".\n\nSecond paragraph.`)).toEqual({
      html: '<p>Jazz’s <strong>WhatsApp</strong> “line”.</p>\n<p>Second paragraph.</p>',
      links: [],
      refs: [],
      contacts: [],
      paragraphs: [
        { line: 1, text: 'Jazz’s WhatsApp “line”.', key: 'body:1:1' },
        { line: 3, text: 'Second paragraph.', key: 'body:3:1' },
      ],
      problems: [],
    });
  });

  it('keep numbers and codes left to right inside right-to-left text', () => {
    expect(renderProse(page('اتصل على **+973 39611196** أو `*199#` **مجاناً**')).html).toBe(
      '<p>اتصل على <strong dir="ltr">+973 39611196</strong> أو <code dir="ltr">*199#</code> <strong>مجاناً</strong></p>',
    );
  });

  it('report components, imports and expressions with the line of the file', () => {
    const { html, problems } = readMdxPage(
      page('Hello.\n\n<Banner>Hi</Banner>\n\nimport X from "x"\n\nSum {1 + 1}.'),
    );
    expect(html).toBe('');
    expect(problems.map(({ field, problem }) => [field, problem])).toEqual([
      [
        '(body, line 8)',
        '<Banner> is not a site component. Guide bodies may use: <Callout>, <Ref>, <Contact>.',
      ],
      ['(body, line 10)', 'An import or export, which guide bodies do not use.'],
      ['(body, line 12)', 'A {…} expression, which guide bodies do not use.'],
    ]);
  });

  it('keep web links out, with their line, and list e-mail addresses for the domain check', () => {
    const { links, problems } = readMdxPage(
      page('Write to ccmail@kcell.kz.\n\nSee [Jazz](https://jazz.com.pk/faqs) or https://t.me/x.'),
    );
    expect(links).toEqual(['mailto:ccmail@kcell.kz']);
    expect(problems.map(({ field, problem }) => [field, problem])).toEqual([
      ['(body, line 8)', 'Link to https://jazz.com.pk/faqs in the MDX body.'],
      ['(body, line 8)', 'Link to https://t.me/x in the MDX body.'],
    ]);
    expect(problems[0]?.fix).toContain('Move the link into a frontmatter text');
  });

  it('report MDX syntax errors with their line', () => {
    expect(readMdxPage(page('Fine.\n\nSee <https://pta.gov.pk>.')).problems).toEqual([
      expect.objectContaining({
        field: '(body, line 8)',
        problem: expect.stringContaining('Unexpected character'),
      }),
    ]);
  });

  it('keep links to a part of the page, and report other relative links and images with their line', () => {
    const prose = renderProse(
      'See [the lost-SIM case](#case-lost-sim).\n\n[map](./map.html) ![](./map.png)',
      4,
    );
    expect(prose.links).toEqual(['#case-lost-sim']);
    expect(prose.problems.map((p) => [p.line, p.problem])).toEqual([
      [7, 'A link to "./map.html", which leads nowhere from a guide.'],
      [7, 'An image (./map.png), which guides do not show.'],
    ]);
  });

  it('report bold that never closes, with its line, as frontmatter text does', () => {
    const prose = renderProse('One.\n\n要**终止（terminate）**号码。`a**b`', 2);
    expect(prose.problems.map((p) => [p.line, p.problem])).toEqual([
      [5, expect.stringContaining('Bold that does not close')],
    ]);
  });

  it('render the site components, drop comments, and refuse unknown components and bad props with their line', () => {
    const prose = renderProse(
      '{/* why */}\n\n<Callout type="warning">\nKeep the receipt.\n</Callout>\n\nSee <Ref step="get-proof" /> and <Ref case="lost-sim" guide="pk/zong">Zong</Ref>; ask <Contact id="whatsapp" />.',
      10,
    );
    expect(prose.problems).toEqual([]);
    expect(prose.html).toContain('<aside class="callout callout-warning">');
    expect(prose.html).toContain('<a data-ref="#step-get-proof"></a>');
    expect(prose.html).toContain('<a data-ref="pk/zong#case-lost-sim">Zong</a>');
    expect(prose.html).toContain('<span data-contact="whatsapp"></span>');
    expect(prose.html).not.toContain('why');
    expect(prose.refs).toEqual([
      { line: 17, guide: undefined, anchor: 'step-get-proof' },
      { line: 17, guide: 'pk/zong', anchor: 'case-lost-sim' },
    ]);
    expect(prose.contacts).toEqual([{ line: 17, id: 'whatsapp' }]);

    const bad = renderProse('<Callout type="danger">x</Callout>\n\n<Ref step="a" case="b" />\n\n<Map />', 0);
    expect(bad.problems.map((p) => [p.line, p.problem])).toEqual([
      [1, expect.stringMatching(/^<Callout>: type: Invalid option: expected one of "note"\|"warning"/)],
      [3, '<Ref>: props: Give exactly one of step, case or rule.'],
      [5, '<Map> is not a site component. Guide bodies may use: <Callout>, <Ref>, <Contact>.'],
    ]);
  });
});
