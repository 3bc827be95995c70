import { describe, expect, it } from 'vitest';
import { checkContent, formatIssues, type ContentFacts, type PageFacts } from '../../src/lib/content-rules';
import type { PlanType } from '../../src/schemas/guide';

const link = (url: string) => ({ url });

const overview: PageFacts = {
  id: 'en/pk/index',
  bodyLinks: [],
  bodyParagraphs: [],
  data: {
    type: 'overview',
    country: 'pk',
    title: 'Pakistan',
    lastVerified: new Date('2026-12-01'),
    summary: 'Disowned SIMs leave your CNIC, and porting keeps the number.[^pta-faq][^pmd-mnp]',
    rules: [{ id: 'registration-check', title: 'Check your SIMs', body: 'Send your CNIC to 668.[^pta-faq]' }],
    faq: [],
  },
};

const step = {
  id: 'port',
  title: 'Do it',
  body: 'Port first.[^pmd-mnp]',
  plans: ['prepaid', 'postpaid'] as PlanType[],
  optional: false,
};

/** A tiny, valid content set (with the Pakistan overview); each test breaks one thing. */
function facts(pages: PageFacts[] = [], withOverview = true): ContentFacts {
  return {
    countries: new Map([
      [
        'pk',
        {
          regulator: { name: 'PTA', url: 'https://www.pta.gov.pk/' },
          officialLinks: [{ title: 'SIM check', url: 'https://cnic.sims.pk/' }],
          localLocales: [],
        },
      ],
    ]),
    carriers: new Map([
      [
        'pk/jazz',
        {
          country: 'pk',
          names: { en: 'Jazz' },
          aliases: ['Jazz4G'],
          website: 'https://jazz.com.pk/',
          officialLinks: [],
          contacts: [],
        },
      ],
    ]),
    sources: new Map([
      [
        'pk',
        {
          'jazz-faqs': link('https://jazz.com.pk/faqs'),
          'pmd-mnp': link('https://pmdpk.com/mnp/'),
          'pta-faq': link('https://www.pta.gov.pk/en/faqs'),
        },
      ],
    ]),
    pages: withOverview ? [overview, ...pages] : pages,
    locales: ['en', 'zh-cn', 'ur'],
    referenceLocale: 'en',
    everywhereLocales: ['en'],
  };
}

function guide(
  id: string,
  stepIds: string[],
  extra: Partial<PageFacts['data']> = {},
  bodyLinks: string[] = [],
): PageFacts {
  return {
    id,
    bodyLinks,
    bodyParagraphs: [],
    data: {
      type: 'guide',
      carrier: 'pk/jazz',
      title: 'Jazz',
      lastVerified: new Date('2026-12-01'),
      summary: 'Disown it at a Jazz outlet.[^jazz-faqs]',
      steps: stepIds.map((stepId) => ({ ...step, id: stepId })),
      faq: [],
      ...extra,
    },
  };
}

const english = guide('en/pk/jazz', ['check-registration', 'visit-franchise', 'get-proof']);

