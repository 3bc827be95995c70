/**
 * Problems of files edited while `astro dev` runs. The loader runs in
 * Astro's content layer and the pages in Vite's module graph, which do not
 * share module instances, so the list lives on `globalThis`. The catalog
 * throws them, and the dev server shows the error overlay instead of the
 * file's last good version.
 */
import type { ContentIssue } from './content-rules';

const KEY = Symbol.for('sim-guides.edit-problems');
type Problems = Map<string, ContentIssue[]>;
const problems = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Problems;

export function setEditProblems(id: string, found: ContentIssue[]): void {
  if (found.length) problems.set(id, found);
  else problems.delete(id);
}

/** Problems of files edited since the last good sync, in no order. */
export function editProblems(): ContentIssue[] {
  return [...problems.values()].flat();
}
