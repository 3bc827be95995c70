/**
 * Problems the content loaders found in files (YAML, MDX body, schema), by
 * file. Each collection has its own loader, and one that threw would stop
 * Astro's sync before the others had read their files; instead each records
 * what it found here, and the catalog (src/data/catalog.ts) throws every
 * problem of every file at once, in the build and on every page of
 * `astro dev`, where a broken edit then shows the error overlay instead of the
 * file's last good version. The loaders run in Astro's content layer and the
 * pages in Vite's module graph, which do not share module instances, so the
 * list lives on `globalThis`.
 */
import type { ContentIssue } from './content-rules';

const KEY = Symbol.for('sim-guides.file-problems');
type Problems = Map<string, ContentIssue[]>;
const problems = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Problems;

/** Records a file's problems as last read; none clears them. */
export function setFileProblems(file: string, found: ContentIssue[]): void {
  if (found.length) problems.set(file, found);
  else problems.delete(file);
}

/** Every recorded problem, by file name. */
export function fileProblems(): ContentIssue[] {
  return [...problems.keys()].sort().flatMap((file) => problems.get(file)!);
}
