/**
 * Content mistakes are reported, never thrown: the loader's reading of a file
 * (YAML frontmatter, MDX body, schema) and the content rules the build runs
 * are fed broken files — malformed YAML, odd links, empty files, binary junk,
 * a huge file — and random mutations of the real content, and must answer
 * with problems that name a field or line and a fix, or accept the file.
 *
 * The mutations are seeded: a failure names its seed, and `FUZZ_SEED=<seed>`
 * replays it. `npm test` uses one fixed seed, so it passes or fails the same
 * way every time; explore others with `FUZZ_SEED=<n> FUZZ_RUNS=<n> npx vitest
 * run tests/unit/fuzz.test.ts`. `FUZZ_RUNS` is how many mutations of each kind
 * (default 300).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMdxPage } from '../../src/lib/mdx-page';
import { readYamlData } from '../../src/lib/yaml';
import { loadContent } from '../../src/lib/content-tree';
import { checkContent, type ContentFacts, type PageFacts } from '../../src/lib/content-rules';
import { pageDataSchema } from '../../src/schemas/guide';
import { carrierDataSchema } from '../../src/schemas/carrier';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** mulberry32: small, seedable, good enough to pick mutations. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What an author (or a bad paste) puts where it does not belong. */
const TOKENS = [
  '\n---\n',
  '---',
  ': ',
  ':',
  '"',
  "'",
  '- ',
  '\t',
  '  ',
  '\n',
  '\r\n',
  '#',
  '&anchor ',
  '*alias',
  '!!binary ',
  '{',
  '}',
  '<',
  '>',
  '\\',
  '`',
  '```\n',
  '**',
  '*',
  '_',
  '~~',
  '|a|b|\n|-|-|\n',
  '# Heading\n',
  '> quote\n',
  '1. ',
  '<Callout type="danger">',
  '<Callout>',
  '</Callout>',
  '<Ref step="nowhere" />',
  '<Ref />',
  '<Ref guide="zz/none" step="x" />',
  '<Contact id="none" />',
  '<Contact />',
  '<Banner />',
  '<script>alert(1)</script>',
  '<!-- ',
  ' -->',
  '{/* ',
  ' */}',
  '{1 + 1}',
  'import X from "./x.astro"\n',
  'export const a = 1\n',
  '[x](#step-nowhere)',
  '[x](#case-)',
  '[x](#)',
  '[x](./map.png)',
  '![map](./map.png)',
  '[x](javascript:alert(1))',
  '[x](<>)',
  '[x]()',
  '[x](http://[::1)',
  '[x](https://bit.ly/abc)',
  '[x][undefined]',
  '<https://example.com>',
  'mailto:',
  '[^',
  '[^]',
  '[^nope]',
  '[^x]: a footnote\n',
  '&#0;',
  '&amp;',
  '%',
  '\u0000',
  '\u0007',
  '\uFFFD',
  '\uFEFF',
  '\u202E',
  '\u200B',
  '\uD800',
  '١٢٣',
  '１２３',
  '電話',
  'ﷺ',
  '0800-55055',
  '\u{1F4F1}',
];

const mutations: Record<string, (text: string, next: () => number) => string> = {
  delete: (t, r) => {
    const at = Math.floor(r() * t.length);
    return t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 200));
  },
  duplicate: (t, r) => {
    const at = Math.floor(r() * t.length);
    const span = t.slice(at, at + 1 + Math.floor(r() * 200));
    return t.slice(0, at) + span + t.slice(at);
  },
  insert: (t, r) => {
    const at = Math.floor(r() * (t.length + 1));
    return t.slice(0, at) + TOKENS[Math.floor(r() * TOKENS.length)] + t.slice(at);
  },
  truncate: (t, r) => t.slice(0, Math.floor(r() * t.length)),
  swapLines: (t, r) => {
    const lines = t.split('\n');
    const [a, b] = [Math.floor(r() * lines.length), Math.floor(r() * lines.length)];
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    return lines.join('\n');
  },
  junkLine: (t, r) => {
    const lines = t.split('\n');
    const junk = Array.from({ length: 1 + Math.floor(r() * 60) }, () =>
      String.fromCharCode(Math.floor(r() * 0xffff)),
    ).join('');
    lines.splice(Math.floor(r() * lines.length), 1, junk);
    return lines.join('\n');
  },
};

/** One to three mutations in a row. */
function mutate(text: string, next: () => number): { text: string; applied: string[] } {
  const names = Object.keys(mutations);
  const applied = Array.from(
    { length: 1 + Math.floor(next() * 3) },
    () => names[Math.floor(next() * names.length)]!,
  );
  return { text: applied.reduce((t, name) => mutations[name]!(t, next), text), applied };
}

