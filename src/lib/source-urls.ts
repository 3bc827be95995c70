/**
 * What makes a source address trustworthy enough to cite: the publisher's own
 * public page, over https. Addresses copied from search results or a browser
 * often point at a mirror, a test server or a redirect instead.
 */

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** A host label that marks a non-public copy of a site. */
const PREVIEW_LABEL = /^(?:staging|stage|beta\w*|test\w*|dev|preview|uat|qa)$/i;
/** Query parameters that carry another address: the page is a redirect wrapper. */
const WRAPPER_PARAM =
  /^(?:returnurl|return_url|redirect|redirect_uri|redirecturl|url|u|target|dest|destination|next)$/i;
const SHORTENERS = new Set([
  'bit.ly',
  'buff.ly',
  'cutt.ly',
  'goo.gl',
  'is.gd',
  'lnkd.in',
  'ow.ly',
  'rb.gy',
  'rebrand.ly',
  'shorturl.at',
  't.co',
  'tiny.cc',
  'tinyurl.com',
  'trib.al',
]);

/** Why a source URL cannot be cited, with the fix; undefined when it can. */
export function sourceUrlProblem(address: string, noHttps = false): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `"${address}" is not a URL. Fix: copy the page's full address, starting with https://.`;
  }
  const host = url.hostname.toLowerCase();
  if (IPV4.test(host) || host.startsWith('[')) {
    return `${host} is a bare IP address, not the publisher's site. Fix: find the same page on the publisher's own domain.`;
  }
  const preview = host.split('.').find((label) => PREVIEW_LABEL.test(label));
  if (preview) {
    return `${host} is a "${preview}" copy of a site, not its public page. Fix: use the address on the publisher's public host.`;
  }
  if (SHORTENERS.has(host.replace(/^www\./, ''))) {
    return `${host} is a link shortener. Fix: follow it and cite the page it leads to.`;
  }
  const wrapper = [...url.searchParams.entries()].find(
    ([name, value]) => WRAPPER_PARAM.test(name) && /^(?:https?:|%2F|\/)/i.test(value),
  );
  if (wrapper) {
    return `The address wraps another one in "${wrapper[0]}=". Fix: cite the page it points to directly.`;
  }
  if (url.protocol === 'http:' && !noHttps) {
    return 'The address uses http. Fix: use https://, or set noHttps: true if the publisher serves this page only over http.';
  }
  if (url.protocol === 'https:' && noHttps) {
    return 'noHttps is set but the address is https. Fix: remove noHttps.';
  }
  return undefined;
}
