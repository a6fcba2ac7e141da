// The playground: reads pasted or opened text as the element's `src` would (our JSON, a
// TimelineJS3 JSON file, or a CSV or TSV spreadsheet), shows it in a live <sahel-timeline>
// fed through its properties, lists every problem found, and writes the code to embed it.
// `npm run docs` bundles this file with the dataset readers (scripts/build-docs.mjs), so the
// site needs no import map: the page runs under `default-src 'self'` with no inline script.
// Nothing from the data is ever assigned as markup: text goes in with textContent and value.
import { escapeHtml } from './escape.js';
import { parseCsv, fromTimelineJS, validateEvents, validateEras, formatIssue, looksLikeSpreadsheet, looksLikeTimelineJS, EVENT_FIELDS, eventsToCsv, toTimelineJS } from '../dist/dataset/index.js';

/** The standalone bundle a page embeds. */
const BUNDLE_URL = 'https://unpkg.com/sahel-timeline/dist/sahel-timeline.bundle.js';
/** The map's bundle (sahel-timeline/map), beside the timeline's. */
const MAP_BUNDLE_URL = 'https://unpkg.com/sahel-timeline/dist/sahel-timeline-map.bundle.js';
/** The name the embed code gives the data file. */
const DATA_FILE = 'timeline.json';
/** The lanes every dataset can have; fields of the data's own are added after them. */
const STANDARD_LANES = new Set(['auto', '', 'category', 'country', 'actor']);
/** Fields that are not worth a lane: one value per event, or not text. */
const KNOWN_FIELDS = new Set([...EVENT_FIELDS.map((f) => f.key), 'translations']);

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads text as the element reads a `src` file with no content type or extension to go by:
 * JSON if it parses as JSON (TimelineJS3 when its events are slides), else a spreadsheet if its
 * first line is a header row.
 * @param {string} text
 * @returns {{ format: 'empty' | 'unknown' | 'csv' | 'timelinejs' | 'json', data?: object, issues: { text: string }[] }}
 */
export function readText(text) {
  if (text.trim() === '') return { format: 'empty', issues: [] };
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    if (!looksLikeSpreadsheet(text)) {
      return { format: 'unknown', issues: [{ text: 'This is neither JSON nor a spreadsheet: a spreadsheet needs a header row of column names, separated by commas, tabs or semicolons.' }] };
    }
    const { data, issues } = parseCsv(text);
    return { format: 'csv', data, issues: issues.map(describe) };
  }
  if (looksLikeTimelineJS(body)) {
    const { data, issues } = fromTimelineJS(body);
    return { format: 'timelinejs', data, issues: issues.map(describe) };
  }
  const object = isRecord(body) ? body : {};
  const checked = validateEvents(Array.isArray(body) ? body : object.events);
  const eras = validateEras(object.eras);
  const data = {
    events: checked.events,
    ...(eras.eras.length > 0 && { eras: eras.eras }),
    ...(typeof object.title === 'string' && { title: object.title }),
    ...(typeof object.summary === 'string' && { summary: object.summary }),
    ...(isRecord(object.media) && { media: object.media }),
    // Nothing valid is lost: the file's sources and its title card's translations go along.
    ...(Array.isArray(object.sources) && { sources: object.sources }),
    ...(isRecord(object.translations) && { translations: object.translations }),
  };
  const issues = [...checked.issues.map((i) => describe({ ...i, part: 'events' })), ...eras.issues.map((i) => describe({ ...i, part: 'eras' }))];
  return { format: 'json', data, issues };
}

/** An issue in plain words, with where it is. */
function describe(issue) {
  const where = issue.part === 'eras' && issue.row === undefined && issue.index !== null ? 'Era: ' : issue.part === 'title' ? 'Title card: ' : '';
  return { text: where + formatIssue(issue) };
}


/**
 * The code that embeds the timeline: the bundle's script tag and the element, reading the
 * data from `timeline.json` (our JSON, as the Download button writes it).
 * With `map`, the map's script and a `<sahel-timeline-map>` that follows the timeline.
 * @param {{ groupBy: string, hasGroups: boolean, mode?: string, orientation?: string, theme: string, locale: string, hash: boolean, map?: boolean, editable?: boolean }} options
 */
