/**
 * Sentence-level citations: `[^source-id]` in any text of a page, resolved
 * against the sources of the page's country (`content/sources/<cc>.yaml`).
 * One walk over a page's texts (`citationUnits`) serves the build rules
 * (unknown ids, uncited numbers, translations citing differently) and the
 * renderer (numbers, and the source list's links back to each citation),
 * so the two can never disagree.
 */
import type { Source, SourceKind } from '../schemas/source';
import { shortHash } from './hash';

/** `[^id]`; the id is checked against the country's sources, not by this pattern. */
export const CITATION = /\[\^([^\]\s]+)\]/g;

/** The source ids a text cites, in order, repeats included. */
export function citedIds(text: string): string[] {
  return [...text.matchAll(CITATION)].map((m) => m[1]!);
}

/**
 * True when a text states a concrete fact by our rule of thumb: it has a
 * digit in any script (a number, code, fee, period or date). Link targets,
 * citations and the given names (brands such as Tele2 or 3HK) do not count.
 */
export function hasDigit(text: string, names: readonly string[] = []): boolean {
  let rest = text.replace(/\]\([^)]*\)/g, ']').replace(CITATION, '');
  for (const name of names) rest = rest.replaceAll(name, '');
  return /\p{Nd}/u.test(rest);
}

/** A paragraph or list item of a page, as the renderer shows it and the rules check it. */
export interface CitationUnit {
  /** Where it is in the file, e.g. `steps[2].body` or `(body, line 14)`. */
  field: string;
  /** The text, with its `[^id]` citations. */
  text: string;
  /** What the paragraph belongs to, e.g. `step:visit-franchise`: translations must cite alike per group. */
  group: string;
  /** A heading (step, section or question title): its digits may be cited anywhere in its group. */
  heading?: boolean;
  /** Makes citation anchors unique; the text itself unless the renderer says otherwise. */
  key: string;
}

/** Paragraphs of a text field: YAML folded blocks keep a newline only where a blank line was. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

interface Section {
  id: string;
  title: string;
  body: string;
}

/** The texts of a guide or overview, in reading order. */
export interface PageTexts {
  type: 'guide' | 'overview';
  summary: string;
  difficulty?: { reason: string };
  methods?: { kind: string; note: string }[];
  whatToBring?: string[];
  money?: { balance: string; dues: string; fees: string };
  steps?: Section[];
  confirmClosed?: string[];
  specialCases?: Section[];
  rules?: Section[];
  faq: { question: string; answer: string }[];
}

/** A paragraph of the MDX body, with its citations still written `[^id]`. */
export interface BodyParagraph {
  /** Line in the file, for error messages. */
  line: number;
  text: string;
  /** Makes its citation anchors unique (line and column). */
  key: string;
}

/** Contact points shown on a guide, each citing its sources. */
export interface CitingContact {
  id: string;
  cite: string[];
}

/** Key of the citations of a contact: its id, since two contacts may cite the same sources. */
export const contactKey = (id: string) => `contact:${id}`;

