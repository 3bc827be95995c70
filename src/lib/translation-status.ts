/**
 * Whether a translation still follows its English page. A translation records
 * the English page's fingerprint in `follows` (written by
 * `npm run translations -- --stamp <file>`); the fingerprint covers what a
 * translation must carry over — its ids, method statuses, citations and
 * numbers — and ignores English rewording, so only changes of substance make
 * a translation "behind".
 */
import { citationUnits, citedIds, type BodyParagraph, type PageTexts } from './citations';
import { shortHash } from './hash';

const DIGIT = /\p{Nd}/u;

/** The value of a digit in any script: Unicode lays digits out in runs of ten, zero first. */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0)!;
  let start = code;
  while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}

/** The numbers a text states, in ASCII digits whatever its script. */
function numbersIn(text: string): string[] {
  const ascii = text.replace(/\p{Nd}/gu, (d) => String(digitValue(d)));
  return (ascii.match(/\d+/g) ?? []).sort();
}

/** The English page's fingerprint: ids, statuses, and per item its citations and numbers. */
export function englishFingerprint(page: PageTexts, body: BodyParagraph[] = []): string {
  const items = new Map<string, Set<string>>();
  for (const unit of citationUnits(page, body)) {
    const facts = items.get(unit.group) ?? new Set<string>();
    for (const id of citedIds(unit.text)) facts.add(`^${id}`);
    for (const n of numbersIn(unit.text.replace(/\[\^[^\]]*\]/g, ''))) facts.add(n);
    items.set(unit.group, facts);
  }
  const summary = {
    type: page.type,
    methods: (page.methods ?? []).map((m) => `${m.kind}:${m.status}`),
    items: [...items].map(([group, facts]) => `${group}=${[...facts].sort().join(',')}`),
  };
  return shortHash(JSON.stringify(summary));
}

/** True when a translation's recorded fingerprint is not the English page's current one. */
export function isBehind(follows: string | undefined, english: string): boolean {
  return follows !== english;
}
