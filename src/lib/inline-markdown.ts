/**
 * The small inline Markdown used in frontmatter text (steps, notes, FAQ):
 * `[text](https://url)`, `**bold**`, `` `code` ``, citations `[^source-id]`
 * and blank-line paragraphs. Anything else is escaped, so content can never
 * inject HTML.
 */
import { CITATION, splitParagraphs, type PageCitations } from './citations';

const TOKEN = new RegExp(
  `${CITATION.source}|\\[([^\\]]+)\\]\\((https?:\\/\\/[^\\s)]+|#(?:step|case|rule)-[a-z0-9-]+)\\)|\\*\\*([^*]+)\\*\\*|\`([^\`]+)\``,
  'g',
);

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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

function isolateDirection(text: string): string {
  return isLeftToRightCode(text) ? ' dir="ltr"' : '';
}

/**
 * Renders one paragraph of inline Markdown to HTML. External links get
 * `rel="noopener"`; citations become numbered links into the page's source
 * list (a text without citations needs no `cites`).
 */
export function renderInline(text: string, cites?: PageCitations, key = text): string {
  let html = '';
  let last = 0;
  let n = 0;
  for (const match of text.matchAll(TOKEN)) {
    html += escapeHtml(text.slice(last, match.index));
    const [, cited, linkText, href, bold, code] = match;
    if (cited !== undefined) {
      if (!cites) throw new Error(`A citation [^${cited}] where the page renders no sources.`);
      html += cites.marker(cited, key, n++);
    } else if (href?.startsWith('#')) {
      html += `<a href="${escapeHtml(href)}">${escapeHtml(linkText ?? '')}</a>`;
    } else if (href !== undefined) {
      html += `<a href="${escapeHtml(href)}" rel="noopener">${escapeHtml(linkText ?? '')}</a>`;
    } else if (bold !== undefined) {
      html += `<strong${isolateDirection(bold)}>${escapeHtml(bold)}</strong>`;
    } else {
      html += `<code${isolateDirection(code ?? '')}>${escapeHtml(code ?? '')}</code>`;
    }
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/**
 * Splits text into paragraphs, each rendered with {@link renderInline}. YAML
 * folded blocks (`>-`) turn a blank line into one newline, so any newline
 * that survives YAML parsing marks a new paragraph.
 */
export function paragraphs(text: string, cites?: PageCitations): string[] {
  return splitParagraphs(text).map((p) => renderInline(p, cites));
}

/** The `#step-…`, `#case-…` and `#rule-…` anchors a text links to. */
export function extractAnchors(text: string): string[] {
  return [...text.matchAll(/\]\((#(?:step|case|rule)-[a-z0-9-]+)\)/g)].map((m) => m[1]!);
}

/**
 * Every absolute URL written in a text: Markdown links and bare URLs alike,
 * and e-mail addresses as `mailto:` URLs (Markdown turns them into links).
 */
export function extractUrls(text: string): string[] {
  const urls = [...text.matchAll(/https?:\/\/[^\s)"'<>\]]+/g)].map((m) => m[0]);
  const emails = [...text.matchAll(/[\w.+-]+@(?:[\w-]+\.)+[a-z]{2,}/gi)].map((m) => `mailto:${m[0]}`);
  return [...urls, ...emails];
}

/** The text of inline Markdown without its markup or citations, e.g. for attributes and search. */
export function plainText(text: string): string {
  return text.replace(TOKEN, (_, _cited, linkText, _href, bold, code) => linkText ?? bold ?? code ?? '');
}
