/**
 * YAML as Astro reads it (js-yaml), with a syntax error returned as the line
 * it is on instead of thrown: the loader and the content tree report it with
 * their file, next to every other problem.
 */
import { load } from 'js-yaml';

export type YamlReading = { value: unknown } | { line: number; reason: string };

/** Reads YAML text; `firstLine` is the file's line number of the text's first line. */
export function readYaml(text: string, firstLine = 1): YamlReading {
  try {
    return { value: load(text) };
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    // js-yaml counts lines from 0.
    return { line: (mark?.line ?? 0) + firstLine, reason: reason ?? String(error) };
  }
}
