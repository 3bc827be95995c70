/**
 * schema.org JSON-LD for search engines: breadcrumbs on every content page,
 * and the steps of a guide as a HowTo.
 */

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

export function breadcrumbList(trail: Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export function howTo(guide: {
  name: string;
  description: string;
  /** Absolute URL of the guide. */
  url: string;
  lang: string;
  dateModified: string;
  supplies: string[];
  steps: { name: string; anchor: string }[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: guide.name,
    description: guide.description,
    inLanguage: guide.lang,
    dateModified: guide.dateModified,
    supply: guide.supplies.map((name) => ({ '@type': 'HowToSupply', name })),
    step: guide.steps.map((step, index) => ({
      '@type': 'HowToStep',
      position: index + 1,
      // Each step is named and linked, not repeated: its text is on the page the link opens,
      // and Google stopped showing HowTo results in 2023. Repeating the text cost the
      // longest guides 0.4 KB of their 20 KB budget (gzip).
      name: step.name,
      url: `${guide.url}#${step.anchor}`,
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`, safe against `</script>` in text. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
