/**
 * A synthetic but realistic corpus in the real content layout: countries,
 * carriers with aliases, and for every locale a country overview and carrier
 * guides with steps, checklists, special cases, FAQ, sources and a body, in
 * each locale's own script (so Pagefind indexes realistic text).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const words = {
  en: 'bring your original ID to the carrier store and ask to cancel the SIM card balance refund dues porting number confirm receipt'.split(
    ' ',
  ),
  'zh-cn': '携带 身份证件 前往 运营商 营业厅 申请 注销 SIM 卡 余额 退款 欠费 携号转网 号码 确认 回执'.split(
    ' ',
  ),
  ur: 'اپنا اصل شناختی کارڈ لے کر موبائل کمپنی کی فرنچائز جائیں اور سم بند کروائیں بیلنس واجبات نمبر رسید'.split(
    ' ',
  ),
  ru: 'возьмите удостоверение личности в офис оператора и расторгните договор баланс долг перенос номера квитанция'.split(
    ' ',
  ),
  kk: 'жеке куәлікті алып оператор кеңсесіне барыңыз шартты бұзу теңгерім берешек нөмірді көшіру түбіртек'.split(
    ' ',
  ),
  ar: 'أحضر بطاقة الهوية الأصلية إلى متجر شركة الاتصالات واطلب إلغاء الشريحة الرصيد المستحقات نقل الرقم الإيصال'.split(
    ' ',
  ),
  fil: 'dalhin ang orihinal na ID sa store ng network at ipa-cancel ang SIM load balance bayarin i-port ang number resibo'.split(
    ' ',
  ),
};

/** A deterministic pseudo-random generator, so every run builds the same corpus. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(locale, next, length = 14) {
  const list = words[locale];
  const joiner = locale === 'zh-cn' ? '' : ' ';
  return (
    Array.from({ length }, () => list[Math.floor(next() * list.length)]).join(joiner) +
    (locale === 'zh-cn' ? '。' : '.')
  );
}

const yamlText = (text) => JSON.stringify(text);

/** Two-letter lowercase codes, like ISO 3166-1 alpha-2. */
function countryCode(i) {
  const a = 'abcdefghijklmnopqrstuvwxyz';
  return a[Math.floor(i / 26) % 26] + a[i % 26];
}

/**
 * Writes the corpus under `root/content`. Returns how many guide and
 * overview files it wrote.
 */
export function writeCorpus(root, { countries, carriers, locales }) {
  const next = random(42);
  const content = join(root, 'content');
  let guides = 0;
  let overviews = 0;
  for (let c = 0; c < countries; c++) {
    const cc = countryCode(c);
    const site = `https://regulator-${cc}.example.gov`;
    const names = Object.fromEntries(
      Object.keys(words).map((l) => [l, `${l === 'zh-cn' ? '国家' : 'Country'} ${cc.toUpperCase()}`]),
    );
    mkdirSync(join(content, 'countries'), { recursive: true });
    writeFileSync(
      join(content, 'countries', `${cc}.yaml`),
      [
        'names:',
        ...Object.entries(names).map(([l, n]) => `  ${l}: ${yamlText(n)}`),
        `aliases: [${cc.toUpperCase()}, Land-${cc}]`,
        `localLocales: [${locales[2] ?? 'ur'}]`,
        `counterLocales: [${locales[2] ?? 'ur'}]`,
        'regulator:',
        `  name: Regulator ${cc.toUpperCase()}`,
        `  url: ${site}/`,
        'officialLinks:',
        `  - title: Registered SIM lookup`,
        `    url: ${site}/lookup`,
        '',
      ].join('\n'),
    );
    for (const locale of locales) {
      mkdirSync(join(content, 'guides', locale, cc), { recursive: true });
      writeFileSync(join(content, 'guides', locale, cc, 'index.mdx'), overview(locale, cc, site, next));
      overviews++;
    }
    for (let k = 0; k < carriers; k++) {
      const slug = `carrier-${String.fromCharCode(97 + k)}`;
      const web = `https://${slug}-${cc}.example.com`;
      mkdirSync(join(content, 'carriers', cc), { recursive: true });
      writeFileSync(
        join(content, 'carriers', cc, `${slug}.yaml`),
        [
          `country: ${cc}`,
          'names:',
          `  en: Carrier ${cc.toUpperCase()}${k}`,
          `aliases: [Old${cc}${k}, Мобайл${k}, موبائل${k}, 运营商${k}]`,
          'counterRequest: terminate',
          `website: ${web}/`,
          '',
        ].join('\n'),
      );
      for (const locale of locales) {
        writeFileSync(
          join(content, 'guides', locale, cc, `${slug}.mdx`),
          guide(locale, cc, slug, web, site, next),
        );
        guides++;
      }
    }
  }
  return { guides, overviews };
}

