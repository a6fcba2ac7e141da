/** Addresses from data, as links and media may use them: http(s) only. */

/**
 * An address as an http(s) URL, or undefined for any other scheme (`javascript:`, `data:`)
 * or one that does not parse; relative addresses are read against `base`, and without one
 * are refused.
 */
export function httpUrl(url: string | undefined, base?: string): URL | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}
