import { guideId } from './content-paths';

/**
 * Whether a built URL belongs in the sitemap: only canonical pages. Search
 * pages and the 404 are not content, and a locale's English fallback of an
 * untranslated page is canonical to the English original, so it is left out.
 */
export function isCanonicalPage(pathname: string, hasPage: (id: string) => boolean): boolean {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.includes('search') || parts[0] === '404') return false;
  const [locale, country, carrier] = parts;
  if (!locale || !country) return true; // the language chooser and locale homes
  return hasPage(guideId(locale, country, carrier));
}
