import { expect, test } from '@playwright/test';
import { builtPages, fileFor, siteContent, siteOrigin } from './support/site';
import { allowedHosts, hostOf } from '../../src/lib/content-rules';
import { localeCodes } from '../../src/i18n/locales';
import { correctionsUrl } from '../../src/config/site';

const REPORT_ORIGIN = new URL(correctionsUrl.replace(/\{\w+\}/g, '')).origin;

test('every internal link and #fragment resolves, stays in the reader’s locale, and external links go to allowed domains only', () => {
  const site = siteOrigin();
  const pages = builtPages();
  const ids = new Map(pages.map((p) => [p.url, new Set(p.doc.querySelectorAll('[id]').map((e) => e.id))]));
  const content = siteContent();
  const problems: string[] = [];
  let internal = 0;
  let fragments = 0;
  let external = 0;

  for (const page of pages) {
    const locale = page.url.split('/')[1] ?? '';
    const inLocale = (localeCodes as string[]).includes(locale);
    const [, , country, carrier] = page.url.split('/');
    const contentId = [
      `${locale}/${country}/${carrier || 'index'}`,
      `en/${country}/${carrier || 'index'}`,
    ].find((id) => content.pageData.has(id));
    const allowed = contentId
      ? allowedHosts(
          content.pages.find((p) => p.id === contentId)!,
          content,
        )
      : new Set<string>();
    // Looked up once per page: Element.closest() for each of the site's 50,000 links takes seconds.
    const languageLinks = new Set(page.doc.querySelectorAll('nav.languages a'));

    for (const link of page.doc.querySelectorAll('a[href], link[href]')) {
      const href = link.getAttribute('href')!;
      const isAlternate = link.tagName === 'LINK';
      const url = new URL(href, `${site}${page.url}`);
      if (url.origin !== site) {
        // Dialling links go to a sourced contact; report links go where the deployment chose.
        const isReport =
          url.origin === REPORT_ORIGIN && link.closest('.report-mistake, .step-actions') !== null;
        if (isAlternate || url.protocol === 'tel:' || isReport) continue;
        external++;
        if (!allowed.has(hostOf(url.href)))
          problems.push(`${page.url}: external link to a domain not allowed here: ${href}`);
        const web = url.protocol === 'https:' || url.protocol === 'http:';
        if (web && !/\bnoopener\b/.test(link.getAttribute('rel') ?? '')) {
          problems.push(`${page.url}: no rel="noopener" on ${href}`);
        }
        continue;
      }
      internal++;
      const target = url.pathname === page.url ? page.url : url.pathname;
      if (!fileFor(url.pathname)) {
        problems.push(`${page.url}: broken link ${href}`);
        continue;
      }
      if (url.hash) {
        fragments++;
        const targetIds = ids.get(target);
        if (!targetIds?.has(decodeURIComponent(url.hash.slice(1))))
          problems.push(`${page.url}: missing fragment ${href}`);
      }
      const targetLocale = url.pathname.split('/')[1] ?? '';
      const switchesLanguage =
        isAlternate || languageLinks.has(link) || (localeCodes as string[]).includes(targetLocale) === false;
      if (inLocale && targetLocale !== locale && !switchesLanguage) {
        problems.push(`${page.url}: link leaves the ${locale} locale: ${href}`);
      }
    }
  }
  console.log(
    `links: ${pages.length} pages, ${internal} internal links (${fragments} with #fragments), ${external} external links`,
  );
  expect(problems).toEqual([]);
  // Every page links to every language (its language links, or the chooser's list): the walk saw at least those.
  expect(internal).toBeGreaterThanOrEqual(pages.length * localeCodes.length);
});
