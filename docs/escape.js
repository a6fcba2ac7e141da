// Text escaped for HTML content and double-quoted attributes: the one escaper of the docs site,
// used by the playground's embed code (in the browser) and the API page (at build time).

/** Text escaped for HTML content and double-quoted attributes. */
export function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
