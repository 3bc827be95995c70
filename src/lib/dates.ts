/** `2026-11-22`, for `<time datetime>`. Dates in content are calendar dates (UTC). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar date in the reader's language, e.g. "22 November 2026" or "2026年11月22日". */
export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