function sources(web, site) {
  return [
    'sources:',
    `  - title: Terms and conditions`,
    `    url: ${web}/terms`,
    `    publisher: The carrier`,
    `    kind: official`,
    `    accessed: 2026-11-22`,
    `  - title: SIM rules`,
    `    url: ${site}/sim-rules`,
    `    publisher: The regulator`,
    `    kind: regulator`,
    `    accessed: 2026-11-22`,
    `  - title: News report`,
    `    url: https://news.example.org/sim`,
    `    publisher: A newspaper`,
    `    kind: news`,
    `    accessed: 2026-11-22`,
  ];
}

function overview(locale, cc, site, next) {
  return [
    '---',
    'type: overview',
    `country: ${cc}`,
    `title: ${yamlText(`SIM rules ${cc.toUpperCase()} ${sentence(locale, next, 4)}`)}`,
    `summary: ${yamlText(sentence(locale, next, 20))}`,
    'lastVerified: 2026-11-22',
    'rules:',
    ...['registration', 'inactivity', 'porting', 'foreigners'].flatMap((id) => [
      `  - id: ${id}`,
      `    title: ${yamlText(sentence(locale, next, 4))}`,
      `    body: ${yamlText(`${sentence(locale, next, 30)} [lookup](${site}/lookup).`)}`,
    ]),
    'faq:',
    `  - question: ${yamlText(sentence(locale, next, 8))}`,
    `    answer: ${yamlText(sentence(locale, next, 25))}`,
    ...sources(site, site),
    '---',
    '',
    sentence(locale, next, 40),
    '',
  ].join('\n');
}

function guide(locale, cc, slug, web, site, next) {
  const steps = [
    'check-registration',
    'consider-porting',
    'unlink-accounts',
    'settle-balance',
    'visit-store',
    'get-proof',
    'verify-closed',
  ];
  return [
    '---',
    'type: guide',
    `carrier: ${cc}/${slug}`,
    `title: ${yamlText(`${slug} ${cc.toUpperCase()}: ${sentence(locale, next, 5)}`)}`,
    `summary: ${yamlText(sentence(locale, next, 25))}`,
    'lastVerified: 2026-11-22',
    'plans: [prepaid, postpaid]',
    'difficulty:',
    `  level: ${['easy', 'medium', 'hard', 'very-hard'][Math.floor(next() * 4)]}`,
    `  reason: ${yamlText(sentence(locale, next, 15))}`,
    'methods:',
    ...['online', 'app', 'phone', 'sms-ussd', 'store', 'proxy', 'abroad'].flatMap((kind, i) => [
      `  - kind: ${kind}`,
      `    status: ${['"yes"', '"no"', 'unconfirmed'][i % 3]}`,
      `    note: ${yamlText(sentence(locale, next, 12))}`,
    ]),
    'whatToBring:',
    ...Array.from({ length: 5 }, () => `  - ${yamlText(sentence(locale, next, 8))}`),
    'money:',
    `  balance: ${yamlText(sentence(locale, next, 20))}`,
    `  dues: ${yamlText(sentence(locale, next, 20))}`,
    `  fees: ${yamlText(sentence(locale, next, 20))}`,
    'steps:',
    ...steps.flatMap((id, i) => [
      `  - id: ${id}`,
      `    title: ${yamlText(sentence(locale, next, 5))}`,
      `    body: ${yamlText(`${sentence(locale, next, 35)} [${slug}](${web}/help).`)}`,
      ...(i === 1 ? ['    optional: true'] : []),
      ...(i === 3 ? ['    plans: [postpaid]'] : []),
    ]),
    'specialCases:',
    ...['lost-sim', 'someone-else', 'from-abroad'].flatMap((id) => [
      `  - id: ${id}`,
      `    title: ${yamlText(sentence(locale, next, 4))}`,
      `    body: ${yamlText(sentence(locale, next, 40))}`,
    ]),
    'confirmClosed:',
    ...Array.from({ length: 3 }, () => `  - ${yamlText(sentence(locale, next, 12))}`),
    'faq:',
    ...Array.from({ length: 4 }, () => [
      `  - question: ${yamlText(sentence(locale, next, 8))}`,
      `    answer: ${yamlText(sentence(locale, next, 30))}`,
    ]).flat(),
    ...sources(web, site),
    '---',
    '',
    sentence(locale, next, 40),
    '',
    sentence(locale, next, 30),
    '',
  ].join('\n');
}
