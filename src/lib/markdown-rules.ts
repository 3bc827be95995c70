/**
 * What guide bodies (MDX) and frontmatter texts (Markdown) share once the
 * engine, Sätteri, has read them: one rule for where a link may go, one for
 * images, the same direction for numbers and codes, and the same `[^id]`
 * citations. Both renderers apply these, so a text behaves alike wherever it
 * is written.
 */
import type { HastNode } from 'satteri';
import { CITATION } from './citations';

/** A mistake in a text, and how to fix it. */
export interface TextProblem {
  problem: string;
  fix: string;
}

/** A link to a step, special case or rule, the same in every language. */
const SECTION_ANCHOR = /^#(?:step|case|rule)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const anchorFix =
  'Link to a part of this page as #step-<id>, #case-<id> or #rule-<id>, or write the address as text.';
const webLinkFix =
  'Move the link into a frontmatter text (a step, a note or the FAQ) or list the page under sources.';

/**
 * Where a link in guide text may go: a section of the page, an e-mail address
 * and, where `webLinks` allows, a web page (which the content rules check
 * against the page's allowed sites). Anything else leads nowhere.
 */
export function linkProblem(href: string, webLinks: boolean): TextProblem | undefined {
  if (SECTION_ANCHOR.test(href) || href.startsWith('mailto:')) return undefined;
  if (/^https?:\/\//.test(href))
    return webLinks ? undefined : { problem: `Link to ${href} in the MDX body.`, fix: webLinkFix };
  return { problem: `A link to "${href}", which leads nowhere from a guide.`, fix: anchorFix };
}

export function imageProblem(src: string): TextProblem {
  return {
    problem: `An image (${src}), which guides do not show.`,
    fix: 'Describe it in words: pages stay small and readable offline and by screen readers.',
  };
}

/**
 * A `**` still in the text once the engine has read it: bold that never
 * closed, and would show its asterisks to the reader.
 */
export function unclosedBold(text: string): TextProblem | undefined {
  if (!text.includes('**')) return undefined;
  return {
    problem: `Bold that does not close, shown as "**": "${text.trim().slice(0, 40)}…".`,
    fix: 'Markdown does not end bold right after punctuation that a letter follows (as in "**终止（terminate）**号码"): end it before the punctuation ("**终止**（terminate）号码"), or write a literal asterisk as \\*.',
  };
}

/** Arabic-script letters (Urdu and Arabic). */
const RTL_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * True for numbers and codes (`+973 39611196`, `*199#`, `0800-55055`), which
 * need `dir="ltr"`: inside right-to-left text their digit groups would
 * otherwise be laid out in reverse order. Harmless in left-to-right text.
 */
export function isLeftToRightCode(text: string): boolean {
  return /\d/.test(text) && !RTL_LETTER.test(text);
}

/** Bold and code spans holding a number or code keep their order in right-to-left text. */
export function isolateCode(node: HastNode): void {
  if (node.type === 'element' && ['strong', 'code'].includes(node.tagName) && isLeftToRightCode(textOf(node)))
    node.properties = { ...node.properties, dir: 'ltr' };
}

export function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as HastNode[]).map(textOf).join('') : '';
}

/**
 * Replaces each `[^id]` in the text under `block` with the node `marker`
 * makes for the n-th citation of the block: the order the content rules
 * count them in, since they read the same text.
 */
export function replaceCitations(block: HastNode, marker: (id: string, n: number) => HastNode): void {
  let n = 0;
  const visit = (node: HastNode) => {
    if (!('children' in node)) return;
    node.children = (node.children as HastNode[]).flatMap((child): HastNode[] => {
      if (child.type !== 'text') {
        visit(child);
        return [child];
      }
      const parts: HastNode[] = [];
      let last = 0;
      for (const match of child.value.matchAll(CITATION)) {
        if (match.index > last) parts.push({ type: 'text', value: child.value.slice(last, match.index) });
        parts.push(marker(match[1]!, n++));
        last = match.index + match[0].length;
      }
      if (last === 0) return [child];
      if (last < child.value.length) parts.push({ type: 'text', value: child.value.slice(last) });
      return parts;
    }) as typeof node.children;
  };
  visit(block);
}