/** Every paragraph of a page that may cite, in the order the page shows them. */
export function citationUnits(
  page: PageTexts,
  body: BodyParagraph[] = [],
  contacts: CitingContact[] = [],
): CitationUnit[] {
  const units: CitationUnit[] = [];
  /** A text shown as paragraphs. */
  const add = (field: string, text: string, group: string) => {
    for (const paragraph of splitParagraphs(text))
      units.push({ field, text: paragraph, group, key: paragraph });
  };
  /** A text shown on one line: a heading or a list item. */
  const addLine = (field: string, text: string, group: string, heading = false) =>
    units.push({ field, text, group, key: text, ...(heading && { heading }) });
  const sections = (list: Section[] | undefined, field: string, kind: string) =>
    list?.forEach((s, i) => {
      addLine(`${field}[${i}].title`, s.title, `${kind}:${s.id}`, true);
      add(`${field}[${i}].body`, s.body, `${kind}:${s.id}`);
    });

  addLine('summary', page.summary, 'summary');
  if (page.difficulty) add('difficulty.reason', page.difficulty.reason, 'difficulty');
  page.methods?.forEach((m, i) => add(`methods[${i}].note`, m.note, `method:${m.kind}`));
  for (const contact of contacts) {
    const text = contact.cite.map((id) => `[^${id}]`).join('');
    units.push({
      field: `contacts.${contact.id}.cite`,
      text,
      group: 'contacts',
      key: contactKey(contact.id),
    });
  }
  page.whatToBring?.forEach((item, i) => addLine(`whatToBring[${i}]`, item, 'what-to-bring'));
  if (page.money)
    for (const k of ['balance', 'dues', 'fees'] as const) add(`money.${k}`, page.money[k], `money:${k}`);
  sections(page.steps, 'steps', 'step');
  page.confirmClosed?.forEach((item, i) => addLine(`confirmClosed[${i}]`, item, 'confirm-closed'));
  sections(page.specialCases, 'specialCases', 'case');
  sections(page.rules, 'rules', 'rule');
  for (const p of body)
    units.push({ field: `(body, line ${p.line})`, text: p.text, group: 'body', key: p.key });
  page.faq.forEach((item, i) => {
    addLine(`faq[${i}].question`, item.question, `faq:${i}`, true);
    add(`faq[${i}].answer`, item.answer, `faq:${i}`);
  });
  return units;
}

/** Official carrier, regulator and government pages come first in a page's list. */
const kindRank: Record<SourceKind, number> = { official: 0, regulator: 0, government: 0, news: 1, other: 2 };

/** A source as the page's list shows it. */
export interface CitedSource {
  id: string;
  /** Its number on this page: its place in the list. */
  number: number;
  source: Source;
  /** Anchors of the places that cite it, in reading order, for the list's links back. */
  anchors: string[];
}

/** Short, stable anchor for the n-th citation in a paragraph. */
export function citationAnchor(key: string, n: number): string {
  return `cite-${shortHash(key)}-${n + 1}`;
}

/**
 * The numbered source list of a page, and how to render its citations.
 * Numbers follow the list (official pages first, then the country file's
 * order), so a source has one number however often it is cited.
 */
export class PageCitations {
  readonly sources: CitedSource[];
  private readonly byId: Map<string, CitedSource>;

  constructor(units: CitationUnit[], registry: Record<string, Source>) {
    const anchors = new Map<string, string[]>();
    for (const unit of units)
      citedIds(unit.text).forEach((id, n) => {
        if (!(id in registry)) throw new Error(`Unknown source "${id}" in ${unit.field}.`);
        anchors.set(id, [...(anchors.get(id) ?? []), citationAnchor(unit.key, n)]);
      });
    const order = Object.keys(registry);
    this.sources = [...anchors.keys()]
      .sort(
        (a, b) =>
          kindRank[registry[a]!.kind] - kindRank[registry[b]!.kind] || order.indexOf(a) - order.indexOf(b),
      )
      .map((id, i) => ({ id, number: i + 1, source: registry[id]!, anchors: anchors.get(id)! }));
    this.byId = new Map(this.sources.map((s) => [s.id, s]));
  }

  /** The markers of a contact point's sources. */
  contactMarkers(id: string, cite: string[]): string {
    return cite.map((source, n) => this.marker(source, contactKey(id), n)).join('');
  }

  /** The marker for the n-th citation (of source `id`) in the paragraph with this key. */
  marker(id: string, key: string, n: number): string {
    const cited = this.byId.get(id);
    if (!cited) throw new Error(`Source "${id}" is not cited on this page.`);
    return `<sup class="cite"><a href="#${sourceAnchor(id)}" id="${citationAnchor(key, n)}">[${cited.number}]</a></sup>`;
  }
}

/** Anchor of a source in the page's list. */
export const sourceAnchor = (id: string) => `source-${id}`;
