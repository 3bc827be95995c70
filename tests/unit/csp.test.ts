import { describe, expect, it } from 'vitest';
import { formatPolicy, mergePolicies, metaPolicies, parsePolicy } from '../../src/lib/csp';

describe('CSP merging', () => {
  it('unions the hashes of every page, directive by directive', () => {
    const a = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a'");
    const b = parsePolicy("default-src 'self'; script-src 'self' 'sha256-b'; style-src 'sha256-c'");
    expect(formatPolicy(mergePolicies([a, b]))).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'sha256-c'",
    );
  });

  it('reads the policy out of the meta tag', () => {
    const html = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x'">`;
    expect(metaPolicies(html)).toEqual(["script-src 'self' 'sha256-x'"]);
  });
});
