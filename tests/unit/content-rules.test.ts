import { describe, expect, it } from 'vitest';
import { checkContent, formatIssues, type ContentFacts, type PageFacts } from '../../src/lib/content-rules';

const source = (url: string) => ({ url });

const overview: PageFacts = {
  id: 'en/pk/index',
  bodyLinks: [],
  data: { type: 'overview', country: 'pk', sources: [], rules: [{ id: 'registration-check' }] },
};

/** A tiny, valid content set (with the Pakistan overview); each test breaks one thing. */
function facts(pages: PageFacts[] = [], withOverview = true): ContentFacts {
  return {
    countries: new Map([
      [
        'pk',
        { regulator: source('https://www.pta.gov.pk/'), officialLinks: [source('https://cnic.sims.pk/')] },
      ],
    ]),
    carriers: new Map([['pk/jazz', { country: 'pk', website: 'https://jazz.com.pk/', officialLinks: [] }]]),
    pages: withOverview ? [overview, ...pages] : pages,
    locales: ['en', 'zh-cn', 'ur'],
    referenceLocale: 'en',
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
    data: {
      type: 'guide',
      carrier: 'pk/jazz',
      sources: [source('https://jazz.com.pk/faqs'), source('https://pmdpk.com/mnp/')],
      steps: stepIds.map((stepId) => ({ id: stepId })),
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
    content.carriers.set('pk/zong', { country: 'pk', website: 'https://zong.com.pk/', officialLinks: [] });
    expect(checkContent(content).map((i) => i.problem)).toEqual([
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
    content.carriers.set('xx/acme', { country: 'xx', website: 'https://acme.example/', officialLinks: [] });
    expect(checkContent(content)[0]).toMatchObject({
      file: 'content/carriers/xx/acme.yaml',
      field: 'country',
    });
  });

  it('reject a link to a domain that is not a source or an official link', () => {
    const bad = guide('en/pk/jazz', ['a', 'b', 'c'], {
      faq: [{ question: 'Fast?', answer: 'Ask [an agent](https://t.me/simagent).' }],
    });
    const issues = checkContent(facts([bad]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'faq[0].answer' });
    expect(issues[0]?.problem).toContain('https://t.me/simagent');
  });

  it('check e-mail domains like link domains', () => {
    const ok = guide('en/pk/jazz', ['a', 'b', 'c'], { note: 'Write to help@jazz.com.pk.' });
    const bad = guide('en/pk/jazz', ['a', 'b', 'c'], { note: 'Write to agent@gmail.com.' });
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

  it('allow links to sources, the carrier site, subdomain-free official links and the regulator', () => {
    const ok = guide('en/pk/jazz', ['a', 'b', 'c'], {
      note: 'See [PTA](https://pta.gov.pk/x), [Jazz](https://www.jazz.com.pk/y) and [668](https://cnic.sims.pk/).',
    });
    expect(checkContent(facts([ok]))).toEqual([]);
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

  it('format each issue with file, field, problem and fix', () => {
    const text = formatIssues([{ file: 'f.mdx', field: 'steps[0].id', problem: 'P.', fix: 'F.' }]);
    expect(text).toBe('✖ f.mdx → steps[0].id\n  P.\n  Fix: F.');
  });
});
