/**
 * The one list of locales the site is published in. Everything that needs to
 * know about languages (Astro's i18n config, routes, the language switcher,
 * search) imports it from here.
 */
export interface Locale {
  /** URL prefix and content folder name, e.g. `zh-cn`. */
  readonly code: string;
  /** BCP 47 tag for `<html lang>` and `hreflang`, e.g. `zh-CN`. */
  readonly lang: string;
  /** Writing direction of the script. */
  readonly dir: 'ltr' | 'rtl';
  /** The language's name in its own language, for the language switcher. */
  readonly endonym: string;
}

export const locales = [
  { code: 'en', lang: 'en', dir: 'ltr', endonym: 'English' },
  { code: 'zh-cn', lang: 'zh-CN', dir: 'ltr', endonym: '简体中文' },
  { code: 'zh-hant', lang: 'zh-Hant', dir: 'ltr', endonym: '繁體中文' },
  { code: 'ur', lang: 'ur', dir: 'rtl', endonym: 'اردو' },
  { code: 'ru', lang: 'ru', dir: 'ltr', endonym: 'Русский' },
  { code: 'kk', lang: 'kk', dir: 'ltr', endonym: 'Қазақша' },
  { code: 'ar', lang: 'ar', dir: 'rtl', endonym: 'العربية' },
  { code: 'fil', lang: 'fil', dir: 'ltr', endonym: 'Filipino' },
  { code: 'ms', lang: 'ms', dir: 'ltr', endonym: 'Bahasa Melayu' },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof locales)[number]['code'];

/** The reference language: every other locale falls back to it. */
export const defaultLocale: LocaleCode = 'en';

export const localeCodes: LocaleCode[] = locales.map((l) => l.code);

/**
 * Locales every page of every country is written in; a country adds its own
 * languages in `localLocales`. Simplified Chinese is here because the site's
 * first readers are Chinese speakers holding SIMs abroad.
 */
export const everywhereLocales: readonly LocaleCode[] = [defaultLocale, 'zh-cn'];

export function isLocaleCode(value: string): value is LocaleCode {
  return (localeCodes as string[]).includes(value);
}

export function getLocale(code: LocaleCode): Locale {
  const locale = locales.find((l) => l.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}"`);
  return locale;
}

/** Static paths for routes that exist once per locale (`/{locale}/…`). */
export function localeStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale }, props: { locale } }));
}
