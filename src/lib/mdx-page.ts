/**
 * A guide page is an MDX file: YAML frontmatter with the structured facts,
 * then a short prose body. The body is parsed with the MDX grammar (Sätteri,
 * the parser Astro's own MDX support uses) and rendered to HTML once, at
 * content sync, instead of becoming one JavaScript module per file: at
 * thousands of guides, compiling and bundling those modules was most of the
 * build's time and memory.
 */
import { readYamlData } from './yaml';
import { mdxToHast, type HastNode } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import type { BodyParagraph } from './citations';
import {
  imageProblem,
  isolateCode,
  linkProblem,
  replaceCitations,
  textOf,
  unclosedBold,
} from './markdown-rules';
import { componentNames, renderComponent, type BodyContact, type BodyRef } from './mdx-components';
import type { ContentIssue } from './content-rules';

/** A mistake in an MDX file; `field` says where, e.g. `(body, line 12)`. */
type PageProblem = Omit<ContentIssue, 'file'>;

export interface MdxPage {
  frontmatter: Record<string, unknown>;
  body: string;
  /** The body as HTML; empty when there are problems. */
  html: string;
  /** Where the body's links go: `mailto:` addresses and `#step-…`/`#case-…`/`#rule-…` anchors, since web links are problems. */
  links: string[];
  /** Its paragraphs and list items, with their citations, for the citation rules. */
  paragraphs: BodyParagraph[];
  /** Its `<Ref>`s and `<Contact>`s, for the rules and the page that fills them in. */
  refs: BodyRef[];
  contacts: BodyContact[];
  problems: PageProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

const proseFix =
  'Write the body as Markdown prose with the site components (README "Components in guide bodies"); put facts in the frontmatter. Escape a literal { or < as \\{ or \\<.';

/**
 * Reads an MDX file. js-yaml is what Astro's own frontmatter parsing uses;
 * the `yaml` package took eight times as long, and made over a gigabyte of
 * garbage, on the benchmark's 6,300 files.
 */
export function readMdxPage(source: string): MdxPage {
  const [, yaml = '', body = source] = FRONTMATTER.exec(source) ?? [];
  // The frontmatter starts on the file's line 2, after the opening ---.
  const { data: frontmatter, problems: yamlProblems } = readYamlData(
    yaml,
    (line) => `(frontmatter, line ${line})`,
    2,
  );
  if (yamlProblems.length > 0) {
    return {
      frontmatter,
      body,
      html: '',
      links: [],
      paragraphs: [],
      refs: [],
      contacts: [],
      problems: yamlProblems,
    };
  }
  // Only the body goes to the parser: Sätteri 0.10.5 keeps native memory in
  // proportion to what it parses (about 200 MB for the benchmark's 6,300 whole
  // files, 30 MB for their bodies), and the frontmatter is already parsed.
  const linesBefore = source.slice(0, source.length - body.length).split('\n').length - 1;
  const { html, links, paragraphs, refs, contacts, problems } = renderProse(body, linesBefore);
  return {
    frontmatter,
    body,
    html,
    links,
    paragraphs,
    refs,
    contacts,
    problems: problems.map(({ line, problem, fix }) => ({
      field: `(body, line ${line})`,
      problem,
      fix: fix ?? proseFix,
    })),
  };
}

/** Something in a body that cannot be rendered as prose, at a line of the file. */
export interface ProseProblem {
  line: number;
  problem: string;
  /** When it is not the general advice on prose. */
  fix?: string;
}

const componentFix = `Use a site component with its documented props (${componentNames.join(', ')}: see README "Components in guide bodies").`;

/** Blocks that hold running text; a citation belongs to the innermost one. */
const TEXT_BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd']);

/**
 * Renders an MDX body to HTML; `linesBefore` (the frontmatter's lines) makes
 * the reported lines those of the file. Bodies are prose: components,
 * imports, `{expressions}` and web links are reported as problems. Numbers
 * and codes in bold or code spans keep their order in right-to-left text, as
 * in the frontmatter's inline Markdown. A citation `[^id]` becomes a
 * placeholder `<sup data-cite>` that the page fills in with its number
 * ({@link fillBodyCitations}), since numbers depend on the page's source list.
 */
export function renderProse(
  body: string,
  linesBefore = 0,
): {
  html: string;
  links: string[];
  paragraphs: BodyParagraph[];
  refs: BodyRef[];
  contacts: BodyContact[];
  problems: ProseProblem[];
} {
  let tree: HastNode;
  try {
    // Typographic quotes and dashes, as Astro's own Markdown and MDX give by default.
    tree = mdxToHast(body, { features: { smartPunctuation: true } });
  } catch (error) {
    // Sätteri reports "line:column: message (rule)".
    const message = error instanceof Error ? error.message : String(error);
    const [, line, text] = /^(\d+):\d+: (.*?)(?: \([\w:-]+\))?$/.exec(message) ?? [];
    return {
      html: '',
      links: [],
      paragraphs: [],
      refs: [],
      contacts: [],
      problems: [{ line: Number(line ?? 1) + linesBefore, problem: text ?? message }],
    };
  }
  const problems: ProseProblem[] = [];
  const links: string[] = [];
  const paragraphs: BodyParagraph[] = [];
  const refs: BodyRef[] = [];
  const contacts: BodyContact[] = [];
  // Site components become HTML or placeholders; comments go; anything else is a problem.
  const resolve = (node: HastNode) => {
    if (!('children' in node)) return;
    node.children = (node.children as HastNode[]).flatMap((child): HastNode[] => {
      const line = (child.position?.start.line ?? 1) + linesBefore;
      if (child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') {
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(String((child as { value?: string }).value ?? ''))) return [];
        problems.push({ line, problem: describeMdxNode(child) });
        return [];
      }
      if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
        const result = renderComponent(child, line);
        problems.push(...result.problems.map((problem) => ({ line, problem, fix: componentFix })));
        if (result.ref) refs.push(result.ref);
        if (result.contact) contacts.push(result.contact);
        if (!result.node) return [];
        resolve(result.node);
        return [result.node];
      }
      if (child.type.startsWith('mdx')) {
        problems.push({ line, problem: describeMdxNode(child) });
        return [];
      }
      resolve(child);
      return [child];
    }) as typeof node.children;
  };
  resolve(tree);
  const visit = (node: HastNode) => {
    const line = (node.position?.start.line ?? 1) + linesBefore;
    if (node.type === 'element' && TEXT_BLOCKS.has(node.tagName) && !hasTextBlock(node)) {
      const text = textOf(node).trim();
      const key = `body:${line}:${node.position?.start.column ?? 0}`;
      if (text) paragraphs.push({ line, text, key });
      replaceCitations(node, (id, n) => ({
        type: 'element',
        tagName: 'sup',
        properties: { dataCite: id, dataKey: key, dataN: n },
        children: [],
      }));
    }
    if (node.type.startsWith('mdx')) {
      problems.push({ line, problem: describeMdxNode(node) });
      return;
    }
    if (node.type === 'element' && node.tagName === 'a' && !node.properties?.dataRef) {
      const href = String(node.properties?.href ?? '');
      // The body is context prose; web links belong in the frontmatter, which the page renders as checked links.
      const problem = linkProblem(href, false);
      if (problem) problems.push({ line, ...problem });
      // Sections of the page and e-mail addresses: the content rules check them.
      else links.push(href);
    }
    if (node.type === 'element' && node.tagName === 'img')
      problems.push({ line, ...imageProblem(String(node.properties?.src ?? '')) });
    isolateCode(node);
    if (node.type === 'element' && node.tagName !== 'code')
      for (const child of node.children as HastNode[]) {
        const bold = child.type === 'text' ? unclosedBold(child.value) : undefined;
        if (bold) problems.push({ line: (child.position?.start.line ?? 1) + linesBefore, ...bold });
      }
    if ('children' in node) for (const child of node.children as HastNode[]) visit(child);
  };
  visit(tree);
  return {
    html: problems.length ? '' : toHtml(tree as Root).trim(),
    links,
    paragraphs,
    refs,
    contacts,
    problems,
  };
}

