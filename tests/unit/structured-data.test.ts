import { describe, expect, it } from 'vitest';
import { breadcrumbList, howTo, jsonLd } from '../../src/lib/structured-data';

describe('structured data', () => {
  it('numbers breadcrumbs from 1', () => {
    const list = breadcrumbList([
      { name: 'Home', url: 'https://x/en/' },
      { name: 'Pakistan', url: 'https://x/en/pk/' },
    ]);
    expect(list.itemListElement.map((i) => i.position)).toEqual([1, 2]);
  });

  it('links every HowTo step to its language-neutral anchor', () => {
    const data = howTo({
      name: 'Cancel',
      description: 'd',
      url: 'https://x/ur/pk/jazz/',
      lang: 'ur',
      dateModified: '2026-11-22',
      supplies: ['CNIC'],
      steps: [{ name: 'Visit', anchor: 'step-visit-franchise' }],
    });
    expect(data.step[0]?.url).toBe('https://x/ur/pk/jazz/#step-visit-franchise');
  });

  it('escapes < so text can never close the script element', () => {
    expect(jsonLd({ t: '</script>' })).toBe('{"t":"\\u003c/script>"}');
  });
});
