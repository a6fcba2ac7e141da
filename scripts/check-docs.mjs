// Checks the built docs site (site/, from `npm run docs`): every page has the strict
// Content-Security-Policy and no inline script or style; every relative link, script,
// stylesheet or data file a page names is a file in site/ (so the site works from any
// sub-path: no address starts with `/`); every #fragment names an id on the page it leads to;
// every page at the site's root carries the site's navigation (scripts/docs-pages.mjs's NAV),
// marking itself as the page shown; the API reference lists every attribute, property,
// method, event, CSS part and custom property of the manifest, and the guide's table every
// property. `node scripts/check-docs.mjs` after `npm run docs`; build-docs runs it too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiOf, escapeHtml, findElement } from './api-page.mjs';
import { NAV } from './docs-pages.mjs';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`;

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Every tag's addresses: href, src, and the playground's data-example. Escaped text in <code> is not a tag. */
function addresses(html) {
  const found = [];
  for (const tag of html.matchAll(/<[a-zA-Z][\w-]*(\s[^>]*)?>/g)) {
    for (const attribute of (tag[1] ?? '').matchAll(/\s(href|src|data-example)="([^"]*)"/g)) found.push(attribute[2]);
  }
  return found;
}

const idsOf = (html) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** Problems with a root page's navigation: it must be NAV, in order, with itself marked as shown. */
function checkNav(name, html) {
  const nav = /<nav aria-label="Site">([\s\S]*?)<\/nav>/.exec(html);
  if (!nav) return [`${name}: no site navigation (<nav aria-label="Site">)`];
  const links = [...nav[1].matchAll(/<a href="([^"]*)"( aria-current="page")?>([^<]*)<\/a>/g)];
  const problems = [];
  const listed = links.map((m) => `${m[1]} ${m[3]}`).join(', ');
  const expected = NAV.map(([href, label]) => `${href} ${escapeHtml(label)}`).join(', ');
  if (listed !== expected) problems.push(`${name}: its navigation is ${listed}, not the site's ${expected} (scripts/docs-pages.mjs)`);
  const self = name === 'index.html' ? './' : `./${name}`;
  const current = links.filter((m) => m[2]).map((m) => m[1]);
  if (current.join() !== self) problems.push(`${name}: its navigation marks ${current.join(' and ') || 'no page'} as the page shown, not ${self}`);
  return problems;
}

/** Problems with the pages of a built site, as sentences; none when all is well. */
export function checkSite(site) {
  const problems = [];
  const pages = htmlFiles(site);
  /** The ids of each page a link leads to, read once. */
  const idsAt = new Map();
  const idsIn = (file) => {
    if (!idsAt.has(file)) idsAt.set(file, idsOf(readFileSync(file, 'utf8')));
    return idsAt.get(file);
  };
  if (pages.length === 0) problems.push(`${site} holds no pages: run npm run docs`);
  for (const page of pages) {
    const name = relative(site, page);
    const html = readFileSync(page, 'utf8');
    if (!html.includes(CSP)) problems.push(`${name}: no Content-Security-Policy meta (default-src 'self')`);
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (!/\ssrc="/.test(script[1]) || script[2].trim() !== '') problems.push(`${name}: an inline script, which the policy blocks`);
    }
    if (/<style\b/.test(html) || /<[a-zA-Z][^>]*\sstyle="/.test(html)) problems.push(`${name}: an inline style, which the policy blocks`);
    const ids = idsOf(html);
    if (!name.includes('/') && !name.includes('\\')) problems.push(...checkNav(name, html));
    for (const address of addresses(html)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(address)) continue; // https:, mailto:
      if (address.startsWith('/')) {
        problems.push(`${name}: ${address} starts at the server's root, so the site would not work from a sub-path`);
        continue;
      }
      const [path, fragment] = address.split('#');
      if (path === '') {
        if (fragment && !ids.has(fragment)) problems.push(`${name}: #${fragment} names no id on the page`);
        continue;
      }
      const target = resolve(dirname(page), decodeURIComponent(path.split('?')[0]));
      const file = existsSync(target) && statSync(target).isDirectory() ? join(target, 'index.html') : target;
      if (!file.startsWith(resolve(site))) problems.push(`${name}: ${address} leads out of the site`);
      else if (!existsSync(file)) problems.push(`${name}: ${address} is not in the site (${relative(site, file)})`);
      else if (fragment && file.endsWith('.html') && !idsIn(file).has(fragment)) problems.push(`${name}: ${address}: #${fragment} names no id on ${relative(site, file)}`);
    }
  }
  return problems;
}