export function embedCode({ groupBy, hasGroups, mode = 'timeline', orientation = 'horizontal', theme, locale, hash, map = false, editable = false }) {
  /** @type {[string, string | null][]} */
  const attributes = [['src', DATA_FILE]];
  // Loaded from a file, events with a `group` are grouped by it unless group-by says otherwise.
  if (groupBy === '' && hasGroups) attributes.push(['group-by', '']);
  else if (groupBy !== 'auto' && groupBy !== '') attributes.push(['group-by', groupBy]);
  if (mode !== 'timeline') attributes.push(['mode', mode]);
  if (orientation !== 'horizontal') attributes.push(['orientation', orientation]);
  if (theme !== '') attributes.push(['theme', theme]);
  if (locale !== '') attributes.push(['locale', locale]);
  if (hash) attributes.push(['hash', null]);
  if (editable) attributes.push(['editable', null]);
  if (map) attributes.unshift(['id', 'timeline']);
  const tag = `<sahel-timeline ${attributes.map(([name, value]) => (value === null ? name : `${name}="${escapeHtml(value)}"`)).join(' ')}></sahel-timeline>`;
  if (!map) return `<script type="module" src="${BUNDLE_URL}"></script>\n${tag}`;
  return `<script type="module" src="${BUNDLE_URL}"></script>\n<script type="module" src="${MAP_BUNDLE_URL}"></script>\n${tag}\n<sahel-timeline-map for="timeline"></sahel-timeline-map>`;
}

/** Text fields of the data's own that events hold (a spreadsheet's extra columns, TimelineJS3's `group`). */
function ownFields(events) {
  const found = new Set();
  for (const event of events.slice(0, 1000)) {
    for (const [key, value] of Object.entries(event)) if (!KNOWN_FIELDS.has(key) && typeof value === 'string') found.add(key);
  }
  return [...found].sort();
}

