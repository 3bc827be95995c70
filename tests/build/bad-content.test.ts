/**
 * Bad content never ships: fixtures break things in a copy of the project and
 * run the real `astro build`, which must fail and say which file, which field
 * or line, and how to fix it.
 *
 * A build stops at the first stage that finds a problem, and each stage
 * reports every problem it finds: the content loaders every file's YAML, body
 * and schema mistakes (guides and data files alike), the content rules every
 * cross-file mistake. So the mistakes one stage reports share one build (each
 * in its own file), and each test reads its own lines of that build's report:
 * three builds instead of one per mistake.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from './project-copy';

let copy: ProjectCopy;
beforeAll(() => {
  copy = copyProject('sim-guides-bad-content-');
});
afterAll(() => copy.remove());

/** A failing build takes 5–20 s, several times that on a busy machine. */
const BUILD_TIMEOUT = 180_000;

type Edit = (text: string) => string;
interface Build {
  status: number | null;
  output: string;
}

/** Applies each edit to its file of the copy, builds, restores the files, returns the build's output. */
function buildWith(edits: Record<string, Edit>): Build {
  const originals = Object.entries(edits).map(([file, change]) => {
    const original = copy.read(file);
    const changed = change(original);
    expect(changed, `the fixture must change ${file}`).not.toBe(original);
    copy.write(file, changed);
    return [file, original] as const;
  });
  try {
    const result = spawnSync(copy.astro, ['build', '--outDir', join(copy.dir, 'dist')], {
      cwd: copy.dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    for (const [file, original] of originals) copy.write(file, original);
  }
}

/**
 * Mistakes that one stage of the build reports: `mistake(name, edits, check)`
 * adds a test whose edits join the stage's one build and whose check reads
 * that build's report.
 */
function stage(
  title: string,
  mistakes: (
    mistake: (name: string, edits: Record<string, Edit>, check: (build: Build) => void) => void,
  ) => void,
) {
  describe(title, () => {
    const edits: Record<string, Edit> = {};
    let build: Build;
    beforeAll(() => {
      build = buildWith(edits);
    }, BUILD_TIMEOUT);
    mistakes((name, own, check) => {
      for (const [file, edit] of Object.entries(own)) {
        if (edits[file])
          throw new Error(`${file} is broken by two mistakes of "${title}": give one another file`);
        edits[file] = edit;
      }
      it(name, () => check(build));
    });
  });
}

describe('a content mistake stops the build', () => {
  stage('found by the content loaders, every file of every collection in one report', (mistake) => {
    mistake(
      'for a duplicate step id',
      { 'content/guides/en/pk/jazz.mdx': (t) => t.replace('- id: get-proof', '- id: visit-franchise') },
      ({ status, output }) => {
        expect(status).not.toBe(0);
        expect(output).toMatch(
          /✖ content\/guides\/en\/pk\/jazz\.mdx → .*steps\.\d+\.id\n.*Duplicate step id/,
        );
        expect(output).toContain('Duplicate step id "visit-franchise". Fix: give every step its own id.');
      },
    );

    mistake(
      'for each body or YAML mistake, every file named with its line in one report',
      {
        'content/guides/ar/bh/batelco.mdx': (t) => t.replace(/\n---\n/, '\n---\n\n<Banner>تنبيه</Banner>\n'),
        'content/guides/en/bh/zain.mdx': (t) =>
          t.replace(/\n---\n/, '\n---\n\n<Callout type="danger">Careful.</Callout>\n'),
        'content/guides/en/bh/stc.mdx': (t) =>
          t.replace(/\n---\n/, '\n---\n\nSee [the map](./map.html) and ![a map](./map.png).\n'),
        'content/guides/en/ph/smart.mdx': (t) => t.replace(/^title: /m, 'title: Smart: '),
      },
      ({ status, output }) => {
        expect(status).not.toBe(0);
        expect(output).toMatch(/✖ content\/guides\/ar\/bh\/batelco\.mdx → \(body, line \d+\)/);
        expect(output).toContain(
          '<Banner> is not a site component. Guide bodies may use: <Callout>, <Ref>, <Contact>.',
        );
        expect(output).toContain('Fix: Use a site component with its documented props');
        expect(output).toMatch(
          /✖ content\/guides\/en\/bh\/zain\.mdx → \(body, line \d+\)\n  <Callout>: type: Invalid option/,
        );
        expect(output).toMatch(
          /✖ content\/guides\/en\/bh\/stc\.mdx → \(body, line \d+\)\n  A link to "\.\/map\.html", which leads nowhere/,
        );
        expect(output).toContain('An image (./map.png), which guides do not show.');
        expect(output).toMatch(
          /✖ content\/guides\/en\/ph\/smart\.mdx → \(frontmatter, line \d+\)\n  Invalid YAML/,
        );
        expect(output).not.toMatch(/^\s+at /m);
      },
    );

    mistake(
      'for a source on a bare IP address or a staging host',
      {
        'content/sources/bh.yaml': (t) =>
          t.replace(/url: https:\/\/www\.tradearabia\.com\//, 'url: http://80.241.146.114/'),
      },
      ({ status, output }) => {
        expect(status).not.toBe(0);
        expect(output).toMatch(/✖ content\/sources\/bh\.yaml → [\w-]+\.url\n/);
        expect(output).toContain("80.241.146.114 is a bare IP address, not the publisher's site.");
      },
    );

    mistake(
      'for malformed YAML or a bad field in a data file, each with its line or field',
      {
        'content/carriers/kz/kcell.yaml': (t) => t.replace(/^website: /m, 'website: : x\n  - bad: [\n'),
        'content/countries/ph.yaml': (t) =>
          t.replace(/^counterLocales: \[fil\]/m, 'counterLocales: [tagalog]'),
      },
      ({ status, output }) => {
        expect(status).not.toBe(0);
        expect(output).toMatch(/✖ content\/carriers\/kz\/kcell\.yaml → \(line \d+\)\n {2}Invalid YAML/);
        expect(output).toMatch(/✖ content\/countries\/ph\.yaml → counterLocales\.0\n/);
        expect(output).toContain(
          'Fix: Correct the field as the message says; the schema is in src/schemas/country.ts.',
        );
        expect(output).not.toMatch(/^\s+at /m);
      },
    );

    mistake(
      'for an invalid date',
      {
        'content/guides/fil/ph/smart.mdx': (t) => t.replace(/lastVerified: \S+/, 'lastVerified: 22/11/2026'),
      },
      ({ status, output }) => {
        expect(status).not.toBe(0);
        expect(output).toMatch(/✖ content\/guides\/fil\/ph\/smart\.mdx → .*lastVerified\n.*Write the date/);
        expect(output).toContain('Write the date as YYYY-MM-DD, e.g. 2026-11-22.');
      },
    );
  });

  stage('found by the content rules, every file in one report', (mistake) => {
    mistake(
      'for a reference to a carrier that does not exist',
      { 'content/guides/zh-cn/pk/jazz.mdx': (t) => t.replace('carrier: pk/jazz', 'carrier: pk/mobilink') },
      ({ status, output }) => {
        expect(status).not.toBe(0);
        expect(output).toContain('✖ content/guides/zh-cn/pk/jazz.mdx → carrier');
        expect(output).toContain('Unknown carrier "pk/mobilink".');
      },
    );

    mistake(
      'for step ids that differ between translations',
      { 'content/guides/ur/pk/jazz.mdx': (t) => t.replace('- id: visit-franchise', '- id: visit-store') },
      ({ status, output }) => {
        expect(status).not.toBe(0);
        expect(output).toContain('✖ content/guides/ur/pk/jazz.mdx → steps[4].id');
        expect(output).toContain('Found "visit-store" where the English page has "visit-franchise"');
        expect(output).toContain(
          'Fix: Use the same ids, in the same order, as content/guides/en/pk/jazz.mdx',
        );
      },
    );

    mistake(
      'for a link to a domain that is not a source or an official link',
      {
        'content/guides/en/pk/zong.mdx': (t) =>
          t.replace(
            /(faq:\n\s+- question: [^\n]+\n\s+answer: >-\n\s+)/,
            '$1Ask [an agent](https://t.me/fastsim). ',
          ),
      },
      ({ status, output }) => {
        expect(status).not.toBe(0);
        expect(output).toContain('✖ content/guides/en/pk/zong.mdx → faq[0].answer');
        expect(output).toContain("Link to https://t.me/fastsim: its domain is not among the page's sources");
      },
    );

    mistake(
      'for each citation mistake, all reported by one build',
      {
        // A number with no citation in its paragraph.
        'content/guides/en/ph/dito.mdx': (t) =>
          t.replace(/\nfaq:\n/, '\nfaq:\n  - question: Is there a fee?\n    answer: It costs PHP 500.\n'),
        // A citation of a source the country does not list.
        'content/guides/en/ph/globe.mdx': (t) =>
          t.replace(
            /\nfaq:\n/,
            '\nfaq:\n  - question: Where?\n    answer: At a Globe Store.[^globe-stores-page]\n',
          ),
        // A source nothing cites.
        'content/sources/ph.yaml': (t) =>
          `${t}\nunused-page:\n  title: Unused\n  url: https://www.smart.com.ph/unused\n  publisher: Smart\n  kind: official\n  accessed: 2026-12-01\n`,
        // A method said to exist, without a source.
        'content/guides/en/bh/zain.mdx': (t) =>
          t.replace(/(- kind: online\n\s+status: )unconfirmed/, "$1'yes'"),
        // A reference to a step the page does not have.
        'content/guides/en/pk/jazz.mdx': (t) => `${t}\nSee <Ref step="visit-store" />.\n`,
        // A translated step citing a source its English step does not.
        'content/guides/zh-cn/bh/batelco.mdx': (t) =>
          t.replace(
            /(\nsteps:\n\s+- id: check-registration\n[^\n]+\n\s+body: >-\n\s+)/,
            '$1可向 TRA 投诉。[^tra-consumer-disputes]',
          ),
      },
      ({ status, output }) => {
        expect(status).not.toBe(0);
        expect(output).toContain('✖ content/guides/en/ph/dito.mdx → faq[0].answer');
        expect(output).toContain(
          '"It costs PHP 500." states a number (a code, fee, period or date) without a citation.',
        );
        expect(output).toContain('✖ content/guides/en/ph/globe.mdx → faq[0].answer');
        expect(output).toContain(
          'Cites "[^globe-stores-page]", which is not a source of content/sources/ph.yaml.',
        );
        expect(output).toContain('✖ content/sources/ph.yaml → unused-page');
        expect(output).toContain('The source "unused-page" is cited nowhere.');
        expect(output).toContain('✖ content/guides/en/bh/zain.mdx → methods[1].note');
        expect(output).toContain('The online method is "yes" but its note cites no source.');
        expect(output).toContain('✖ content/guides/zh-cn/bh/batelco.mdx → steps[0]');
        expect(output).toContain(
          'Cites differently from the English page: not in English [^tra-consumer-disputes].',
        );
        expect(output).toMatch(
          /Fix: Cite the same sources as the same item of content\/guides\/en\/bh\/batelco\.mdx/,
        );
        expect(output).toMatch(
          /✖ content\/guides\/en\/pk\/jazz\.mdx → \(body, line \d+\)\n {2}<Ref> to #step-visit-store, which this page does not have\./,
        );
        expect(output).toContain('Fix: Use one of: step="check-registration"');
        expect(output).not.toMatch(/^\s+at /m);
      },
    );
  });

  // UI strings are checked when the pages' code loads, before any page asks for the content.
  stage('found in the UI strings', (mistake) => {
    mistake(
      'for a missing UI string',
      { 'src/i18n/ui/kk.json': (t) => t.replace(/\n\s+"step.copyLink": "[^"]*",/, '') },
      ({ status, output }) => {
        expect(status).not.toBe(0);
        expect(output).toContain('src/i18n/ui/kk.json');
        expect(output).toContain('"step.copyLink" is missing or empty — translate the English string');
      },
    );
  });
});
