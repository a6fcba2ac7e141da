// The API reference page, written from the custom elements manifest (dist/custom-elements.json,
// which the build generates from the element's JSDoc): attributes, properties, methods, events,
// CSS parts and CSS custom properties of <sahel-timeline>. Every text from the manifest is
// escaped; `code` spans in descriptions become <code>. Also the guide's table of attributes and
// properties, as Markdown.

import { escapeHtml } from '../docs/escape.js';

export { escapeHtml };

/** A description: escaped, `code` spans as <code>, paragraphs kept. */
function prose(text) {
  if (!text) return '';
  return escapeHtml(text.trim())
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\n\s*\n/g, '<br /><br />')
    .replace(/\n/g, ' ');
}

const code = (text) => (text === undefined || text === null || text === '' ? '' : `<code>${escapeHtml(text)}</code>`);

/** The declaration of a custom element by its tag name. */
export function findElement(manifest, tagName) {
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) if (declaration.tagName === tagName) return declaration;
  }
  throw new Error(`custom-elements.json declares no <${tagName}>`);
}

const isPublic = (member) => !member.privacy && !member.static && !member.name.startsWith('_') && !member.name.startsWith('#');

/** The public parts of the element's API, as the page lists them. */
export function apiOf(element) {
  const members = element.members ?? [];
  return {
    attributes: element.attributes ?? [],
    // The properties a page sets (declared in TimelineProperties, inherited), then the read-only ones.
    properties: members.filter((m) => m.kind === 'field' && isPublic(m)).sort((a, b) => Number(Boolean(a.readonly)) - Number(Boolean(b.readonly))),
    methods: members.filter((m) => m.kind === 'method' && isPublic(m)),
    events: element.events ?? [],
    cssParts: element.cssParts ?? [],
    cssProperties: element.cssProperties ?? [],
  };
}

/** A type as a reader sets it: unset is said by the description, and a list given is never changed. */
const settable = (type) => (type ?? '').replace(/ \| undefined\b/g, '').replace(/\breadonly /g, '');

/** Text for a cell of a Markdown table: one line, its pipes escaped. */
const cell = (text) => (text ?? '').trim().replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

/**
 * The guide's table of attributes and properties, as Markdown (scripts/docs-markdown.mjs reads
 * it): every property of the manifest, those a page sets first, in the order they are declared
 * (src/timeline-properties.ts), then the read-only ones.
 * @param {object} element the manifest's declaration of the element
 */
export function propertiesMarkdown(element) {
  const rows = apiOf(element).properties.map((p) => {
    const codeCell = (text) => (text ? `\`${cell(text)}\`` : '');
    const description = [cell(p.description), p.reflects ? 'Reflected.' : ''].filter(Boolean).join(' ');
    return `| ${codeCell(p.attribute)} | ${codeCell(p.name)}${p.readonly ? ' (read-only)' : ''} | ${codeCell(settable(p.type?.text))} | ${codeCell(p.default)} | ${description} |`;
  });
  return ['| Attribute | Property | Type | Default | What it does |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** A table named by its section's heading; each cell carries its column's name for narrow screens, where rows stack. */
function table(id, headings, rows) {
  const head = headings.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c, i) => `<td data-label="${escapeHtml(headings[i])}">${c}</td>`).join('')}</tr>`).join('\n');
  return `<div class="table-wrap"><table aria-labelledby="${id}-heading">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

function signature(method) {
  const params = (method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ');
  const returns = method.return?.type?.text;
  return `${method.name}(${params})${returns ? `: ${returns}` : ''}`;
}

/**
 * The page's <main>: every public member of the element, by kind.
 * @param {object} element the manifest's declaration of the element
 */
export function apiMain(element) {
  const api = apiOf(element);
  const propertyOf = new Map(api.properties.map((p) => [p.name, p]));
  const sections = [
    {
      id: 'attributes',
      title: 'Attributes',
      intro: 'Set in HTML, or through the property of the same meaning.',
      body: table(
        'attributes',
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        api.attributes.map((a) => [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text),
          code(a.default),
          prose(a.description ?? propertyOf.get(a.fieldName)?.description),
        ]),
      ),
    },
    {
      id: 'properties',
      title: 'Properties',
      intro: 'Set from a script: arrays, objects and functions are properties only.',
      body: table(
        'properties',
        ['Property', 'Attribute', 'Type', 'Default', 'Description'],
        api.properties.map((p) => [code(p.name) + (p.readonly ? ' <span class="muted">(read-only)</span>' : ''), code(p.attribute), code(p.type?.text), code(p.default), prose(p.description)]),
      ),
    },
    {
      id: 'methods',
      title: 'Methods',
      intro: '',
      body: table(
        'methods',
        ['Method', 'Description'],
        api.methods.map((m) => [code(signature(m)), prose(m.description)]),
      ),
    },
    {
      id: 'events',
      title: 'Events',
      intro: 'All bubble and cross the shadow boundary (composed).',
      body: table(
        'events',
        ['Event', 'Description'],
        api.events.map((e) => [code(e.name), prose(e.description)]),
      ),
    },
    {
      id: 'css-parts',
      title: 'CSS parts',
      intro: 'Style them with ::part(), for example sahel-timeline::part(details) { max-height: 40vh }.',
      body: table(
        'css-parts',
        ['Part', 'Description'],
        api.cssParts.map((p) => [code(p.name), prose(p.description)]),
      ),
    },
    {
      id: 'css-custom-properties',
      title: 'CSS custom properties',
      intro: 'Set on the element or any ancestor.',
      body: table(
        'css-custom-properties',
        ['Custom property', 'Default', 'Description'],
        api.cssProperties.map((p) => [code(p.name), code(p.default), prose(p.description)]),
      ),
    },
  ];
  const toc = sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('\n');
  return [
    `<h1>API reference: <code>&lt;${escapeHtml(element.tagName)}&gt;</code></h1>`,
    `<p class="lede">${prose(element.description ?? element.summary)}</p>`,
    `<p class="muted prose">Written by <code>npm run docs</code> from <a href="./dist/custom-elements.json">custom-elements.json</a>, which the build generates from the element's source. The <a href="./guide.html">guide</a> explains each part at more length, with examples.</p>`,
    `<ul class="toc" aria-label="On this page">\n${toc}\n</ul>`,
    ...sections.map((s) => `<section id="${s.id}" aria-labelledby="${s.id}-heading">\n<h2 id="${s.id}-heading">${escapeHtml(s.title)}</h2>\n${s.intro ? `<p>${escapeHtml(s.intro)}</p>\n` : ''}${s.body}\n</section>`),
  ].join('\n');
}