function start() {
  const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  const input = /** @type {HTMLTextAreaElement} */ ($('data'));
  const file = /** @type {HTMLInputElement} */ ($('file'));
  const status = $('status');
  const issueList = $('issues');
  const groupBy = /** @type {HTMLSelectElement} */ ($('group-by'));
  const theme = /** @type {HTMLSelectElement} */ ($('theme'));
  const mode = /** @type {HTMLSelectElement} */ ($('mode'));
  const orientation = /** @type {HTMLSelectElement} */ ($('orientation'));
  const locale = /** @type {HTMLInputElement} */ ($('locale'));
  const hash = /** @type {HTMLInputElement} */ ($('hash'));
  const withMap = /** @type {HTMLInputElement} */ ($('with-map'));
  const editable = /** @type {HTMLInputElement} */ ($('editable'));
  const timeline = /** @type {any} */ ($('preview'));
  const map = /** @type {any} */ ($('preview-map'));
  const snippet = /** @type {HTMLTextAreaElement} */ ($('snippet'));
  const copyStatus = $('copy-status');

  /** What the text read as, last time it changed. */
  let read = readText('');
  /** The locale last applied: a tag that Intl refuses is not passed on. */
  let validLocale = '';

  const hasGroups = () => (read.data?.events ?? []).some((e) => typeof e.group === 'string');

  function showRead() {
    const FORMATS = { csv: 'a spreadsheet', timelinejs: 'a TimelineJS3 file', json: 'our JSON' };
    if (read.format === 'empty') status.textContent = 'Paste your data above, open a file, or try an example.';
    else if (read.format === 'unknown') status.textContent = 'Could not read this.';
    else {
      const { events, eras, title } = read.data;
      const parts = [`${events.length.toLocaleString('en-GB')} ${events.length === 1 ? 'event' : 'events'}`];
      if (eras?.length) parts.push(`${eras.length} ${eras.length === 1 ? 'era' : 'eras'}`);
      if (title) parts.push('a title card');
      const problems = read.issues.length === 0 ? '' : read.issues.length === 1 ? ' One problem:' : ` ${read.issues.length.toLocaleString('en-GB')} problems:`;
      status.textContent = `Read as ${FORMATS[read.format]}: ${parts.join(', ')}.${problems}`;
    }
    issueList.replaceChildren(
      ...read.issues.slice(0, 200).map((issue) => {
        const item = document.createElement('li');
        item.textContent = issue.text;
        return item;
      }),
    );
    if (read.issues.length > 200) {
      const more = document.createElement('li');
      more.textContent = `…and ${(read.issues.length - 200).toLocaleString('en-GB')} more.`;
      issueList.append(more);
    }
    // Lanes for the data's own text fields.
    const current = groupBy.value;
    for (const option of [...groupBy.options]) if (!STANDARD_LANES.has(option.value)) option.remove();
    for (const field of ownFields(read.data?.events ?? [])) groupBy.add(new Option(field, field));
    groupBy.value = [...groupBy.options].some((o) => o.value === current) ? current : 'auto';
  }

  function showTimeline() {
    const data = read.data ?? { events: [] };
    timeline.pending = false;
    timeline.events = data.events;
    timeline.eras = data.eras ?? [];
    timeline.heading = data.title ?? '';
    timeline.summary = data.summary;
    timeline.media = data.media;
    timeline.sources = data.sources;
    applyOptions();
  }

  function applyOptions() {
    const lanes = groupBy.value === 'auto' ? (hasGroups() ? 'group' : undefined) : groupBy.value;
    timeline.groupBy = lanes === '' ? undefined : lanes;
    timeline.theme = theme.value === '' ? undefined : theme.value;
    timeline.mode = mode.value;
    timeline.orientation = orientation.value;
    const tag = locale.value.trim();
    try {
      if (tag !== '') Intl.getCanonicalLocales(tag);
      validLocale = tag;
      locale.removeAttribute('aria-invalid');
      locale.setCustomValidity('');
    } catch {
      locale.setAttribute('aria-invalid', 'true');
      locale.setCustomValidity(`"${tag}" is not a language tag (try fr, en-GB or ar).`);
    }
    timeline.locale = validLocale === '' ? undefined : validLocale;
    timeline.hash = hash.checked;
    timeline.editable = editable.checked;
    map.hidden = !withMap.checked;
    map.theme = timeline.theme;
    map.locale = timeline.locale;
    const options = {
      groupBy: groupBy.value, hasGroups: hasGroups(), mode: mode.value, orientation: orientation.value,
      theme: theme.value, locale: validLocale, hash: hash.checked, map: withMap.checked, editable: editable.checked,
    };
    snippet.value = embedCode(options);
    copyStatus.textContent = '';
  }

  function update() {
    read = readText(input.value);
    showRead();
    showTimeline();
  }

  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    input.value = await chosen.text();
    update();
  });
  for (const button of document.querySelectorAll('[data-example]')) {
    button.addEventListener('click', async () => {
      const url = button.getAttribute('data-example') ?? '';
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        input.value = await response.text();
        update();
      } catch (error) {
        status.textContent = `The example could not be loaded: ${error instanceof Error ? error.message : String(error)}.`;
      }
    });
  }
  for (const control of [groupBy, mode, orientation, theme, hash, withMap, editable]) control.addEventListener('change', applyOptions);
  locale.addEventListener('input', applyOptions);

  $('copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(snippet.value);
      copyStatus.textContent = 'Copied.';
    } catch {
      // Where the browser refuses the clipboard, the code is selected to copy by hand.
      snippet.focus();
      snippet.select();
      copyStatus.textContent = 'Your browser did not allow copying: the code is selected, press Ctrl+C (⌘C on a Mac).';
    }
  });
  /** The data as read, with the events as the timeline holds them now (the reader's edits too). */
  const current = () => ({ ...(read.data ?? {}), events: timeline.events ?? read.data?.events ?? [] });
  /** Offers `text` as a file to save. */
  const save = (text, type, name) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  $('download').addEventListener('click', () => {
    const { title, summary, media, translations, eras, sources, events } = current();
    save(`${JSON.stringify({ title, summary, media, translations, eras, sources, events }, null, 2)}\n`, 'application/json', DATA_FILE);
  });
  $('download-csv').addEventListener('click', () => {
    save(eventsToCsv(current().events), 'text/csv', 'timeline.csv');
  });
  $('download-tl').addEventListener('click', () => {
    save(`${JSON.stringify(toTimelineJS(current()), null, 2)}\n`, 'application/json', 'timeline.timelinejs.json');
  });

  // Start with the template example, so the page shows what it does.
  const first = /** @type {HTMLButtonElement | null} */ (document.querySelector('[data-example]'));
  if (input.value.trim() === '') first?.click();
  else update();
}

// Properties are set once the element is defined (the bundle is loaded before this file).
void customElements.whenDefined('sahel-timeline').then(start);
