import { describe, expect, it } from 'vitest';
import { englishFingerprint, isBehind } from '../../src/lib/translation-status';

const page = () => ({
  type: 'guide' as const,
  summary: 'Disown it at an outlet.[^jazz-faqs]',
  methods: [
    {
      kind: 'store' as const,
      status: 'yes' as 'yes' | 'no' | 'unconfirmed',
      note: 'At outlets.[^jazz-faqs]',
    },
  ],
  steps: [
    {
      id: 'check',
      title: 'Check',
      body: 'Send your CNIC to 668.[^pta]',
      plans: ['prepaid' as const],
      optional: false,
    },
  ],
  faq: [],
});

describe('translation status', () => {
  it('ignores English rewording but not a changed number, citation, status or id', () => {
    const base = englishFingerprint(page());
    const reworded = page();
    reworded.steps[0]!.body = 'Text your CNIC number to 668.[^pta]';
    expect(englishFingerprint(reworded)).toBe(base);

    const number = page();
    number.steps[0]!.body = 'Send your CNIC to 667.[^pta]';
    const cited = page();
    cited.steps[0]!.body = 'Send your CNIC to 668.[^pta-2024]';
    const status = page();
    status.methods[0]!.status = 'unconfirmed';
    const id = page();
    id.steps[0]!.id = 'check-registration';
    for (const changed of [number, cited, status, id]) expect(englishFingerprint(changed)).not.toBe(base);
  });

  it('reads numbers in any script as the same facts', () => {
    const urdu = page();
    urdu.steps[0]!.body = 'اپنا شناختی کارڈ نمبر ۶۶۸ پر بھیجیں۔[^pta]';
    expect(englishFingerprint(urdu)).toBe(englishFingerprint(page()));
  });

  it('calls a translation behind when it records another fingerprint, or none', () => {
    expect(isBehind('abc', 'abc')).toBe(false);
    expect(isBehind('abc', 'abd')).toBe(true);
    expect(isBehind(undefined, 'abc')).toBe(true);
  });
});
