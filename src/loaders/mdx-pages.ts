/**
 * Loads guide pages from MDX files: frontmatter validated against the
 * collection schema, and the prose body rendered to HTML at sync time
 * (src/lib/mdx-page.ts), so `render(entry)` needs no compiled module.
 * Uses only Astro's public loader API; in `astro dev` it follows edits.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob, readFile } from 'node:fs/promises';
import { matchesGlob, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentProblemsError, contentProblemsMessage, type ContentIssue } from '../lib/content-rules';
import { setEditProblems } from '../lib/edit-problems';
import { readMdxPage } from '../lib/mdx-page';

interface Options {
  /** Glob of the files, relative to `base`, e.g. `*\/*\/*.mdx`. */
  pattern: string;
  /** Folder of the files, relative to the project root. */
  base: string;
}

/** The code that turns a file into a stored page; a change to it re-renders every page. */
const RENDERER = ['src/lib/mdx-page.ts', 'src/lib/citations.ts', 'src/loaders/mdx-pages.ts', 'package.json'];

/** A schema error from Astro, as a problem of the file. */
function schemaIssue(file: string, error: unknown): ContentIssue {
  const message = error instanceof Error ? error.message : String(error);
  // Astro lists the fields as "**field**: message" lines under a heading.
  const fields = [...message.matchAll(/\*\*([^*]+)\*\*:?\s*(?:\*\*[^*]*\*\*:?)?\s*([^\n]+)/g)];
  return {
    file,
    field: fields.map((m) => m[1]).join(', ') || '(frontmatter)',
    problem: fields.length ? fields.map((m) => m[2]!.trim()).join(' ') : message,
    fix: 'Correct the field as the message says; the schema is in src/schemas/guide.ts.',
  };
}

export function mdxPages({ pattern, base }: Options): Loader {
  return {
    name: 'mdx-pages',
    async load({ config, store, parseData, generateDigest, watcher, logger }: LoaderContext) {
      const root = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
      const projectRoot = fileURLToPath(config.root);
      /** The id is the path without extension (`en/pk/jazz`): it is what readers see in URLs. */
      const idOf = (file: string) => file.replace(/\.mdx$/, '');
      // A stored page is reused only if neither its file nor the code that renders it changed.
      const renderer = generateDigest(
        (await Promise.all(RENDERER.map((file) => readFile(new URL(file, config.root), 'utf8')))).join('\n'),
      );

      /** Reads, checks and stores one file; returns its problems (none when it was stored). */
      async function sync(file: string): Promise<ContentIssue[]> {
        const path = resolve(root, file);
        const filePath = relative(projectRoot, path);
        const id = idOf(file);
        const source = await readFile(path, 'utf8');
        const digest = generateDigest(`${renderer}\n${source}`);
        if (store.get(id)?.digest === digest) return [];
        const page = readMdxPage(source);
        if (page.problems.length > 0) return page.problems.map((p) => ({ file: filePath, ...p }));
        let data: Record<string, unknown>;
        try {
          data = await parseData({ id, data: page.frontmatter, filePath: path });
        } catch (error) {
          return [schemaIssue(filePath, error)];
        }
        // No body: the pages need only its HTML, and the content rules only its links and paragraphs.
        store.set({
          id,
          data,
          filePath,
          digest,
          rendered: {
            html: page.html,
            metadata: {
              links: page.links,
              paragraphs: page.paragraphs,
              refs: page.refs,
              contacts: page.contacts,
            },
          },
        });
        return [];
      }

      const files = await Array.fromAsync(glob(pattern, { cwd: root }));
      // A few files at a time: all 6,000 at once grew the heap for the rest of the build.
      const problems: ContentIssue[] = [];
      let next = 0;
      const worker = async () => {
        while (next < files.length) problems.push(...(await sync(files[next++]!)));
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      const ids = new Set(files.map(idOf));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      // Every problem of every file, in one report.
      if (problems.length > 0) throw new ContentProblemsError(problems);

      if (!watcher) return;
      watcher.add(root);
      const fileOf = (path: string) => {
        const file = relative(root, path);
        return !file.startsWith('..') && matchesGlob(file, pattern) ? file : undefined;
      };
      const onEdit = async (path: string) => {
        const file = fileOf(path);
        if (!file) return;
        const found = await sync(file);
        // The page of a broken file shows the problem (see src/data/catalog.ts), not its last good version.
        setEditProblems(idOf(file), found);
        if (found.length) logger.error(contentProblemsMessage(found));
      };
      watcher.on('add', onEdit);
      watcher.on('change', onEdit);
      watcher.on('unlink', (path) => {
        const file = fileOf(path);
        if (file) store.delete(idOf(file));
      });
    },
  };
}
