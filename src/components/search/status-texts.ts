import { getLocale, type LocaleCode } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { pluralCategories, type StatusTexts } from '../../lib/search';

/** The strings both search scripts build their status line from (see `statusText`). */
export function statusTexts(locale: LocaleCode): StatusTexts {
  const t = useTranslations(locale);
  return {
    lang: getLocale(locale).lang,
    count: Object.fromEntries(
      pluralCategories.map((category) => [category, t(`search.count.${category}`)]),
    ) as StatusTexts['count'],
    forQuery: t('search.forQuery'),
    noResults: t('search.noResults'),
  };
}
