/** `2026-11-22`, for `<time datetime>`. Dates in content are calendar dates (UTC). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One formatter per language: creating an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar date in the reader's language, e.g. "22 November 2026" or "2026年11月22日". */
export function formatDate(date: Date, lang: string): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(lang, formatter);
  }
  return formatter.format(date);
}
