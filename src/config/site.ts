/**
 * Settings a deployment may change, in one place.
 */

/**
 * Where "Report a mistake" links go: a URL with `{title}` and `{body}`
 * placeholders, filled in (URL-encoded) with the page's title and a prefilled
 * report naming the page and section. The default opens a new issue in the
 * project's repository; set `CORRECTIONS_URL` at build time to send reports
 * elsewhere (any address works: an issue tracker, a form, a `mailto:`).
 */
export const correctionsUrl =
  process.env.CORRECTIONS_URL ??
  'https://github.com/sim-guides/sim-guides/issues/new?title={title}&body={body}';
