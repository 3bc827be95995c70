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
import { contentProblemsMessage } from '../lib/content-rules';
import { readMdxPage } from '../lib/mdx-page';

interface Options {
  /** Glob of the files, relative to `base`, e.g. `*\/*\/*.mdx`. */
  pattern: string;
  /** Folder of the files, relative to the project root. */
  base: string;
}

export function mdxPages({ pattern, base }: Options): Loader {
  return {
    name: 'mdx-pages',
    async load({ config, store, parseData, watcher, logger }: LoaderContext) {
      const root = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
      const projectRoot = fileURLToPath(config.root);
      /** The id is the path without extension (`en/pk/jazz`): it is what readers see in URLs. */
      const idOf = (file: string) => file.replace(/\.mdx$/, '');

      async function sync(file: string) {
        const path = resolve(root, file);
        const filePath = relative(projectRoot, path);
        const page = readMdxPage(await readFile(path, 'utf8'));
        if (page.problems.length > 0) {
          throw new Error(contentProblemsMessage(page.problems.map((p) => ({ file: filePath, ...p }))));
        }
        const id = idOf(file);
        const data = await parseData({ id, data: page.frontmatter, filePath: path });
        // No body: the pages need only its HTML, and the content rules only its links and paragraphs.
        // No digest: a cached entry would hide changes to the renderer, and rendering is cheap.
        store.set({
          id,
          data,
          filePath,
          rendered: { html: page.html, metadata: { links: page.links, paragraphs: page.paragraphs } },
        });
        return id;
      }

      const files = await Array.fromAsync(glob(pattern, { cwd: root }));
      // A few files at a time: all 6,000 at once grew the heap for the rest of the build.
      const ids = new Set<string>();
      let next = 0;
      const worker = async () => {
        while (next < files.length) ids.add(await sync(files[next++]!));
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);

      if (!watcher) return;
      watcher.add(root);
      const fileOf = (path: string) => {
        const file = relative(root, path);
        return !file.startsWith('..') && matchesGlob(file, pattern) ? file : undefined;
      };
      const onEdit = (path: string) => {
        const file = fileOf(path);
        if (file) sync(file).catch((error: Error) => logger.error(error.message));
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
