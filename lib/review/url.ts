/**
 * The storage key of a review: a normalised URL, so the same page opened through a newsletter
 * link (utm_…), with a fragment (#paragraaf-3) or with a trailing slash finds the same review.
 */

/** Query parameters that only track the visitor and never change the page. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'mkt_tok',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmkt',
]);
const TRACKING_PREFIXES = ['utm_', 'mc_'];

/** True for query parameter names that are tracking only (utm_*, mc_*, fbclid, gclid, …). */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

/** A URL with a scheme ("https:", "file:", "about:") but not a Windows path ("C:\…", "C:/…"). */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WINDOWS_PATH = /^[a-z]:[\\/]/i;

/**
 * Normalise a URL into the storage key of its review:
 * - scheme and host lower-case (the host is kept as is otherwise: "www." stays);
 * - user name, password and fragment dropped, default ports dropped;
 * - tracking parameters (utm_*, mc_*, fbclid, gclid, …) dropped, the rest sorted by name
 *   (the order of repeated names is kept);
 * - a trailing slash dropped, except for the root path.
 *
 * Something that is not a URL (a file name or path given to the CLI) becomes "file:<name>",
 * with only the file name, not its folder. An empty string gives "".
 */
export function normaliseUrl(input: string): string {
  const raw = input.trim();
  if (raw === '') return '';
  // Already a file key ("file:name", not "file:///path"): keep it, so normalising twice is harmless.
  if (/^file:(?!\/\/)/i.test(raw)) return fileKey(raw.slice(5));
  if (!HAS_SCHEME.test(raw) || WINDOWS_PATH.test(raw)) return fileKey(raw);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fileKey(raw);
  }
  url.hash = '';
  url.username = '';
  url.password = '';

  const params = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  // Stable sort by name only: the order of repeated names can matter to the site.
  params.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const query = new URLSearchParams(params).toString();

  let path = url.pathname;
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/';

  // "Special" schemes (http, https, file, …) have an origin; others (about:, data:, mailto:)
  // are kept as their parsed form without fragment.
  const special = url.host !== '' || url.protocol === 'file:';
  if (!special) {
    return `${url.protocol}${path}${query ? `?${query}` : ''}`;
  }
  return `${url.protocol}//${url.host.toLowerCase()}${path}${query ? `?${query}` : ''}`;
}

function fileKey(path: string): string {
  const name = path.split(/[\\/]/).filter((p) => p !== '').pop() ?? path;
  return `file:${name}`;
}

/**
 * True for the key of a review of a chosen file ("file:Regiovisie.pdf"): it belongs to no tab.
 * (A page opened from disk in a tab has a "file:///…" URL key.)
 */
export function isFileKey(key: string): boolean {
  return /^file:(?!\/\/)/i.test(key);
}
