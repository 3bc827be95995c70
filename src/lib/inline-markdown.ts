/**
 * Frontmatter text (steps, notes, FAQ…) is Markdown, read by the same engine
 * as guide bodies (Sätteri) and held to the same rules (`markdown-rules`):
 * links, bold, code, citations `[^source-id]`, and a newline for a new
 * paragraph. Each paragraph is shown inline (in a heading, a list item or a
 * paragraph of the page), so lists, headings and images are problems, and
 * HTML is shown as the text it is: content can never inject markup.
 *
 * Bodies need a tree (components, lines for messages); these short texts,
 * some 30 a page and 200,000 at benchmark scale, use the engine's own HTML
 * output, several times faster than building a tree in JavaScript.
 */
import { markdownToHtml } from 'satteri';
import { CITATION, splitParagraphs, type PageCitations } from './citations';
import {
  imageProblem,
  isLeftToRightCode,
  linkProblem,
  unclosedBold,
  type TextProblem,
} from './markdown-rules';

/** One paragraph of frontmatter text, read. */
export interface InlineText {
  /** Its inline HTML, citations still written `[^id]`. */
  html: string;
  /** Where its links go (web pages, e-mail addresses, sections of the page). */
  links: string[];
  problems: TextProblem[];
}

const blockFix =
  'Frontmatter texts are shown inline: make a list separate items (steps, whatToBring) or a sentence, and escape a number that starts a text with a dot as "1990\\.".';

/** Typographic quotes and dashes, as in bodies; `[^id]` are our citations, not footnotes. */
const features = { smartPunctuation: true, gfm: { footnotes: false } };

/** Reads one paragraph of frontmatter text with the engine. */
export function readInline(text: string): InlineText {
  // The engine passes HTML through; as `&lt;` it is text. Code spans show
  // entities as written, so there the `&lt;` is turned back.
  const output = markdownToHtml(text.replaceAll('<', '&lt;'), { features })
    .html.trim()
    .replace(
      /<code>([^<]*)<\/code>/g,
      (_, code: string) => `<code>${code.replaceAll('&amp;lt;', '&lt;')}</code>`,
    );
  const paragraph = /^<p>([\s\S]*)<\/p>$/.exec(output);
  const problems: TextProblem[] = [];
  if (output && (!paragraph || paragraph[1]!.includes('</p>')))
    problems.push({
      problem: `A <${/^<(\w+)/.exec(output)?.[1] ?? 'p'}> (a list, heading, quote or code block) in a text shown inline.`,
      fix: blockFix,
    });
  const links: string[] = [];
  const html = (paragraph?.[1] ?? output)
    .replace(/<a href="([^"]*)"/g, (tag, href: string) => {
      const url = decodeEntities(href);
      const problem = linkProblem(url, true);
      if (problem) problems.push(problem);
      else links.push(url);
      return /^https?:/.test(url) ? `${tag} rel="noopener"` : tag;
    })
    .replace(/<img src="([^"]*)"/g, (tag, src: string) => {
      problems.push(imageProblem(decodeEntities(src)));
      return tag;
    })
    .replace(/<(strong|code)>([^<]*)<\/\1>/g, (span, tag: string, inner: string) =>
      isLeftToRightCode(inner) ? `<${tag} dir="ltr">${inner}</${tag}>` : span,
    );
  const bold = unclosedBold(html.replace(/<code[^>]*>[^<]*<\/code>/g, ''));
  if (bold) problems.push(bold);
  return { html, links, problems };
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
  let n = 0;
  return readInline(text).html.replace(CITATION, (_, id: string) => {
    if (!cites) throw new Error(`A citation [^${id}] where the page renders no sources.`);
    return cites.marker(id, key, n++);
  });
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
    .map((p) => decodeEntities(readInline(p).html.replace(/<[^>]*>/g, '')).replace(CITATION, ''))
    .join(' ');
}

/** The few entities the engine writes in text and attributes. */
function decodeEntities(html: string): string {
  return html
    .replace(/&(lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"' })[name] ?? "'")
    .replace(/&amp;/g, '&');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