/** Runs `check`; if it throws, the test fails with what was being read (the seed replays it). */
function explained<T>(context: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new Error(`Threw on ${context}: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

/** A reported problem says where and how to fix it. */
function expectReported(problems: { field: string; problem: string; fix: string }[], context: string) {
  for (const p of problems) {
    expect(p.field, context).toMatch(/\S/);
    expect(p.problem, context).toMatch(/\S/);
    expect(p.fix, context).toMatch(/\S/);
  }
}

/** Reads a guide file as the loader does, down to the page facts the rules take (or none, with the problems). */
function readGuide(id: string, text: string): PageFacts | undefined {
  const page = readMdxPage(text);
  expectReported(page.problems, `${id}: reading`);
  const parsed = pageDataSchema.safeParse(page.frontmatter);
  if (page.problems.length > 0 || !parsed.success) return undefined;
  return {
    id,
    data: parsed.data,
    bodyLinks: page.links,
    bodyParagraphs: page.paragraphs,
    bodyRefs: page.refs,
    bodyContacts: page.contacts,
  };
}

const content = loadContent();
const guides = content.pages.map((page) => ({
  id: page.id,
  text: readFileSync(`content/guides/${page.id}.mdx`, 'utf8'),
}));

describe(`the loader and the content rules never throw on broken content (seed ${SEED})`, () => {
  it.each([
    ['an empty file', ''],
    ['only a fence', '---'],
    ['an empty frontmatter', '---\n---\n'],
    ['an unclosed frontmatter', '---\ntitle: x\n'],
    ['frontmatter that is a list', '---\n- a\n- b\n---\nText.'],
    ['frontmatter that is a string', '---\njust words\n---\n'],
    ['a tab in YAML', '---\ntitle:\n\t- x\n---\n'],
    ['a duplicate key', '---\ntitle: a\ntitle: b\n---\n'],
    ['an unknown YAML tag', '---\ntitle: !!js/function "x"\n---\n'],
    ['a dangling alias', '---\ntitle: *nowhere\n---\n'],
    ['binary junk', String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65536))],
    ['NUL bytes', '---\ntitle: a\0b\n---\n\0\0\0'],
    ['a lone surrogate', '---\ntitle: "\uD800"\n---\n\uDC00 text'],
    [
      'odd links in the body',
      '---\ntitle: x\n---\n[a](javascript:x) [b](<>) [c]() ![d](e.png) [f](#step-) <https://x.y>',
    ],
    ['an unclosed component', '---\ntitle: x\n---\n<Callout type="note">\n\nText'],
    ['an unclosed comment', '---\ntitle: x\n---\n{/* never closed'],
    ['a huge body', `---\ntitle: x\n---\n${'A long line of prose. '.repeat(200_000)}`],
    ['a huge frontmatter', `---\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n`],
    ['deep nesting', `---\nsteps: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n---\n`],
  ])('reads %s, reporting what is wrong', (_, text) => {
    expect(() => readGuide('en/pk/jazz', text)).not.toThrow();
  });

  it(
    'reads random mutations of every guide and runs every rule over those that still parse',
    { timeout: 120_000 },
    () => {
      const next = random(SEED);
      let checked = 0;
      // Rules see a whole site: each round swaps a mutated copy in for some real pages, each page at most once.
      for (let round = 0; round < RUNS / 50; round++) {
        const swapped = new Map<string, PageFacts>();
        const log: string[] = [];
        for (let i = 0; i < 50; i++) {
          const guide = guides[Math.floor(next() * guides.length)]!;
          const { text, applied } = mutate(guide.text, next);
          const page = explained(`seed ${SEED}: ${guide.id} after ${applied}`, () =>
            readGuide(guide.id, text),
          );
          if (page) {
            swapped.set(guide.id, page);
            checked++;
          }
          log.push(`${guide.id} (${applied.join(', ')})`);
        }
        const site: ContentFacts = { ...content, pages: content.pages.map((p) => swapped.get(p.id) ?? p) };
        const issues = explained(`seed ${SEED}, round ${round}: ${log.join('; ')}`, () => checkContent(site));
        expectReported(issues, `seed ${SEED}, round ${round}`);
        for (const issue of issues) expect(issue.file, `seed ${SEED}`).toMatch(/^content\//);
      }
      // Many mutations still parse (a changed word, a moved line), so the rules meet them, not just the reader.
      expect(checked).toBeGreaterThan(RUNS / 10);
    },
  );

  it(
    'reads random mutations of every carrier file and runs every rule over those that still parse',
    { timeout: 60_000 },
    () => {
      const next = random(SEED + 1);
      const carriers = [...content.carriers.keys()].map((id) => ({
        id,
        text: readFileSync(`content/carriers/${id}.yaml`, 'utf8'),
      }));
      for (let round = 0; round < RUNS / 50; round++) {
        const swapped = new Map(content.carriers);
        for (let i = 0; i < 50; i++) {
          const carrier = carriers[Math.floor(next() * carriers.length)]!;
          const { text } = mutate(carrier.text, next);
          const { data, problems } = readYamlData(text, (line) => `(line ${line})`);
          expectReported(problems, `seed ${SEED}: ${carrier.id}`);
          for (const p of problems)
            expect(p.field, `seed ${SEED}: ${carrier.id}`).toMatch(/^\(line [1-9]\d*\)$/);
          if (problems.length > 0) continue;
          const parsed = carrierDataSchema.safeParse(data);
          if (parsed.success) swapped.set(carrier.id, parsed.data);
        }
        const issues = explained(`seed ${SEED}, round ${round}`, () =>
          checkContent({ ...content, carriers: swapped }),
        );
        expectReported(issues, `seed ${SEED}, round ${round}`);
      }
    },
  );
});
