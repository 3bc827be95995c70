/**
 * Loads content files: guide pages from MDX (frontmatter validated against the
 * collection schema, the prose body rendered to HTML at sync time by
 * src/lib/mdx-page.ts, so `render(entry)` needs no compiled module) and data
 * files from YAML (countries, carriers, sources). Every problem of every file
 * is reported in one run, each with its file, field or line and fix, and no
 * stack trace: Astro's own glob loader stopped at the first broken YAML file,
 * with js-yaml's stack. Uses only Astro's public loader API; in `astro dev` it
 * follows edits.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob, readFile } from 'node:fs/promises';
import { matchesGlob, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentProblemsMessage, type ContentIssue } from '../lib/content-rules';
import { setFileProblems } from '../lib/file-problems';
import { readMdxPage } from '../lib/mdx-page';
import { readYamlData, type YamlData } from '../lib/yaml';

/** What a file holds: the data for the schema and what its page renders, or its problems. */
interface FileReading extends YamlData {
  rendered?: { html: string; metadata: Record<string, unknown> };
}

interface Options {
  /** Glob of the files, relative to `base`, e.g. `*\/*\/*.mdx`. */
  pattern: string;
  /** Folder of the files, relative to the project root. */
  base: string;
  /** Where the collection's schema is, for the fix of a schema error. */
  schemaFile: string;
}

/** The code that turns a file into a stored entry; a change to it re-reads every file. */
const READER = [
  'src/lib/mdx-page.ts',
  'src/lib/citations.ts',
  'src/lib/yaml.ts',
  'src/loaders/content-files.ts',
  'package.json',
];

/** A schema error from Astro, as a problem of the file. */
function schemaIssue(file: string, error: unknown, schemaFile: string): ContentIssue {
  const message = error instanceof Error ? error.message : String(error);
  // Astro lists the fields as "**field**: message" lines under a "**collection → id** …" heading.
  const fields = [...message.matchAll(/\*\*([^*]+)\*\*:?\s*(?:\*\*[^*]*\*\*:?)?\s*([^\n]+)/g)].filter(
    (m) => !m[1]!.includes(' → '),
  );
  return {
    file,
    field: fields.map((m) => m[1]).join(', ') || '(file)',
    problem: fields.length ? fields.map((m) => m[2]!.trim()).join(' ') : message,
    fix: `Correct the field as the message says; the schema is in ${schemaFile}.`,
  };
}

function contentFiles(
  name: string,
  { pattern, base, schemaFile }: Options,
  read: (source: string) => FileReading,
): Loader {
  return {
    name,
    async load({ config, store, parseData, generateDigest, watcher, logger }: LoaderContext) {
      const root = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
      const projectRoot = fileURLToPath(config.root);
      /** The id is the path without extension (`en/pk/jazz`, `pk/jazz`, `pk`): it is what readers see in URLs. */
      const idOf = (file: string) => file.replace(/\.(?:mdx|ya?ml)$/, '');
      // A stored entry is reused only if neither its file nor the code that reads it changed.
      const reader = generateDigest(
        (await Promise.all(READER.map((file) => readFile(new URL(file, config.root), 'utf8')))).join('\n'),
      );

      /** Reads, checks and stores one file; records its problems (none when it was stored). */
      async function sync(file: string): Promise<ContentIssue[]> {
        const path = resolve(root, file);
        const filePath = relative(projectRoot, path);
        const found = await storeFile(path, filePath, idOf(file));
        setFileProblems(filePath, found);
        return found;
      }
      async function storeFile(path: string, filePath: string, id: string): Promise<ContentIssue[]> {
        const source = await readFile(path, 'utf8');
        const digest = generateDigest(`${reader}\n${source}`);
        if (store.get(id)?.digest === digest) return [];
        const reading = read(source);
        if (reading.problems.length > 0) return reading.problems.map((p) => ({ file: filePath, ...p }));
        let data: Record<string, unknown>;
        try {
          data = await parseData({ id, data: reading.data, filePath: path });
        } catch (error) {
          return [schemaIssue(filePath, error, schemaFile)];
        }
        store.set({ id, data, filePath, digest, ...(reading.rendered && { rendered: reading.rendered }) });
        return [];
      }

      const files = await Array.fromAsync(glob(pattern, { cwd: root }));
      // A few files at a time: all 6,000 at once grew the heap for the rest of the build.
      let next = 0;
      const worker = async () => {
        while (next < files.length) await sync(files[next++]!);
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      const ids = new Set(files.map(idOf));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);

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
        if (found.length) logger.error(contentProblemsMessage(found));
      };
      watcher.on('add', onEdit);
      watcher.on('change', onEdit);
      watcher.on('unlink', (path) => {
        const file = fileOf(path);
        if (!file) return;
        store.delete(idOf(file));
        setFileProblems(relative(projectRoot, path), []);
      });
    },
  };
}

/** Guide pages: YAML frontmatter and a prose body, rendered once here. */
export function mdxPages(options: Options): Loader {
  return contentFiles('mdx-pages', options, (source) => {
    const page = readMdxPage(source);
    return {
      data: page.frontmatter,
      problems: page.problems,
      // No body: the pages need only its HTML, and the content rules only its links and paragraphs.
      rendered: {
        html: page.html,
        metadata: {
          links: page.links,
          paragraphs: page.paragraphs,
          refs: page.refs,
          contacts: page.contacts,
        },
      },
    };
  });
}

/** Data files (countries, carriers, sources): YAML only. */
export function yamlFiles(options: Options): Loader {
  return contentFiles('yaml-files', options, (source) => readYamlData(source, (line) => `(line ${line})`));
}