describe('content rules', () => {
  it('accept a consistent set of pages', () => {
    const zh = guide('zh-cn/pk/jazz', ['check-registration', 'visit-franchise', 'get-proof']);
    expect(checkContent(facts([english, zh]))).toEqual([]);
  });

  it('reject a carrier or a country without an English page', () => {
    const content = facts([english], false);
    content.carriers.set('pk/zong', {
      country: 'pk',
      names: { en: 'Zong' },
      aliases: [],
      website: 'https://zong.com.pk/',
      officialLinks: [],
      contacts: [],
    });
    const missing = checkContent(content).filter((i) => i.problem.startsWith('It has no English page'));
    expect(missing.map((i) => i.problem)).toEqual([
      'It has no English page content/guides/en/pk/index.mdx.',
      'It has no English page content/guides/en/pk/zong.mdx.',
    ]);
  });

  it('reject a translation whose step ids differ from the English guide', () => {
    const zh = guide('zh-cn/pk/jazz', ['check-registration', 'visit-store', 'get-proof']);
    expect(checkContent(facts([english, zh]))).toEqual([
      {
        file: 'content/guides/zh-cn/pk/jazz.mdx',
        field: 'steps[1].id',
        problem:
          'Found "visit-store" where the English page has "visit-franchise" (English order: check-registration, visit-franchise, get-proof).',
        fix: 'Use the same ids, in the same order, as content/guides/en/pk/jazz.mdx; translate titles and text, never ids.',
      },
    ]);
  });

  it('reject a translation with a step missing at the end', () => {
    const ur = guide('ur/pk/jazz', ['check-registration', 'visit-franchise']);
    const [issue] = checkContent(facts([english, ur]));
    expect(issue?.field).toBe('steps[2].id');
    expect(issue?.problem).toMatch(/^Found nothing where the English page has "get-proof"/);
  });

  it('reject a translation without an English original', () => {
    const zh = guide('zh-cn/pk/jazz', ['a', 'b', 'c']);
    expect(checkContent(facts([zh]))).toContainEqual(
      expect.objectContaining({
        file: 'content/guides/zh-cn/pk/jazz.mdx',
        problem: 'There is no English original of this page.',
      }),
    );
  });

  it('reject a reference to an unknown carrier', () => {
    const bad = guide('en/pk/jazz', ['a', 'b', 'c'], { carrier: 'pk/mobilink' });
    const [issue] = checkContent(facts([bad]));
    expect(issue?.field).toBe('carrier');
    expect(issue?.problem).toBe('Unknown carrier "pk/mobilink".');
  });

  it('reject a carrier whose country does not exist', () => {
    const content = facts();
    content.carriers.set('xx/acme', {
      country: 'xx',
      names: { en: 'Acme' },
      aliases: [],
      website: 'https://acme.example/',
      officialLinks: [],
      contacts: [],
    });
    expect(checkContent(content)[0]).toMatchObject({
      file: 'content/carriers/xx/acme.yaml',
      field: 'country',
    });
  });

  it('reject a link to a domain that is not a source or an official link, and a promotional one twice over', () => {
    const bad = guide('en/pk/jazz', ['a', 'b', 'c'], {
      faq: [{ question: 'Fast?', answer: 'Ask [an agent](https://t.me/simagent).' }],
    });
    const issues = checkContent(facts([bad]));
    expect(issues.map((i) => i.field)).toEqual(['faq[0].answer', 'faq[0].answer']);
    expect(issues[0]?.problem).toContain('https://t.me/simagent');
    expect(issues[1]?.problem).toBe(
      'A promotional chat or image link (Telegram, WhatsApp invite or postimg).',
    );
  });

  it('reject a page whose citations rest on one site', () => {
    const page = guide('en/pk/jazz', ['a', 'b', 'c']);
    page.data.steps = page.data.steps!.map((s) => ({ ...s, body: 'Ask Jazz.[^jazz-faqs]' }));
    expect(checkContent(facts([page]))).toEqual([
      expect.objectContaining({
        field: '(citations)',
        problem: 'The page cites sources on one site only (jazz.com.pk).',
      }),
    ]);
  });

  it('check e-mail domains like link domains', () => {
    const ok = guide('en/pk/jazz', ['a', 'b', 'c'], { summary: 'Write to help@jazz.com.pk.[^jazz-faqs]' });
    const bad = guide('en/pk/jazz', ['a', 'b', 'c'], { summary: 'Write to agent@gmail.com.[^jazz-faqs]' });
    expect(checkContent(facts([ok]))).toEqual([]);
    expect(checkContent(facts([bad]))[0]?.problem).toContain('mailto:agent@gmail.com');
  });

  it('check the e-mail addresses of the MDX body too', () => {
    const ok = guide('en/pk/jazz', ['a', 'b', 'c'], {}, ['mailto:help@jazz.com.pk']);
    const bad = guide('en/pk/jazz', ['a', 'b', 'c'], {}, ['mailto:agent@gmail.com']);
    expect(checkContent(facts([ok]))).toEqual([]);
    expect(checkContent(facts([bad]))).toEqual([
      expect.objectContaining({
        field: '(body)',
        problem: expect.stringContaining('mailto:agent@gmail.com'),
      }),
    ]);
  });

  it('allow links to cited sources, the carrier site, subdomain-free official links and the regulator', () => {
    const ok = guide('en/pk/jazz', ['a', 'b', 'c'], {
      summary:
        'See [PTA](https://pta.gov.pk/x), [Jazz](https://www.jazz.com.pk/y), [MNP](https://pmdpk.com/z) and [SIMs](https://cnic.sims.pk/).[^jazz-faqs]',
    });
    expect(checkContent(facts([ok]))).toEqual([]);
    const bad = guide('en/pk/jazz', ['a', 'b', 'c'], {
      summary: 'See [a shop](https://shop.example/).[^jazz-faqs]',
    });
    expect(checkContent(facts([bad]))[0]?.problem).toContain('https://shop.example/');
  });

  it('reject an alternative that points to no step', () => {
    const bad = guide('en/pk/jazz', ['a', 'b', 'c']);
    bad.data.steps![2]!.alternativeTo = 'z';
    expect(checkContent(facts([bad]))[0]).toMatchObject({ field: 'steps[2].alternativeTo' });
  });

  it('reject a guide filed under the wrong carrier', () => {
    const bad = guide('en/pk/zong', ['a', 'b', 'c']);
    expect(checkContent(facts([bad]))).toContainEqual(
      expect.objectContaining({
        field: 'carrier',
        problem: 'The file is at pk/zong but names carrier "pk/jazz".',
      }),
    );
  });

  it('reject a citation of a source the country does not list, naming the ones it does', () => {
    const bad = guide('en/pk/jazz', ['a', 'b', 'c'], { summary: 'Rs 200.[^pta-charge]' });
    expect(checkContent(facts([bad]))).toContainEqual({
      file: 'content/guides/en/pk/jazz.mdx',
      field: 'summary',
      problem: 'Cites "[^pta-charge]", which is not a source of content/sources/pk.yaml.',
      fix: 'Use one of: jazz-faqs, pmd-mnp, pta-faq; or add "pta-charge" (title, url, publisher, kind, accessed) to content/sources/pk.yaml.',
    });
  });

  it('reject a source that nothing cites', () => {
    const content = facts([guide('en/pk/jazz', ['a', 'b', 'c'])]);
    content.sources.get('pk')!['old-news'] = link('https://news.example/old');
    expect(checkContent(content)).toEqual([
      expect.objectContaining({ file: 'content/sources/pk.yaml', field: 'old-news' }),
    ]);
  });

  it('reject a number without a citation in its paragraph, and accept a heading’s number cited in its body', () => {
    const bad = guide('en/pk/jazz', ['a', 'b', 'c'], {
      money: { balance: 'Lost.', dues: 'Pay them.', fees: 'Up to Rs 200.\n\nWaived once.[^pta-faq]' },
    });
    bad.data.steps![0]!.title = 'Dial 668';
    bad.data.confirmClosed = ['Your Jazz4G line is gone.'];
    expect(checkContent(facts([bad]))).toEqual([
      expect.objectContaining({ field: 'money.fees', problem: expect.stringContaining('"Up to Rs 200."') }),
    ]);
  });

  it('reject a method said to exist without a source, and accept an unconfirmed one', () => {
    const page = guide('en/pk/jazz', ['a', 'b', 'c'], {
      methods: [
        { kind: 'store', status: 'yes', note: 'At outlets.' },
        { kind: 'online', status: 'unconfirmed', note: 'Ask Jazz.' },
      ],
    });
    expect(checkContent(facts([page]))).toEqual([
      expect.objectContaining({
        field: 'methods[0].note',
        problem: 'The store method is "yes" but its note cites no source.',
      }),
    ]);
  });

  it('reject a translation whose step cites other sources than the English step', () => {
    const zh = guide('zh-cn/pk/jazz', ['a', 'b', 'c']);
    zh.data.steps![1]!.body = '先转网。[^pta-faq]';
    expect(checkContent(facts([guide('en/pk/jazz', ['a', 'b', 'c']), zh]))).toEqual([
      {
        file: 'content/guides/zh-cn/pk/jazz.mdx',
        field: 'steps[1]',
        problem: 'Cites differently from the English page: missing [^pmd-mnp]; not in English [^pta-faq].',
        fix: 'Cite the same sources as the same item of content/guides/en/pk/jazz.mdx ([^pmd-mnp]); if English is wrong, fix it there first.',
      },
    ]);
  });

  it('reject a page missing in a locale its country requires', () => {
    const content = facts([guide('en/pk/jazz', ['a', 'b', 'c'])]);
    content.countries.get('pk')!.localLocales = ['ur'];
    expect(checkContent(content).map((i) => i.file)).toEqual([
      'content/guides/ur/pk/index.mdx',
      'content/guides/ur/pk/jazz.mdx',
    ]);
  });

  it('reject a contact citing an unknown source or missing a text in a required locale', () => {
    const content = facts([guide('en/pk/jazz', ['a', 'b', 'c'])]);
    content.everywhereLocales = ['en', 'zh-cn'];
    content.pages.push({ ...overview, id: 'zh-cn/pk/index' }, { ...guide('zh-cn/pk/jazz', ['a', 'b', 'c']) });
    content.carriers.get('pk/jazz')!.contacts = [
      {
        id: 'whatsapp',
        kind: 'whatsapp',
        value: '03003008000',
        cite: ['jazz-faq'],
        label: { en: 'WhatsApp', 'zh-cn': 'WhatsApp' },
        for: { en: 'Bills.' },
      },
    ];
    expect(checkContent(content).map((i) => [i.file, i.field])).toEqual([
      ['content/carriers/pk/jazz.yaml', 'contacts[0].cite'],
      ['content/carriers/pk/jazz.yaml', 'contacts[0].for'],
    ]);
  });

  it('reject a contact without a text in a language its guide is translated into, beyond those required', () => {
    const content = facts([guide('en/pk/jazz', ['a', 'b', 'c'])]);
    content.everywhereLocales = ['en'];
    content.pages.push({ ...guide('ur/pk/jazz', ['a', 'b', 'c']) });
    content.carriers.get('pk/jazz')!.contacts = [
      {
        id: 'whatsapp',
        kind: 'whatsapp',
        value: '03003008000',
        cite: ['pta-faq'],
        label: { en: 'WhatsApp' },
        for: { en: 'Bills.', ur: 'بل۔' },
      },
    ];
    expect(checkContent(content).map((i) => [i.field, i.problem])).toEqual([
      ['contacts[0].label', 'No text in ur: guides in those languages show this contact.'],
    ]);
  });

  it('reject an identity document that addresses the reader, since the counter card shows it to staff', () => {
    const page = guide('en/pk/jazz', ['a'], { whatToBring: ['Your original CNIC; bring a copy too'] });
    expect(checkContent(facts([page])).map((i) => [i.field, i.problem])).toEqual([
      [
        'whatToBring[0]',
        'The counter card shows shop staff "Your original CNIC" as the reader\'s own words, but "Your" addresses the reader.',
      ],
    ]);
  });

  it('accept links to the page’s own steps and reject links to steps it does not have', () => {
    const page = guide(
      'en/pk/jazz',
      ['a', 'b', 'c'],
      {
        faq: [{ question: 'How?', answer: 'See [step b](#step-b) and [the lost SIM](#case-lost-sim).' }],
      },
      ['#step-c', '#rule-x'],
    );
    expect(checkContent(facts([page])).map((i) => [i.field, i.problem])).toEqual([
      ['faq[0].answer', 'A link to #case-lost-sim, which is not a step, special case or rule of this page.'],
      ['(body)', 'A link to #rule-x, which is not a step, special case or rule of this page.'],
    ]);
  });

  it('check that a body’s references lead to a step, case or rule that exists, and its contacts to the carrier’s', () => {
    const page = guide('en/pk/jazz', ['a', 'b', 'c']);
    page.bodyRefs = [
      { line: 40, anchor: 'step-b' },
      { line: 41, anchor: 'step-z' },
      { line: 42, guide: 'pk', anchor: 'rule-registration-check' },
      { line: 43, guide: 'pk/zong', anchor: 'step-a' },
    ];
    page.bodyContacts = [{ line: 44, id: 'whatsapp' }];
    expect(checkContent(facts([page])).map((i) => [i.field, i.problem])).toEqual([
      ['(body, line 41)', '<Ref> to #step-z, which this page does not have.'],
      ['(body, line 43)', '<Ref guide="pk/zong"> names a page that does not exist.'],
      ['(body, line 44)', '<Contact id="whatsapp">: the carrier has no such contact.'],
    ]);
  });

  it('format each issue with file, field, problem and fix', () => {
    const text = formatIssues([{ file: 'f.mdx', field: 'steps[0].id', problem: 'P.', fix: 'F.' }]);
    expect(text).toBe('✖ f.mdx → steps[0].id\n  P.\n  Fix: F.');
  });
});
