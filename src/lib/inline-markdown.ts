/**
 * Frontmatter text (steps, notes, FAQ…) is Markdown, read by the same engine
 * as guide bodies (Sätteri) and walked with the same rules (`markdown-tree`):
 * links, bold, code, citations `[^source-id]`, and a newline for a new
 * paragraph. Each paragraph is shown inline (in a heading, a list item or a
 * paragraph of the page), so lists, headings and images are problems, and
 * HTML is shown as the text it is: content can never inject markup.
 */
import { markdownToHast, type HastNode } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { CITATION, splitParagraphs, type PageCitations } from './citations';
import {
  imageProblem,
  isolateCode,
  linkProblem,
  replaceCitations,
  textOf,
  type TextProblem,
} from './markdown-tree';

/** One paragraph of frontmatter text, parsed. */
export interface InlineText {
  /** Its inline content: the paragraph's children. */
  nodes: HastNode[];
  /** Where its links go (web pages, e-mail addresses, sections of the page). */
  links: string[];
  problems: TextProblem[];
}

const blockFix =
  'Frontmatter texts are shown inline: write the list as separate items (steps, whatToBring) or as a sentence, and escape a number that starts a text ("1\\. …").';

/** Reads one paragraph of frontmatter text with the engine; never throws on content. */
export function readInline(text: string): InlineText {
  let tree: HastNode;
  try {
    // Typographic quotes and dashes, as in bodies. `[^id]` are our citations, not footnotes.
    tree = markdownToHast(text, { features: { smartPunctuation: true, gfm: { footnotes: false } } });
  } catch (error) {
    return { nodes: [], links: [], problems: [{ problem: String(error), fix: blockFix }] };
  }
  const blocks = ('children' in tree ? (tree.children as HastNode[]) : []).filter(
    (node) => !(node.type === 'text' && !node.value.trim()),
  );
  const [block] = blocks;
  if (!block) return { nodes: [], links: [], problems: [] };
  const problems: TextProblem[] = [];
  if (blocks.length > 1 || block.type !== 'element' || block.tagName !== 'p')
    problems.push({
      problem: `A ${block.type === 'element' ? `<${block.tagName}>` : 'block'} (a list, heading, quote or code block) in a text shown inline.`,
      fix: blockFix,
    });
  const links: string[] = [];
  const visit = (node: HastNode): HastNode => {
    // HTML in a text is shown as written.
    if (node.type === 'raw') return { type: 'text', value: node.value };
    if (node.type === 'element' && node.tagName === 'a') {
      const href = String(node.properties?.href ?? '');
      const problem = linkProblem(href, true);
      if (problem) problems.push(problem);
      else links.push(href);
      if (/^https?:/.test(href)) node.properties = { ...node.properties, rel: ['noopener'] };
    }
    if (node.type === 'element' && node.tagName === 'img')
      problems.push(imageProblem(String(node.properties?.src ?? '')));
    isolateCode(node);
    if ('children' in node) node.children = (node.children as HastNode[]).map(visit) as typeof node.children;
    return node;
  };
  visit(block);
  return { nodes: 'children' in block ? (block.children as HastNode[]) : [block], links, problems };
}

/** The links and problems of every paragraph of a frontmatter text, for the content rules. */
export function inspectText(text: string): { links: string[]; problems: TextProblem[] } {
  const read = splitParagraphs(text).map(readInline);
  return { links: read.flatMap((r) => r.links), problems: read.flatMap((r) => r.problems) };
}

/**
 * Renders one paragraph of frontmatter text to inline HTML. Citations become
 * numbered links into the page's source list (a text without citations needs
 * no `cites`).
 */
export function renderInline(text: string, cites?: PageCitations, key = text): string {
  const root = { type: 'root', children: readInline(text).nodes } as HastNode;
  replaceCitations(root, (id, n) => {
    if (!cites) throw new Error(`A citation [^${id}] where the page renders no sources.`);
    return { type: 'raw', value: cites.marker(id, key, n) } as HastNode;
  });
  // The only raw HTML left is the markers: the text's own HTML became text above.
  return toHtml(root as Root, { allowDangerousHtml: true });
}

/**
 * Splits text into paragraphs, each rendered with {@link renderInline}. YAML
 * folded blocks (`>-`) turn a blank line into one newline, so any newline
 * that survives YAML parsing marks a new paragraph.
 */
export function paragraphs(text: string, cites?: PageCitations): string[] {
  return splitParagraphs(text).map((p) => renderInline(p, cites));
}

/** A text as the reader reads it, without markup or citations, e.g. for attributes and search. */
export function plainText(text: string): string {
  return splitParagraphs(text)
    .map((p) => readInline(p).nodes.map(textOf).join('').replace(CITATION, ''))
    .join(' ');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