function hasTextBlock(node: HastNode): boolean {
  return (
    'children' in node &&
    (node.children as HastNode[]).some(
      (child) => child.type === 'element' && (TEXT_BLOCKS.has(child.tagName) || hasTextBlock(child)),
    )
  );
}

const PLACEHOLDER = /<sup data-cite="([^"]+)" data-key="([^"]+)" data-n="(\d+)"><\/sup>/g;

const REF = /<a data-ref="([^"#]*)#([^"]+)">([\s\S]*?)<\/a>/g;
const CONTACT = /<span data-contact="([^"]+)"><\/span>/g;

/**
 * The body's HTML with each `<Ref>` and `<Contact>` placeholder filled in:
 * `ref(guide, anchor, text)` gives a reference's link (`text` is the
 * author's own link text, if any), `contact(id)` a contact's HTML.
 */
export function fillBodyComponents(
  html: string,
  fill: { ref: (guide: string, anchor: string, text: string) => string; contact: (id: string) => string },
): string {
  return html
    .replace(REF, (_, guide: string, anchor: string, text: string) => fill.ref(guide, anchor, text))
    .replace(CONTACT, (_, id: string) => fill.contact(id));
}

/** The body's HTML with each citation placeholder replaced by the page's numbered marker. */
export function fillBodyCitations(
  html: string,
  marker: (id: string, key: string, n: number) => string,
): string {
  return html.replace(PLACEHOLDER, (_, id: string, key: string, n: string) => marker(id, key, Number(n)));
}

function describeMdxNode(node: HastNode): string {
  if ('name' in node && node.type.startsWith('mdxJsx')) {
    return `<${node.name ?? ''}> is a component or HTML tag, which guide bodies do not use.`;
  }
  if (node.type === 'mdxjsEsm') return 'An import or export, which guide bodies do not use.';
  return 'A {…} expression, which guide bodies do not use.';
}
