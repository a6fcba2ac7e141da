// The docs site's pages: the navigation every page carries, and the guide pages written from
// Markdown with the shell they share (the same head, policy, header and footer as the
// hand-written pages in docs/). scripts/build-docs.mjs writes them; scripts/check-docs.mjs
// checks every page's navigation against NAV. Pure: strings in, strings out.
import { escapeHtml } from '../docs/escape.js';
import { markdownToHtml } from './docs-markdown.mjs';

/** The site's navigation, in order: each page's address (relative to the site's root) and its name. */
export const NAV = [
  ['./', 'Home'],
  ['./demo/', 'The Sahel story'],
  ['./dataset.html', 'The dataset'],
  ['./gallery.html', 'Gallery'],
  ['./playground.html', 'Playground'],
  ['./guide.html', 'Guide'],
  ['./api.html', 'API reference'],
  ['./data.html', 'Data formats'],
  ['./styling.html', 'Styling'],
  ['./languages.html', 'Languages'],
  ['./performance.html', 'Performance'],
];

/** The pages written from Markdown: the source (from the repository's root) and the page in site/. */
export const PAGES = [
  { source: 'docs/guide.md', page: 'guide.html' },
  { source: 'docs/data.md', page: 'data.html' },
  { source: 'docs/styling.md', page: 'styling.html' },
  { source: 'docs/languages.md', page: 'languages.html' },
  { source: 'docs/performance.md', page: 'performance.html' },
  { source: 'DATASET.md', page: 'dataset.html' },
];

/** The site's <nav>, the page at `current` marked as the one shown. */
export function navHtml(current, indent = '      ') {
  const links = NAV.map(([href, label]) => `${indent}  <a href="${href}"${href === current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a>`);
  return `<nav aria-label="Site">\n${links.join('\n')}\n${indent}</nav>`;
}

/**
 * A guide page of the site from its Markdown: the first heading names the page, the first
 * paragraph is its lede, then a list of its sections, then the sections.
 * @param {string} markdown
 * @param {{ page: string, link?: (address: string) => string | null }} options
 */
export function guidePage(markdown, { page, link }) {
  const { html, title, headings } = markdownToHtml(markdown, { link });
  const sections = headings.filter((h) => h.level === 2);
  const toc =
    sections.length < 3
      ? ''
      : `<ul class="toc" aria-label="On this page">\n${sections.map((h) => `<li><a href="#${escapeHtml(h.id)}">${escapeHtml(h.text)}</a></li>`).join('\n')}\n</ul>\n`;
  // The lede and the list of sections go after the heading and its first paragraph.
  const body = html.replace(/^(<h1 [^\n]*\n)(?:<p>([^\n]*)<\/p>\n)?/, (_, h1, lede) => `${h1}${lede === undefined ? '' : `<p class="lede">${lede}</p>\n`}${toc}`);
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />
    <title>${escapeHtml(title)} · sahel-timeline</title>
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="./docs.css" />
  </head>
  <body>
    <header class="site">
      <a class="brand" href="./">sahel-timeline</a>
      ${navHtml(`./${page}`)}
    </header>
    <main class="guide">
${body}
    </main>
    <footer>sahel-timeline · MIT licence · Lit and d3</footer>
  </body>
</html>
`;
}
