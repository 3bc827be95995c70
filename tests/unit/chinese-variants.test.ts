import { describe, expect, it } from 'vitest';
import { mapIntoIndex, toScript, variantMaps } from '../../src/lib/chinese-variants';

describe('Simplified and Traditional Chinese queries', () => {
  // Stand-ins for OpenCC: a few characters of "注销号码" / "註銷號碼".
  const toHant = (s: string) =>
    s.replace(/注/g, '註').replace(/销/g, '銷').replace(/号/g, '號').replace(/码/g, '碼');
  const toHans = (s: string) =>
    s.replace(/註/g, '注').replace(/銷/g, '销').replace(/號/g, '号').replace(/碼/g, '码');
  const maps = variantMaps('注销号码 註銷', { toHant, toHans });

  it('map only the characters of the pages that differ between the scripts', () => {
    expect(maps.toHant).toEqual({ 注: '註', 销: '銷', 号: '號', 码: '碼' });
    expect(maps.toHans).toEqual({ 註: '注', 銷: '销' });
  });

  it('give the Traditional index the map into Traditional, every other Chinese index the map into Simplified', () => {
    expect(mapIntoIndex('zh-hant', maps)).toBe(maps.toHant);
    expect(mapIntoIndex('zh-Hant', maps)).toBe(maps.toHant);
    expect(mapIntoIndex('zh-cn', maps)).toBe(maps.toHans);
  });

  it('convert a query character by character, leaving other text alone', () => {
    expect(toScript('Ufone 注销', mapIntoIndex('zh-hant', maps))).toBe('Ufone 註銷');
    expect(toScript('註銷號碼', mapIntoIndex('zh-cn', maps))).toBe('注销號碼');
  });
});
