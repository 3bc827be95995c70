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
    expect(readMdxPage(page('Hello <Callout />')).problems).toEqual([
      {
        field: '(body, line 6)',
        problem: '<Callout> is a component or HTML tag, which guide bodies do not use.',
        fix: expect.stringContaining('plain Markdown prose'),
      },
    ]);
  });

  it('render as Markdown prose with typographic quotes', () => {
    expect(renderProse(`Jazz's **WhatsApp** "line".\n\nSecond paragraph.`)).toEqual({
      html: '<p>Jazz’s <strong>WhatsApp</strong> “line”.</p>\n<p>Second paragraph.</p>',
      links: [],
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
      page('Hello.\n\n<Callout>Hi</Callout>\n\nimport X from "x"\n\nSum {1 + 1}.'),
    );
    expect(html).toBe('');
    expect(problems.map(({ field, problem }) => [field, problem])).toEqual([
      ['(body, line 8)', '<Callout> is a component or HTML tag, which guide bodies do not use.'],
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
});
