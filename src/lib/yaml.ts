/**
 * YAML as Astro reads it (js-yaml), with a syntax error reported as a problem
 * of its line instead of thrown: the content loader, the content tree and the
 * guide reader all report it with their file, next to every other problem.
 */
import { load } from 'js-yaml';
import type { ContentIssue } from './content-rules';

/** How to mend a YAML syntax error, the commonest mistake in content files. */
const yamlFix =
  'Check the indentation, and quote a text that contains a colon followed by a space ("Note: …").';

/** A YAML text as a record for a schema (empty when it is not one), or the syntax error that stopped it. */
export interface YamlData {
  data: Record<string, unknown>;
  problems: Omit<ContentIssue, 'file'>[];
}

/**
 * Reads YAML text. `place(line)` names where a syntax error is, as a field
 * ("(line 4)", "(frontmatter, line 4)"); `firstLine` is the file's line
 * number of the text's first line.
 */
export function readYamlData(text: string, place: (line: number) => string, firstLine = 1): YamlData {
  let value: unknown;
  try {
    value = load(text);
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    // js-yaml counts lines from 0.
    const line = (mark?.line ?? 0) + firstLine;
    return {
      data: {},
      problems: [{ field: place(line), problem: `Invalid YAML: ${reason ?? String(error)}.`, fix: yamlFix }],
    };
  }
  return { data: value && typeof value === 'object' ? (value as Record<string, unknown>) : {}, problems: [] };
}
