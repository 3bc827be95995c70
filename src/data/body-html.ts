/**
 * A page's MDX body as the reader gets it: the HTML rendered at content sync,
 * with its citations numbered for this page and its `<Ref>`s and
 * `<Contact>`s filled in for the reader's locale.
 */
import type { LocaleCode } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { pageUrl } from '../i18n/url';
import { localName } from '../schemas/common';
import type { Contact } from '../schemas/carrier';
import type { PageCitations } from '../lib/citations';
import { contactHref } from '../lib/contacts';
import { escapeHtml, plainText } from '../lib/inline-markdown';
import { fillBodyCitations, fillBodyComponents } from '../lib/mdx-page';
import { resolvePage, type Catalog, type GuidePageEntry } from './catalog';

export function bodyHtml(
  catalog: Catalog,
  entry: GuidePageEntry,
  locale: LocaleCode,
  cites: PageCitations,
  contacts: Contact[] = [],
): string {
  const t = useTranslations(locale);
  const cited = fillBodyCitations(entry.rendered?.html ?? '', (id, key, n) => cites.marker(id, key, n));
  return fillBodyComponents(cited, {
    ref(guide, anchor, text) {
      const [country = '', carrier] = guide.split('/');
      const target = guide ? resolvePage(catalog, locale, country, carrier)?.entry : entry;
      const href = guide
        ? `${pageUrl(locale, { country, ...(carrier && { carrier }) })}#${anchor}`
        : `#${anchor}`;
      if (text.trim()) return `<a href="${href}">${text}</a>`;
      // Without link text, the target's own title in the reader's language (the content rules checked it exists).
      const [kind, ...rest] = anchor.split('-');
      const id = rest.join('-');
      const data = target?.data as
        { steps?: Section[]; specialCases?: Section[]; rules?: Section[] } | undefined;
      const list = kind === 'step' ? data?.steps : kind === 'case' ? data?.specialCases : data?.rules;
      const index = list?.findIndex((s) => s.id === id) ?? -1;
      const title = index >= 0 ? plainText(list![index]!.title) : anchor;
      const label =
        kind === 'step' ? `${t('step.number', { n: index + 1 })}${t('punct.colon')}${title}` : title;
      return `<a href="${href}">${escapeHtml(label)}</a>`;
    },
    contact(id) {
      const contact = contacts.find((c) => c.id === id);
      if (!contact) return '';
      const href = contactHref(contact);
      const value = escapeHtml(contact.value);
      const shown = href
        ? `<a href="${escapeHtml(href)}" dir="ltr">${value}</a>`
        : `<span dir="ltr">${value}</span>`;
      // Its own anchor key: the contacts block cites the same contact.
      const markers = contact.cite.map((source, n) => cites.marker(source, `body:${contact.id}`, n)).join('');
      return `<strong>${escapeHtml(localName(contact.label, locale))}</strong>${escapeHtml(t('punct.colon'))}${shown}${markers}`;
    },
  });
}

interface Section {
  id: string;
  title: string;
}
