import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from './commands.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { TimelineProperties } from '../src/timeline-properties.js';
import { TimelineHarness } from './harness.js';
import { frames, openFramedTimeline, until } from './helpers.js';
import { itExcept, LACKS } from './engines.js';

// The docs site as `npm run docs` writes it, served from a sub-path (/site/), as a static host
// may serve it; each page has `default-src 'self'` in a meta tag. web-test-runner.config.mjs
// writes site/ before the run when it is older than its sources.

/** A page of the site in a frame that fills the viewport, so real clicks reach it. */
async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { position: 'fixed', inset: '0', width: '100vw', height: '100vh', border: '0', background: 'white' });
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.src = `/site/${path}`;
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument as Document };
}

/** A real mouse click in the middle of an element of the framed page. */
async function clickIn(frame: HTMLIFrameElement, target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const f = frame.getBoundingClientRect();
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(f.left + r.left + r.width / 2), Math.round(f.top + r.top + r.height / 2)] });
}

/** The playground's parts. */
function playground(doc: Document) {
  const get = (selector: string) => doc.querySelector(selector) as Element;
  return {
    input: get('#data') as HTMLTextAreaElement,
    status: get('#status') as HTMLElement,
    issues: get('#issues') as HTMLUListElement,
    snippet: get('#snippet') as HTMLTextAreaElement,
    theme: get('#theme') as HTMLSelectElement,
    mode: get('#mode') as HTMLSelectElement,
    locale: get('#locale') as HTMLInputElement,
    hash: get('#hash') as HTMLInputElement,
    timeline: doc.querySelector('sahel-timeline') as SahelTimeline,
    example: (name: string) => [...doc.querySelectorAll('[data-example]')].find((b) => b.textContent === name) as HTMLButtonElement,
  };
}

/** Opens the playground once its first example is shown, then empties its text box for typing. */
async function openPlayground() {
  const page = await openPage('playground.html');
  const parts = playground(page.doc);
  await until(() => parts.status.textContent.startsWith('Read as') && parts.timeline.shownEvents.length > 0, 8000, 'the first example');
  parts.input.focus();
  parts.input.select();
  return { ...page, ...parts };
}

/** The names of the marks drawn: each event's title, then its date. */
const markNames = (el: SahelTimeline) => new TimelineHarness(el).marks().map((m) => m.name);

// Typed as a reader pastes it: the columns of TimelineJS3's Google Sheets template.
const TEMPLATE_CSV = [
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  ',,,,,,,,,Harvest notes,<p>A season in Segou.</p>,,,,,title,,',
  '2021,6,1,,2021,9,30,,,Rainy season,,,,,,era,,',
  '2021,6,14,,,,,,,First rains <i>arrive</i>,<p>Fields are sown.</p>,,,,,,Fields,',
  '2021,8,2,,,,,,,River market reopens,,,,,,,Town,',
  '2021,10,20,,,,,,,Millet harvest,,,,,,,Fields,',
].join('\n');

