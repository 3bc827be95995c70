/**
 * Simplified and Traditional Chinese: a reader who types one script on a page
 * written in the other should still find it. Pagefind indexes each locale in
 * its own script, so the search client converts the query first, with
 * character maps limited to the characters of the site's Chinese pages (a
 * few kilobytes, loaded only by Chinese searches).
 */

/** Han characters (CJK Unified Ideographs and extension A). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/gu;

export interface VariantMaps {
  /** Simplified → Traditional (Hong Kong), for the zh-hant index. */
  toHant: Record<string, string>;
  /** Traditional → Simplified, for the zh-cn index. */
  toHans: Record<string, string>;
}

/** The maps for the characters of `text`, from whole-text converters (OpenCC at build time). */
export function variantMaps(
  text: string,
  convert: { toHant: (s: string) => string; toHans: (s: string) => string },
): VariantMaps {
  const maps: VariantMaps = { toHant: {}, toHans: {} };
  for (const char of [...new Set(text.match(HAN) ?? [])].sort()) {
    const hant = convert.toHant(char);
    const hans = convert.toHans(char);
    if (hant !== char && [...hant].length === 1) maps.toHant[char] = hant;
    if (hans !== char && [...hans].length === 1) maps.toHans[char] = hans;
  }
  return maps;
}

/**
 * The map into the script of a Chinese search index, named by its `<html lang>`
 * in lower case (`zh-hant`: Traditional; any other: Simplified). The build
 * writes one file per index, so a search loads only the map it uses.
 */
export function mapIntoIndex(lang: string, maps: VariantMaps): Record<string, string> {
  return lang.toLowerCase() === 'zh-hant' ? maps.toHant : maps.toHans;
}

/** The query in the index's script, character by character. */
export function toScript(query: string, map: Record<string, string>): string {
  return [...query].map((char) => map[char] ?? char).join('');
}
