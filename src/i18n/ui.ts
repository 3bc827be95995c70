/**
 * UI strings: one JSON file per locale in `src/i18n/ui/`, flat dotted keys.
 * Every locale must define every key of the English file; a missing or empty
 * key fails the build (and the unit tests) naming the file and the key.
 */
import { z } from 'zod';
import en from './ui/en.json';
import { localeCodes, type LocaleCode } from './locales';

export type UiKey = keyof typeof en;
export type UiStrings = Record<UiKey, string>;

/** Every key of the English file, required and non-empty; no unknown keys. */
export const uiStringsSchema = z.strictObject(
  // Not trimmed: punctuation strings keep their spaces (": ", " (").
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string().regex(/\S/)])) as Record<
    UiKey,
    z.ZodString
  >,
);

/** Every `ui/<locale>.json`, found by name: adding a locale adds a file, not an import. */
const files = import.meta.glob<unknown>('./ui/*.json', { eager: true, import: 'default' });
const raw = Object.fromEntries(
  localeCodes.map((code) => {
    const data = files[`./ui/${code}.json`];
    if (data === undefined)
      throw new Error(`src/i18n/ui/${code}.json is missing: copy en.json and translate it.`);
    return [code, data];
  }),
) as Record<LocaleCode, unknown>;

/** Validates one locale's strings; throws a message naming the file and the keys. */
export function parseUiStrings(code: string, data: unknown): UiStrings {
  const result = uiStringsSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown key(s) ${issue.keys.join(', ')} — remove them or add them to en.json`
      : `"${issue.path.join('.')}" is missing or empty — translate the English string`,
  );
  throw new Error(`src/i18n/ui/${code}.json:\n  ${problems.join('\n  ')}`);
}

const strings = Object.fromEntries(
  Object.entries(raw).map(([code, data]) => [code, parseUiStrings(code, data)]),
) as Record<LocaleCode, UiStrings>;

/**
 * Returns the translator for a locale. `{name}` placeholders are filled from
 * `values`.
 */
export function useTranslations(locale: LocaleCode) {
  const table = strings[locale];
  return (key: UiKey, values: Record<string, string | number> = {}): string =>
    table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
