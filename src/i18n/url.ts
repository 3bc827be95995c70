import { getRelativeLocaleUrl } from 'astro:i18n';
import { pagePath } from '../lib/content-paths';
import type { LocaleCode } from './locales';

/** URL of the home page of a locale: `/zh-cn/`. */
export function homeUrl(locale: LocaleCode): string {
  return getRelativeLocaleUrl(locale, '');
}

/** URL of a country overview or a carrier guide in a locale: `/ur/pk/jazz/`. */
export function pageUrl(locale: LocaleCode, page: { country: string; carrier?: string | undefined }): string {
  return getRelativeLocaleUrl(locale, pagePath(page));
}

/** URL of the search page of a locale. */
export function searchUrl(locale: LocaleCode): string {
  return getRelativeLocaleUrl(locale, 'search/');
}
