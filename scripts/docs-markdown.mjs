// Our own docs' Markdown as HTML, for the docs site's guide pages (docs/*.md, DATASET.md and
// bench/results.md): only what they use. Blocks: headings (with GitHub's ids, so links work on
// GitHub and on the site alike), paragraphs, fenced code, tables, lists, HTML comments (left
// out). Inline: `code`, **strong**, *emphasis*, [links](address), <kbd>key</kbd> and
// backslash escapes. Every character of the text is escaped: the only markup in the output is
// what this module writes, and no attribute but a link's escaped href (http, https, mailto or
// an address on the site), a heading's id and a table cell's column name.
// Pure: runs in Node (scripts/build-docs.mjs) and in the browser (test/docs.test.ts).
import { escapeHtml } from '../docs/escape.js';

/** GitHub's id for a heading: its text in lower case, punctuation dropped, spaces as hyphens. */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** A heading's text as GitHub reads it for its id: the words, without the marks around them. */
const plain = (markdown) => markdown.replace(/\\(.)/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<\/?kbd>/g, '');

const INLINE = new RegExp(
  [
    /(`+)([\s\S]*?[^`])\1(?!`)/.source, // 1, 2: code
    /\\([\\`*_{}[\]()#+\-.!|<>])/.source, // 3: an escaped character
    /<kbd>([^<]*)<\/kbd>/.source, // 4: a key
    /\[((?:[^[\]]|\[[^\]]*\])+)\]\(([^()\s]+)\)/.source, // 5, 6: a link
    /\*\*(.+?)\*\*/.source, // 7: strong
    /\*([^*\s](?:[^*]*[^*\s])?)\*/.source, // 8: emphasis
  ].join('|'),
  'g',
);

/**
 * Inline Markdown as HTML. `link(address)` gives the href to write for a link's address, or
 * null to write its text without a link (an address that is not part of the site).
 */
export function inline(text, link = (address) => address) {
  let html = '';
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    html += escapeHtml(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== undefined) html += `<code>${escapeHtml(m[2].replace(/^ (.*) $/, '$1'))}</code>`;
    else if (m[3] !== undefined) html += escapeHtml(m[3]);
    else if (m[4] !== undefined) html += `<kbd>${escapeHtml(m[4])}</kbd>`;
    else if (m[5] !== undefined) {
      // Only web addresses and addresses on the site: another scheme (javascript:) is text.
      const href = /^[a-z][a-z0-9+.-]*:/i.test(m[6]) && !/^(https?|mailto):/i.test(m[6]) ? null : link(m[6]);
      html += href === null ? inline(m[5], link) : `<a href="${escapeHtml(href)}">${inline(m[5], link)}</a>`;
    } else if (m[7] !== undefined) html += `<strong>${inline(m[7], link)}</strong>`;
    else html += `<em>${inline(m[8], link)}</em>`;
  }
  return html + escapeHtml(text.slice(last));
}

/** A table row's cells: split at pipes that are not escaped (`a \| b` in a cell is one cell). */
const rowCells = (line) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));

const FENCE = /^```\s*([\w-]*)\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const ITEM = /^([-*]|\d+\.)\s+(.*)$/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * A Markdown document as HTML.
 * @param {string} markdown
 * @param {{ link?: (address: string) => string | null }} [options]
 * @returns {{ html: string, title: string, headings: { level: number, id: string, text: string }[] }}
 */
export function markdownToHtml(markdown, { link } = {}) {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  const headings = [];
  const ids = new Map();
  const span = (text) => inline(text, link);
  const startsBlock = (line, next) => FENCE.test(line) || HEADING.test(line) || ITEM.test(line) || line.startsWith('<!--') || (line.startsWith('|') && TABLE_RULE.test(next ?? ''));
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (line.startsWith('<!--')) {
      while (i < lines.length && !lines[i].includes('-->')) i++;
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const code = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) code.push(lines[i]);
      i++;
      const language = fence[1] ? ` class="language-${escapeHtml(fence[1])}"` : '';
      out.push(`<pre tabindex="0"><code${language}>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1].length;
      const base = slug(plain(heading[2])) || 'section';
      const seen = ids.get(base) ?? 0;
      ids.set(base, seen + 1);
      const id = seen === 0 ? base : `${base}-${seen}`;
      headings.push({ level, id, text: plain(heading[2]).replace(/`/g, '') });
      out.push(`<h${level} id="${escapeHtml(id)}">${span(heading[2])}</h${level}>`);
      i++;
      continue;
    }
    if (line.startsWith('|') && TABLE_RULE.test(lines[i + 1] ?? '')) {
      const head = rowCells(line);
      const align = rowCells(lines[i + 1]).map((rule) => (rule.endsWith(':') && !rule.startsWith(':') ? ' class="num"' : ''));
      const rows = [];
      for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i++) rows.push(rowCells(lines[i]));
      const th = head.map((h, c) => `<th scope="col"${align[c] ?? ''}>${span(h)}</th>`).join('');
      const body = rows
        .map((cells) => `<tr>${head.map((h, c) => `<td data-label="${escapeHtml(plain(h).replace(/`/g, ''))}"${align[c] ?? ''}>${span(cells[c] ?? '')}</td>`).join('')}</tr>`)
        .join('\n');
      out.push(`<div class="table-wrap"><table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`);
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[1]);
      const items = [];
      // An item runs on over its indented lines and any line that starts no other block; a
      // blank line between items keeps the list going.
      while (i < lines.length) {
        const start = ITEM.exec(lines[i]);
        if (!start || /\d/.test(start[1]) !== ordered) break;
        const text = [start[2]];
        for (i++; i < lines.length && lines[i].trim() !== '' && (/^\s/.test(lines[i]) || !startsBlock(lines[i], lines[i + 1])); i++) text.push(lines[i].trim());
        items.push(`<li>${span(text.join(' '))}</li>`);
        if (lines[i]?.trim() === '' && ITEM.test(lines[i + 1] ?? '')) i++;
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>\n${items.join('\n')}\n</${tag}>`);
      continue;
    }
    const text = [];
    for (; i < lines.length && lines[i].trim() !== '' && (text.length === 0 || !startsBlock(lines[i], lines[i + 1])); i++) text.push(lines[i].trim());
    out.push(`<p>${span(text.join(' '))}</p>`);
  }
  return { html: out.join('\n'), title: headings.find((h) => h.level === 1)?.text ?? '', headings };
}