/** The first cell of each row of a table: the name it documents. */
const firstCells = (html) => [...html.matchAll(/<tr><td\b[^>]*>([^\n]*?)<\/td>/g)].map((m) => m[1]);

/** Problems with the API page: each public name of the manifest it does not list. */
export function checkApi(site, manifest) {
  const page = join(site, 'api.html');
  if (!existsSync(page)) return ['api.html is missing'];
  const html = readFileSync(page, 'utf8');
  const section = (id) => {
    const start = html.indexOf(`<section id="${id}"`);
    return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
  };
  const api = apiOf(findElement(manifest, 'sahel-timeline'));
  const problems = [];
  const expect = (id, names) => {
    const text = section(id);
    if (text === '') problems.push(`api.html has no section #${id}`);
    for (const name of names) if (!firstCells(text).some((cell) => cell.startsWith(name.endsWith('(') ? `<code>${escapeHtml(name)}` : `<code>${escapeHtml(name)}</code>`))) problems.push(`api.html does not list ${name} under #${id}`);
  };
  expect('attributes', api.attributes.map((a) => a.name));
  expect('properties', api.properties.map((p) => p.name));
  expect('methods', api.methods.map((m) => `${m.name}(`));
  expect('events', api.events.map((e) => e.name));
  expect('css-parts', api.cssParts.map((p) => p.name));
  expect('css-custom-properties', api.cssProperties.map((p) => p.name));
  if (api.attributes.length === 0) problems.push('the manifest declares no attributes: was it generated?');
  return problems;
}

/** Problems with the guide's table of attributes and properties: each property of the manifest it does not list, with its attribute. */
export function checkGuide(site, manifest) {
  const page = join(site, 'guide.html');
  if (!existsSync(page)) return ['guide.html is missing'];
  const html = readFileSync(page, 'utf8');
  const start = html.indexOf('<h2 id="attributes-and-properties">');
  if (start < 0) return ['guide.html has no section #attributes-and-properties'];
  const section = html.slice(start, html.indexOf('<h2 ', start + 1));
  /** Each row's attribute and property cells. */
  const rows = [...section.matchAll(/<tr><td\b[^>]*>([^\n]*?)<\/td><td\b[^>]*>([^\n]*?)<\/td>/g)];
  const problems = [];
  for (const p of apiOf(findElement(manifest, 'sahel-timeline')).properties) {
    const row = rows.find((r) => r[2].startsWith(`<code>${escapeHtml(p.name)}</code>`));
    if (!row) problems.push(`guide.html does not list the property ${p.name} under #attributes-and-properties`);
    else if (p.attribute && row[1] !== `<code>${escapeHtml(p.attribute)}</code>`) problems.push(`guide.html lists ${p.name} without its attribute ${p.attribute}`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = resolve('site');
  const manifest = JSON.parse(readFileSync(join(site, 'dist', 'custom-elements.json'), 'utf8'));
  const problems = [...checkSite(site), ...checkApi(site, manifest), ...checkGuide(site, manifest)];
  for (const problem of problems) console.error(`  ${problem}`);
  if (problems.length > 0) {
    console.error(`check-docs: ${problems.length} problem(s) in site/`);
    process.exit(1);
  }
  console.log('check-docs: every page has the policy and the site\'s navigation, every link and #fragment resolves in site/, the API page lists the whole manifest and the guide its properties');
}
