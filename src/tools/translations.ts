/**
 * Translation status: per locale, which pages are missing and which are
 * behind their English page. `--stamp <file…>` records in each translation
 * that it follows the English page as it is now (run it after bringing a
 * translation up to date).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadContent } from '../lib/content-tree';
import { requiredLocales } from '../lib/content-rules';
import { englishFingerprint, isBehind } from '../lib/translation-status';
import { guideFile, parseGuideId } from '../lib/content-paths';
import { defaultLocale, localeCodes } from '../i18n/locales';

export function main(args: string[]): number {
  const content = loadContent();
  const fingerprints = new Map(
    content.pages
      .filter((p) => p.id.startsWith(`${defaultLocale}/`))
      .map((p) => [p.id.slice(defaultLocale.length + 1), englishFingerprint(p.data, p.bodyParagraphs)]),
  );
  const englishOf = (id: string) => fingerprints.get(id.replace(/^[^/]+\//, ''));

  if (args[0] === '--stamp') {
    for (const file of args.slice(1)) {
      const id = file.replace(/^(\.\/)?content\/guides\//, '').replace(/\.mdx$/, '');
      const fingerprint = englishOf(id);
      if (!fingerprint || id.startsWith(`${defaultLocale}/`)) {
        console.error(`✖ ${file}: not a translation of an English page.`);
        return 1;
      }
      const text = readFileSync(file, 'utf8');
      const stamped = /^follows: .*$/m.test(text)
        ? text.replace(/^follows: .*$/m, `follows: ${fingerprint}`)
        : text.replace(/^(lastVerified: .*)$/m, `$1\nfollows: ${fingerprint}`);
      writeFileSync(file, stamped);
      console.log(`✔ ${file} follows the English page as it is now (${fingerprint}).`);
    }
    return 0;
  }

  let missingRequired = 0;
  for (const locale of localeCodes.filter((l) => l !== defaultLocale)) {
    const missing: string[] = [];
    const optional: string[] = [];
    const behind: string[] = [];
    for (const [path, fingerprint] of fingerprints) {
      const id = `${locale}/${path}`;
      const page = content.pages.find((p) => p.id === id);
      if (!page) {
        const required = requiredLocales(content, parseGuideId(id).country).includes(locale);
        (required ? missing : optional).push(guideFile(id));
      } else if (isBehind(page.data.follows as string | undefined, fingerprint)) behind.push(guideFile(id));
    }
    missingRequired += missing.length;
    const translated = fingerprints.size - missing.length - optional.length;
    console.log(
      `${locale}: ${translated} of ${fingerprints.size} pages translated, ${missing.length} missing where required, ${behind.length} behind English`,
    );
    for (const file of missing) console.log(`  missing  ${file}`);
    for (const file of behind) console.log(`  behind   ${file}`);
  }
  return missingRequired > 0 ? 1 : 0;
}
