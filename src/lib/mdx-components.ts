/**
 * The site components a guide body may use, with validated props. Bodies are
 * rendered once at content sync, so each component becomes plain HTML, or a
 * placeholder the page fills in (a reference's title and address, a
 * contact's number), since those depend on the reader's locale and on other
 * files. Anything else is refused with the list of what exists.
 *
 *   <Callout type="warning">Keep the receipt.</Callout>
 *   <Ref step="get-proof" />   <Ref case="lost-sim" guide="pk/zong" />   <Ref rule="registration-check" guide="pk" />
 *   <Contact id="whatsapp-self-service" />
 */
import { z } from 'zod';
import type { HastNode } from 'satteri';
import { slugSchema } from '../schemas/common';

/** A reference from a body to a step, special case or rule, checked by the content rules. */
export interface BodyRef {
  line: number;
  /** `pk/zong`, `pk`, or undefined for the page itself. */
  guide?: string | undefined;
  /** `step-get-proof`, `case-lost-sim`, `rule-registration-check`. */
  anchor: string;
}

/** A contact point a body shows, checked against the carrier's contacts. */
export interface BodyContact {
  line: number;
  id: string;
}

const guideRef = z
  .string()
  .regex(/^[a-z]{2}(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/, { error: 'Write guide as "<cc>/<carrier>" or "<cc>".' })
  .optional();

const components = {
  Callout: z.strictObject({
    /** `note` (default) or `warning`. */
    type: z.enum(['note', 'warning']).default('note'),
  }),
  Ref: z
    .strictObject({
      step: slugSchema.optional(),
      case: slugSchema.optional(),
      rule: slugSchema.optional(),
      /** Another page: `pk/zong` (a guide) or `pk` (an overview); this page when omitted. */
      guide: guideRef,
    })
    .refine((p) => [p.step, p.case, p.rule].filter(Boolean).length === 1, {
      error: 'Give exactly one of step, case or rule.',
    }),
  Contact: z.strictObject({
    /** A contact id of the page's carrier (content/carriers/<cc>/<carrier>.yaml). */
    id: slugSchema,
  }),
};
type Name = keyof typeof components;

export const componentNames = Object.keys(components) as Name[];

export interface ComponentResult {
  /** What replaces the component, or undefined when it has problems. */
  node?: HastNode;
  problems: string[];
  ref?: BodyRef;
  contact?: BodyContact;
}

function attributesOf(node: HastNode): { props: Record<string, string>; problems: string[] } {
  const props: Record<string, string> = {};
  const problems: string[] = [];
  for (const attribute of ('attributes' in node ? (node.attributes as unknown[]) : []) as {
    type: string;
    name?: string;
    value?: unknown;
  }[]) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) problems.push('A {…} spread of props.');
    else if (typeof attribute.value === 'string') props[attribute.name] = attribute.value;
    else problems.push(`The prop ${attribute.name} is not a plain "text" value.`);
  }
  return { props, problems };
}

/** Turns a site component into HTML (or a placeholder), or says what is wrong with it. */
export function renderComponent(node: HastNode, line: number): ComponentResult {
  const name = ('name' in node ? node.name : undefined) as string | undefined;
  if (!name || !(name in components)) {
    return {
      problems: [
        `<${name ?? ''}> is not a site component. Guide bodies may use: ${componentNames.map((n) => `<${n}>`).join(', ')}.`,
      ],
    };
  }
  const { props, problems } = attributesOf(node);
  const parsed = components[name as Name].safeParse(props);
  if (problems.length || !parsed.success) {
    const issues = parsed.success
      ? []
      : parsed.error.issues.map((i) => `${i.path.join('.') || 'props'}: ${i.message}`);
    return { problems: [`<${name}>: ${[...problems, ...issues].join(' ')}`] };
  }
  const children = ('children' in node ? node.children : []) as HastNode[];
  const element = (tagName: string, properties: Record<string, unknown>, kids: HastNode[] = []): HastNode =>
    ({ type: 'element', tagName, properties, children: kids }) as HastNode;
  switch (name as Name) {
    case 'Callout': {
      const { type } = parsed.data as { type: string };
      return {
        node: element('aside', { className: ['callout', `callout-${type}`] }, children),
        problems: [],
      };
    }
    case 'Ref': {
      const p = parsed.data as { step?: string; case?: string; rule?: string; guide?: string };
      const anchor = p.step ? `step-${p.step}` : p.case ? `case-${p.case}` : `rule-${p.rule}`;
      const ref = { line, guide: p.guide, anchor };
      return { node: element('a', { dataRef: `${p.guide ?? ''}#${anchor}` }, children), problems: [], ref };
    }
    case 'Contact': {
      const { id } = parsed.data as { id: string };
      return { node: element('span', { dataContact: id }), problems: [], contact: { line, id } };
    }
  }
}
