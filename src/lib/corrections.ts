/**
 * "Report a mistake" links: a template URL (src/config/site.ts) filled in
 * with the page and, from a step, the step. No form, no backend, no tracking:
 * the reader lands on the tracker the deployment chose, with the page named.
 */

export interface CorrectionTarget {
  /** The page's title, as the reader sees it. */
  title: string;
  /** Absolute URL of the page (with `#anchor` for a step or section). */
  url: string;
}

export function correctionHref(template: string, { title, url }: CorrectionTarget): string {
  const body = `Page: ${url}\n\nWhat is wrong, and which source says so:\n`;
  return template
    .replaceAll('{title}', encodeURIComponent(`Correction: ${title}`))
    .replaceAll('{body}', encodeURIComponent(body))
    .replaceAll('{url}', encodeURIComponent(url));
}
