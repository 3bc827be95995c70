/**
 * A synthetic but realistic corpus in the real content layout: countries,
 * carriers with aliases, and for every locale a country overview and carrier
 * guides with steps, checklists, special cases, FAQ and a body, in each
 * locale's own script (so Pagefind indexes realistic text), citing the
 * country's sources (`content/sources/<cc>.yaml`) as the real pages do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const words = {
  en: 'bring an original ID to the carrier store and ask to cancel the SIM card balance refund dues porting number confirm receipt'.split(
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
  'zh-hant':
    '攜帶 身份證明文件 前往 電訊商 門市 申請 取消 SIM 卡 儲值額 退款 欠款 攜號轉台 號碼 確認 收據'.split(' '),
  ms: 'bawa kad pengenalan asal ke kedai syarikat telekomunikasi dan tamatkan talian baki kredit tunggakan pindah nombor resit'.split(
    ' ',
  ),
};

/** Every locale of the site (the order of src/i18n/locales.ts): country names need them all. */
const siteLocales = ['en', 'zh-cn', 'zh-hant', 'ur', 'ru', 'kk', 'ar', 'fil', 'ms'];

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
  const chinese = locale.startsWith('zh-');
  return (
    Array.from({ length }, () => list[Math.floor(next() * list.length)]).join(chinese ? '' : ' ') +
    (chinese ? '。' : '.')
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
      siteLocales.map((l) => [l, `${l.startsWith('zh-') ? '国家' : 'Country'} ${cc.toUpperCase()}`]),
    );
    const slugs = Array.from({ length: carriers }, (_, k) => `carrier-${String.fromCharCode(97 + k)}`);
    mkdirSync(join(content, 'sources'), { recursive: true });
    writeFileSync(join(content, 'sources', `${cc}.yaml`), sourcesFile(cc, site, slugs));
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

/** The country's sources: each carrier's terms, the regulator's rules and a news report. */
function sourcesFile(cc, site, slugs) {
  const source = (id, title, url, publisher, kind) => [
    `${id}:`,
    `  title: ${title}`,
    `  url: ${url}`,
    `  publisher: ${publisher}`,
    `  kind: ${kind}`,
    '  accessed: 2026-11-22',
  ];
  return [
    ...slugs.flatMap((slug) =>
      source(
        `terms-${slug}`,
        'Terms and conditions',
        `https://${slug}-${cc}.example.com/terms`,
        'The carrier',
        'official',
      ),
    ),
    ...source('rules', 'SIM rules', `${site}/sim-rules`, 'The regulator', 'regulator'),
    ...source('news', 'News report', 'https://news.example.org/sim', 'A newspaper', 'news'),
    '',
  ].join('\n');
}

/** A text with its citations, as content writes them. */
const cite = (text, ...ids) => yamlText(`${text}${ids.map((id) => `[^${id}]`).join('')}`);

function overview(locale, cc, site, next) {
  return [
    '---',
    'type: overview',
    `country: ${cc}`,
    `title: ${yamlText(`SIM rules ${cc.toUpperCase()} ${sentence(locale, next, 4)}`)}`,
    `summary: ${cite(sentence(locale, next, 20), 'rules', 'news')}`,
    'lastVerified: 2026-11-22',
    'rules:',
    ...['registration', 'inactivity', 'porting', 'foreigners'].flatMap((id) => [
      `  - id: ${id}`,
      `    title: ${yamlText(sentence(locale, next, 4))}`,
      `    body: ${cite(`${sentence(locale, next, 30)} [lookup](${site}/lookup).`, 'rules')}`,
    ]),
    'faq:',
    `  - question: ${yamlText(sentence(locale, next, 8))}`,
    `    answer: ${yamlText(sentence(locale, next, 25))}`,
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
    `summary: ${cite(sentence(locale, next, 25), `terms-${slug}`, 'rules')}`,
    'lastVerified: 2026-11-22',
    'plans: [prepaid, postpaid]',
    'difficulty:',
    `  level: ${['easy', 'medium', 'hard', 'very-hard'][Math.floor(next() * 4)]}`,
    `  reason: ${yamlText(sentence(locale, next, 15))}`,
    'methods:',
    ...['online', 'app', 'phone', 'sms-ussd', 'store', 'proxy', 'abroad'].flatMap((kind, i) => [
      `  - kind: ${kind}`,
      `    status: ${['"yes"', '"no"', 'unconfirmed'][i % 3]}`,
      `    note: ${cite(sentence(locale, next, 12), `terms-${slug}`)}`,
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
      `    body: ${cite(`${sentence(locale, next, 35)} [${slug}](${web}/help).`, i % 2 ? 'rules' : `terms-${slug}`)}`,
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
    '---',
    '',
    sentence(locale, next, 40),
    '',
    sentence(locale, next, 30),
    '',
  ].join('\n');
}
