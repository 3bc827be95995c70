/**
 * While an author writes, `astro dev` shows what the file says now: an edit
 * appears on reload, and a file broken by an edit shows its problem (file,
 * line, fix) on every page instead of the page's last good version, until it
 * is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from './project-copy';

const PORT = 4390 + (process.pid % 50);
const PAGE = `http://localhost:${PORT}/en/pk/jazz/`;
const FILE = 'content/guides/en/pk/jazz.mdx';

let copy: ProjectCopy;
let server: ChildProcess;
let original: string;
/** What the dev server printed: where the author reads the problem, beside the overlay. */
let terminal = '';

/** The page as a reader's reload gets it. */
async function load(url = PAGE): Promise<{ status: number; text: string }> {
  const response = await fetch(url);
  return { status: response.status, text: await response.text() };
}

/** Reloads until the page passes `check` (the dev server picks an edit up within a second or two). */
async function reloadUntil(check: (page: { status: number; text: string }) => boolean, what: string) {
  const deadline = Date.now() + 60_000;
  let page = await load();
  while (!check(page)) {
    if (Date.now() > deadline) throw new Error(`The dev server never showed ${what}; last: ${page.status}`);
    await new Promise((wait) => setTimeout(wait, 250));
    page = await load();
  }
  return page;
}

beforeAll(async () => {
  copy = copyProject('sim-guides-dev-');
  original = copy.read(FILE);
  server = spawn(copy.astro, ['dev', '--port', String(PORT)], {
    cwd: copy.dir,
    // Not vitest's own variables: Astro serves nothing under them (it takes itself for a test run).
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)),
      ),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (terminal += chunk));
  server.stderr!.on('data', (chunk) => (terminal += chunk));
  // Up when it answers; the first page also syncs the content.
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await load()).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('astro dev did not serve the guide within 2 minutes');
    await new Promise((wait) => setTimeout(wait, 500));
  }
}, 150_000);

afterAll(() => {
  server?.kill();
  copy?.remove();
});

describe('astro dev, while a guide is edited', () => {
  it('shows an edit on the next reload', { timeout: 90_000 }, async () => {
    copy.write(FILE, original.replace(/^title: .*$/m, 'title: How to cancel a Jazz SIM (edited)'));
    await reloadUntil((page) => page.text.includes('(edited)'), 'the edited title');
  });

  it(
    'shows a broken file as its problem, on its page and on others, then the page again once fixed',
    { timeout: 120_000 },
    async () => {
      copy.write(FILE, original.replace(/\n---\n/, '\n---\n\nSee <Ref step="no-such-step" />.\n'));
      terminal = '';
      const broken = await reloadUntil((page) => page.status >= 500, 'an error for the broken file');
      // The error page, whose overlay shows the message; not the last good version of the guide.
      expect(broken.text).toContain('<title>ContentProblemsError</title>');
      expect(broken.text).not.toContain('class="step"');
      // Other pages read the same content, so they stop too.
      const other = await load(`http://localhost:${PORT}/en/pk/zong/`);
      expect(other.status).toBeGreaterThanOrEqual(500);
      expect(other.text).toContain('<title>ContentProblemsError</title>');
      // The message names the file, the line and the fix, with no stack trace.
      expect(terminal).toMatch(/content\/guides\/en\/pk\/jazz\.mdx → \(body, line \d+\)/);
      expect(terminal).toContain('<Ref> to #step-no-such-step, which this page does not have.');
      expect(terminal).toContain('Fix: Use one of: step="');
      expect(terminal).not.toMatch(/^\s+at .*\.(?:ts|js|mjs):\d+/m);

      copy.write(FILE, original);
      await reloadUntil((page) => page.status === 200, 'the page once the file was fixed');
    },
  );

  it(
    'shows a file whose YAML an edit broke as its problem, not its last good version',
    { timeout: 120_000 },
    async () => {
      terminal = '';
      copy.write(FILE, original.replace(/^title: /m, 'title: Jazz: '));
      const broken = await reloadUntil((page) => page.status >= 500, 'an error for the broken YAML');
      expect(broken.text).not.toContain('class="step"');
      expect(terminal).toMatch(
        /content\/guides\/en\/pk\/jazz\.mdx → \(frontmatter, line \d+\)\n {2}Invalid YAML/,
      );
      copy.write(FILE, original);
      await reloadUntil((page) => page.status === 200, 'the page once the YAML was fixed');
    },
  );
});
