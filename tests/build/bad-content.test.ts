/**
 * Bad content never ships: each fixture breaks one thing in a copy of the
 * project and runs the real `astro build`, which must fail and say which file,
 * which field and how to fix it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'sim-guides-bad-content-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Applies `edit` to one file of the copy, builds, restores the file, returns the build's output. */
function buildWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
  const path = join(copy, file);
  const original = readFileSync(path, 'utf8');
  const changed = edit(original);
  expect(changed, `the fixture must change ${file}`).not.toBe(original);
  writeFileSync(path, changed);
  try {
    const result = spawnSync(
      join(copy, 'node_modules/.bin/astro'),
      ['build', '--outDir', join(copy, 'dist')],
      {
        cwd: copy,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      },
    );
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    writeFileSync(path, original);
  }
}

describe('a content mistake stops the build', { timeout: 120_000 }, () => {
  it('for a reference to a carrier that does not exist', () => {
    const { status, output } = buildWith('content/guides/zh-cn/pk/jazz.mdx', (t) =>
      t.replace('carrier: pk/jazz', 'carrier: pk/mobilink'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/zh-cn/pk/jazz.mdx');
    expect(output).toMatch(/mobilink/);
  });

  it('for a duplicate step id', () => {
    const { status, output } = buildWith('content/guides/en/pk/jazz.mdx', (t) =>
      t.replace('- id: get-proof', '- id: visit-franchise'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('jazz.mdx');
    expect(output).toContain('Duplicate step id "visit-franchise". Fix: give every step its own id.');
  });

  it('for step ids that differ between translations', () => {
    const { status, output } = buildWith('content/guides/ur/pk/jazz.mdx', (t) =>
      t.replace('- id: visit-franchise', '- id: visit-store'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('✖ content/guides/ur/pk/jazz.mdx → steps[4].id');
    expect(output).toContain('Found "visit-store" where the English page has "visit-franchise"');
    expect(output).toContain('Fix: Use the same ids, in the same order, as content/guides/en/pk/jazz.mdx');
  });

  it('for a link to a domain that is not a source or an official link', () => {
    const { status, output } = buildWith('content/guides/en/pk/zong.mdx', (t) =>
      t.replace(
        /(faq:\n\s+- question: [^\n]+\n\s+answer: >-\n\s+)/,
        '$1Ask [an agent](https://t.me/fastsim). ',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('✖ content/guides/en/pk/zong.mdx → faq[0].answer');
    expect(output).toContain("Link to https://t.me/fastsim: its domain is not among the page's sources");
  });

  it('for a page with a missing source', () => {
    const { status, output } = buildWith('content/guides/en/kz/index.mdx', (t) =>
      t.replace(
        /\nsources:\n[\s\S]*?\n---/,
        '\nsources:\n  - title: Only one\n    url: https://www.gov.kz/\n    publisher: Government\n    kind: government\n    accessed: 2026-11-22\n---',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/en/kz/index.mdx');
    expect(output).toContain('List at least two sources, official carrier or regulator pages first.');
  });

  it('for a missing UI string', () => {
    const { status, output } = buildWith('src/i18n/ui/kk.json', (t) =>
      t.replace(/\n\s+"step.copyLink": "[^"]*",/, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('src/i18n/ui/kk.json');
    expect(output).toContain('"step.copyLink" is missing or empty — translate the English string');
  });

  it('for a component in an MDX body', () => {
    const { status, output } = buildWith('content/guides/ar/bh/batelco.mdx', (t) =>
      t.replace(/\n---\n/, '\n---\n\n<Callout>تنبيه</Callout>\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/✖ content\/guides\/ar\/bh\/batelco\.mdx → \(body, line \d+\)/);
    expect(output).toContain('<Callout> is a component or HTML tag, which guide bodies do not use.');
    expect(output).toContain('Fix: Write the body as plain Markdown prose');
  });

  it('for an invalid date', () => {
    const { status, output } = buildWith('content/guides/fil/ph/smart.mdx', (t) =>
      t.replace(/lastVerified: \S+/, 'lastVerified: 22/11/2026'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('fil/ph/smart.mdx');
    expect(output).toContain('Write the date as YYYY-MM-DD, e.g. 2026-11-22.');
  });
});
