/**
 * Merges the per-page Content-Security-Policy meta tags Astro writes (each
 * with the hashes of that page's inline scripts and styles) into one policy
 * for a `_headers` file, where one rule covers every page.
 */

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name, values);
  }
  return policy;
}

export function mergePolicies(policies: Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, values] of policy) {
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...values])]);
    }
  }
  return merged;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** The CSP `content` of every `<meta http-equiv="content-security-policy">` in an HTML document. */
export function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map(
    (m) => m[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"') ?? '',
  );
}
