/**
 * Language-neutral paths of pages, derived from content ids. Locale prefixes
 * are added by Astro's `astro:i18n` helpers (see `src/i18n/url.ts`), never here.
 */

/** Parts of a guides-collection id: `en/pk/jazz` or `en/pk/index`. */
export interface GuidePageId {
  locale: string;
  country: string;
  /** Undefined for a country overview. */
  carrier?: string;
}

export function parseGuideId(id: string): GuidePageId {
  const [locale, country, name, ...rest] = id.split('/');
  if (!locale || !country || !name || rest.length > 0) {
    throw new Error(`"${id}" is not <locale>/<country>/<carrier|index>`);
  }
  return name === 'index' ? { locale, country } : { locale, country, carrier: name };
}

/** `pk/` for an overview, `pk/jazz/` for a guide: the path after the locale. */
export function pagePath(page: { country: string; carrier?: string | undefined }): string {
  return page.carrier ? `${page.country}/${page.carrier}/` : `${page.country}/`;
}

/** Id of a guide page in a locale: `zh-cn/pk/jazz`, `zh-cn/pk/index`. */
export function guideId(locale: string, country: string, carrier?: string): string {
  return `${locale}/${country}/${carrier ?? 'index'}`;
}

/** The file a guides-collection entry comes from, for error messages. */
export function guideFile(id: string): string {
  return `content/guides/${id}.mdx`;
}

/** The HTML id of a step: language-neutral, so `#step-…` links work in every locale. */
export function stepAnchor(stepId: string): string {
  return `step-${stepId}`;
}

/** The HTML id of a national rule or special case section. */
export function sectionAnchor(prefix: 'rule' | 'case', id: string): string {
  return `${prefix}-${id}`;
}

/** Keeps the `#fragment` of the page being read when following a language link. */
export function withHash(href: string, hash: string): string {
  const base = href.split('#')[0] ?? href;
  return hash && hash !== '#' ? `${base}${hash.startsWith('#') ? hash : `#${hash}`}` : base;
}