describe('docs site: the playground', () => {
  it('turns a pasted TimelineJS3 template CSV into a timeline, with its groups as lanes and the code to embed it', async () => {
    const { frame, input, status, issues, snippet, timeline } = await openPlayground();
    try {
      await sendKeys({ type: TEMPLATE_CSV });
      expect(input.value).to.equal(TEMPLATE_CSV);
      await until(() => markNames(timeline).some((name) => name.startsWith('Millet harvest')), 8000, 'the typed events drawn');
      const names = markNames(timeline);
      for (const headline of ['First rains arrive', 'River market reopens', 'Millet harvest']) {
        expect(names.some((name) => name.startsWith(headline)), `${headline} in ${names.join(' | ')}`).to.equal(true);
      }
      expect(timeline.shownEvents.map((e) => e.title)).to.deep.equal(['First rains arrive', 'River market reopens', 'Millet harvest']);
      expect(status.textContent).to.equal('Read as a spreadsheet: 3 events, 1 era, a title card.');
      expect(issues.children.length).to.equal(0);
      // The template's groups are lanes, as TimelineJS3 shows them.
      await until(() => new TimelineHarness(timeline).lanes().length === 2, 3000, 'two lanes');
      expect(new TimelineHarness(timeline).lanes().map((l) => l.name)).to.deep.equal(['Fields', 'Town']);
      expect(timeline.heading).to.equal('Harvest notes');
      expect(snippet.value).to.equal(
        '<script type="module" src="https://unpkg.com/sahel-timeline/dist/sahel-timeline.bundle.js"></script>\n<sahel-timeline src="timeline.json"></sahel-timeline>',
      );
    } finally {
      frame.remove();
    }
  });

  it('lists each row it could not use with its line, as text, and shows the rest', async () => {
    const { frame, issues, status, timeline } = await openPlayground();
    try {
      await sendKeys({ type: 'Year,Month,Day,Headline\n<img src=x>,1,1,Bad year\n2021,5,1,Good row\n' });
      await until(() => issues.children.length === 1, 5000, 'one problem listed');
      expect(issues.children[0]?.textContent).to.equal('Line 2, start: the year "<img src=x>" is not a whole number; the row is left out.');
      expect(issues.querySelector('img') === null).to.equal(true);
      expect(status.textContent).to.equal('Read as a spreadsheet: 1 event. One problem:');
      await until(() => markNames(timeline).some((name) => name.startsWith('Good row')), 5000, 'the good row drawn');
    } finally {
      frame.remove();
    }
  });

  it('options chosen with the keyboard reach the timeline and the embed code', async () => {
    const { frame, mode, theme, locale, hash, snippet, timeline } = await openPlayground();
    try {
      mode.focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => timeline.mode === 'story', 3000, 'the story view');
      theme.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await until(() => timeline.theme === 'dark', 3000, 'the dark theme');
      locale.focus();
      await sendKeys({ type: 'fr' });
      await until(() => timeline.locale === 'fr', 3000, 'the locale');
      hash.focus();
      await sendKeys({ press: 'Space' });
      await until(() => timeline.hash, 3000, 'hash');
      expect(snippet.value.endsWith('<sahel-timeline src="timeline.json" mode="story" theme="dark" locale="fr" hash></sahel-timeline>'), snippet.value).to.equal(true);
      // A tag Intl refuses is not passed on, and says so.
      locale.focus();
      await sendKeys({ type: '!!' });
      await until(() => locale.getAttribute('aria-invalid') === 'true', 3000, 'the bad tag marked');
      expect(timeline.locale).to.equal('fr');
      expect(snippet.value.includes('locale="fr"')).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('with "Let readers edit it", the timeline is editable and the downloads hold its events as edited: JSON, CSV and TimelineJS3', async () => {
    const { frame, doc, snippet, timeline } = await openPlayground();
    try {
      const editable = doc.querySelector('#editable') as HTMLInputElement;
      editable.focus();
      await sendKeys({ press: 'Space' });
      await until(() => timeline.editable, 3000, 'editable');
      expect(snippet.value).to.match(/ editable><\/sahel-timeline>$/);
      // An edit, as the editor leaves it: a new array.
      const [first, ...rest] = timeline.events ?? [];
      timeline.events = [{ ...(first as TimelineEvent), title: 'Edited by a reader' }, ...rest];
      const saved: Blob[] = [];
      const win = frame.contentWindow as Window & typeof globalThis;
      const real = win.URL.createObjectURL.bind(win.URL);
      win.URL.createObjectURL = (blob: Blob) => {
        saved.push(blob);
        return real(blob);
      };
      // The files are read here, not saved: the links' clicks do nothing.
      win.HTMLAnchorElement.prototype.click = () => undefined;
      for (const id of ['download', 'download-csv', 'download-tl']) (doc.getElementById(id) as HTMLButtonElement).click();
      const [json, csv, tl] = await Promise.all(saved.map((b) => b.text()));
      expect(saved.map((b) => b.type)).to.deep.equal(['application/json', 'text/csv', 'application/json']);
      for (const text of [json, csv, tl]) expect(text).to.include('Edited by a reader');
    } finally {
      frame.remove();
    }
  });

  it('an example button loads its file: our JSON with eras', async () => {
    const { frame, timeline, status, example } = await openPlayground();
    try {
      await clickIn(frame, example('Our JSON'));
      await until(() => timeline.shownEvents.some((e) => e.title === 'Caesar is killed'), 5000, 'the Rome example');
      expect(status.textContent).to.equal('Read as our JSON: 12 events, 3 eras, a title card.');
      expect(timeline.eras?.map((e) => e.title)).to.deep.equal(['Kingdom', 'Republic', 'Empire']);
    } finally {
      frame.remove();
    }
  });
});

describe('docs site: pages', () => {
  it('the home page, served from a sub-path, shows the Sahel timeline', async () => {
    const { frame, el } = await openFramedTimeline('/site/');
    try {
      expect(el.shownEvents.length).to.be.greaterThan(19);
    } finally {
      frame.remove();
    }
  });

  it('every page, the Sahel story too, names an icon the site serves (no 404 in the console)', async () => {
    for (const path of ['', 'gallery.html', 'playground.html', 'api.html', 'demo/']) {
      const page = new DOMParser().parseFromString(await (await fetch(`/site/${path}`)).text(), 'text/html');
      const href = page.querySelector('link[rel~="icon"]')?.getAttribute('href');
      expect(href, `/site/${path} has no icon`).to.be.a('string');
      const response = await fetch(new URL(href ?? '', new URL(`/site/${path}`, location.href)));
      expect(response.status, `/site/${path}'s icon ${href ?? ''}`).to.equal(200);
    }
  });

  it('the home page shows its embed code whole on a wide screen, reaching into the free space beside the text', async () => {
    const { frame } = await openPage('');
    try {
      frame.style.width = '1280px';
      const code = [...(frame.contentDocument?.querySelectorAll('pre') ?? [])].find((pre) => pre.textContent.includes('sahel-timeline.bundle.js'));
      expect(code, 'the script-tag snippet').to.not.equal(undefined);
      await until(() => (code?.clientWidth ?? 0) > 0, 3000, 'the snippet to be laid out');
      expect(code?.scrollWidth, 'the snippet scrolls: it is cut off').to.be.at.most(code?.clientWidth ?? 0);
    } finally {
      frame.remove();
    }
  });

  it('the API reference lists every attribute, property, method, event, part and custom property of the manifest', async () => {
    const manifest = (await (await fetch('/site/dist/custom-elements.json')).json()) as {
      modules: {
        declarations?: {
          tagName?: string;
          attributes?: { name: string }[];
          members?: { kind: string; name: string; privacy?: string; static?: boolean }[];
          events?: { name: string }[];
          cssParts?: { name: string }[];
          cssProperties?: { name: string }[];
        }[];
      }[];
    };
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'sahel-timeline');
    const page = new DOMParser().parseFromString(await (await fetch('/site/api.html')).text(), 'text/html');
    const listed = (id: string) => [...page.querySelectorAll(`#${id} tbody tr td:first-child code`)].map((c) => c.textContent.replace(/\(.*$/, ''));
    const publicMembers = (kind: string) => (element?.members ?? []).filter((m) => m.kind === kind && !m.privacy && !m.static).map((m) => m.name);
    expect((element?.attributes ?? []).length).to.be.greaterThan(10);
    expect(listed('attributes')).to.deep.equal((element?.attributes ?? []).map((a) => a.name));
    // Settable properties first, then the read-only ones (scripts/api-page.mjs): the same names.
    expect(listed('properties')).to.have.members(publicMembers('field'));
    expect(listed('methods')).to.deep.equal(publicMembers('method'));
    expect(listed('events')).to.deep.equal((element?.events ?? []).map((e) => e.name));
    expect(listed('css-parts')).to.deep.equal((element?.cssParts ?? []).map((p) => p.name));
    expect(listed('css-custom-properties')).to.deep.equal((element?.cssProperties ?? []).map((p) => p.name));
  });

  it("the guide's table and the API reference list every property TimelineProperties declares, with its attribute", async () => {
    // From the declaration as the element runs it, not the manifest: a property the manifest
    // (or the pages written from it) left out fails here.
    const declared = [...TimelineProperties.elementProperties]
      .filter(([, options]) => !options.state)
      .map(([name, options]) => [String(name), options.attribute === false ? '' : typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase()] as const);
    expect(declared.length).to.be.greaterThan(20);
    const open = async (path: string) => new DOMParser().parseFromString(await (await fetch(`/site/${path}`)).text(), 'text/html');
    /** Each row's property and attribute, from the columns at `property` and `attribute`. */
    const listed = (rows: Iterable<Element>, property: number, attribute: number) =>
      new Map([...rows].map((tr) => [tr.children[property]?.querySelector('code')?.textContent ?? '', tr.children[attribute]?.textContent ?? '']));
    const guideTable = (await open('guide.html')).querySelector('#attributes-and-properties ~ .table-wrap');
    const guide = listed(guideTable?.querySelectorAll('tbody tr') ?? [], 1, 0);
    const api = listed((await open('api.html')).querySelectorAll('#properties tbody tr'), 0, 1);
    for (const [name, attribute] of declared) {
      expect(guide.get(name), `the guide's row for ${name}`).to.equal(attribute);
      expect(api.get(name), `the API reference's row for ${name}`).to.equal(attribute);
    }
    // The element's own read-only properties follow the declared ones.
    expect([...guide.keys()]).to.include.members(['shownEvents', 'visibleRange']);
  });

  it('the gallery shows each example: the story, down the page, with a map, lanes, eras, deep time, and 100,000 events once scrolled to', async function () {
    this.timeout(60_000);
    const { frame, doc } = await openPage('gallery.html');
    try {
      type Seven = [SahelTimeline, SahelTimeline, SahelTimeline, SahelTimeline, SahelTimeline, SahelTimeline, SahelTimeline];
      const [story, down, mapped, lanes, rome, deep, large] = [...doc.querySelectorAll('sahel-timeline')] as Seven;
      const map = doc.querySelector('sahel-timeline-map');
      expect(map?.getAttribute('for')).to.equal(mapped.id);
      await until(() => (map?.shadowRoot?.querySelectorAll('[part~="mark"]').length ?? 0) > 5, 8000, 'the map beside the Sahel story, its places marked');
      await until(() => story.renderRoot.querySelector('[part~="story"] [part~="title-card"] h2')?.textContent.startsWith("Russia's growing military role") === true, 8000, 'the story on its title card');
      await until(() => down.renderRoot.querySelectorAll('.plot.vertical .event .label').length > 5, 8000, 'the Sahel story down the page, labelled');
      await until(() => lanes.shownEvents.length === 19 && rome.shownEvents.length === 12 && deep.shownEvents.length === 10, 8000, 'the three files');
      await until(() => new TimelineHarness(lanes).lanes().length === 2, 3000, 'two lanes');
      expect(large.shownEvents.length).to.equal(0);
      large.scrollIntoView();
      await until(() => large.shownEvents.length === 100_000, 45_000, '100,000 events');
      await until(() => (doc.getElementById('large-status') as HTMLElement).textContent.startsWith('100,000 events made and drawn'), 5000, 'the timing');
    } finally {
      frame.remove();
    }
  });
});

describe('docs site: the Sahel story on a phone', () => {
  it('the home page reads as a story in a window under 640 px wide, and as a timeline wider', async () => {
    const { frame, doc } = await openPage('index.html');
    try {
      const el = doc.querySelector('sahel-timeline') as SahelTimeline;
      frame.style.width = '600px';
      await until(() => el.mode === 'story' && el.renderRoot.querySelector('[part~="story"] [part~="title-card"]') !== null, 8000, 'the story view');
      frame.style.width = '900px';
      await until(() => el.mode === 'timeline' && el.renderRoot.querySelector('[part~="story"]') === null, 3000, 'the timeline view');
    } finally {
      frame.remove();
    }
  });
});

/** The pages written from Markdown (scripts/docs-pages.mjs's PAGES), by their first heading. */
const GUIDE_PAGES: [path: string, heading: string][] = [
  ['guide.html', 'Using the element'],
  ['data.html', 'Data formats'],
  ['styling.html', 'Styling'],
  ['languages.html', 'Languages'],
  ['performance.html', 'Performance'],
  ['dataset.html', 'The Sahel dataset'],
];

/** The site's navigation on a page, as addresses relative to the site's root, with the one marked as shown. */
function siteNav(doc: Document): { hrefs: string[]; current: string[] } {
  const links = [...doc.querySelectorAll('nav[aria-label="Site"] a')];
  return {
    hrefs: links.map((a) => a.getAttribute('href') ?? ''),
    current: links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('href') ?? ''),
  };
}

describe('docs site: the guide pages', () => {
  itExcept({ webkit: LACKS.console }, 'each guide page is in the site, styled, marked as shown in its navigation, and opens without a console error', async () => {
    for (const [path, heading] of GUIDE_PAGES) {
      await executeServerCommand('console-errors', { start: true });
      const { frame, doc } = await openPage(path);
      let errors: string[];
      try {
        expect(doc.querySelector('h1')?.textContent, path).to.equal(heading);
        expect(siteNav(doc).current, path).to.deep.equal([`./${path}`]);
        // docs.css applies (no margin on the body) and the page's sections are listed.
        expect(getComputedStyle(doc.body).marginTop, path).to.equal('0px');
        for (const link of doc.querySelectorAll('.toc a')) {
          const id = (link.getAttribute('href') ?? '').slice(1);
          expect(doc.getElementById(id), `${path}: #${id}`).to.not.equal(null);
        }
      } finally {
        // Every resource of the page loaded (or failed, and said so) before the frame goes.
        await until(() => doc.readyState === 'complete', 5000, `${path} to load`);
        await frames(2);
        frame.remove();
        errors = await executeServerCommand<string[], undefined>('console-errors');
      }
      expect(errors, `console errors on ${path}`).to.deep.equal([]);
    }
  });

  it('every page of the site links to each guide page from its navigation, and each link is served', async () => {
    const pages = ['', 'gallery.html', 'playground.html', 'api.html', ...GUIDE_PAGES.map(([path]) => path)];
    for (const path of pages) {
      const doc = new DOMParser().parseFromString(await (await fetch(`/site/${path}`)).text(), 'text/html');
      const { hrefs } = siteNav(doc);
      for (const [page] of GUIDE_PAGES) expect(hrefs, `/site/${path}'s navigation`).to.include(`./${page}`);
      for (const href of hrefs) expect((await fetch(new URL(href, new URL(`/site/${path}`, location.href)))).status, `${href} from /site/${path}`).to.equal(200);
    }
  });

  it('the Performance page shows the table bench/results.md holds', async () => {
    const results = await (await fetch('/bench/results.md')).text();
    const firstRow = /^\| ([\d,]+) \| (sahel-timeline) \| ([\d.,]+) \|/m.exec(results);
    expect(firstRow, 'a row of bench/results.md').to.not.equal(null);
    const doc = new DOMParser().parseFromString(await (await fetch('/site/performance.html')).text(), 'text/html');
    expect(doc.getElementById('latest-results')?.textContent).to.equal('Latest results');
    const cells = [...(doc.querySelector('#latest-results ~ .table-wrap tbody tr')?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    expect(cells.slice(0, 3)).to.deep.equal([firstRow?.[1], firstRow?.[2], firstRow?.[3]]);
  });

  it('markdownToHtml(markdown) writes no markup of the text: tags, attributes and links to other schemes stay text', async () => {
    const url = '/scripts/docs-markdown.mjs';
    const { markdownToHtml } = (await import(url)) as { markdownToHtml: (markdown: string) => { html: string } };
    const { html } = markdownToHtml(
      ['# A <b>title</b>', '', 'Text with <script>alert(1)</script>, <img src=x onerror=alert(1)> and `<code>`.', '', '| a | b |', '|---|---:|', '| <i>x</i> | `y \\| z` |', '', '[a link](javascript:void) [ok](https://example.org/?a=1&b="2")'].join('\n'),
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.body.querySelectorAll('*')].map((e) => e.localName).sort()).to.deep.equal(['a', 'code', 'code', 'div', 'h1', 'p', 'p', 'table', 'tbody', 'td', 'td', 'th', 'th', 'thead', 'tr', 'tr']);
    expect(doc.querySelector('h1')?.textContent).to.equal('A <b>title</b>');
    expect(doc.querySelector('p')?.textContent).to.equal('Text with <script>alert(1)</script>, <img src=x onerror=alert(1)> and <code>.');
    expect(doc.querySelector('td')?.textContent).to.equal('<i>x</i>');
    expect(doc.querySelectorAll('td')[1]?.textContent).to.equal('y | z');
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/?a=1&b="2"']);
    expect(doc.querySelectorAll('p')[1]?.textContent).to.equal('a link ok');
  });
});
