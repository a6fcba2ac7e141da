import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { SahelTimeline } from '../src/timeline-element.js';
import { TimelineHarness } from './harness.js';
import { openFramedTimeline, until } from './helpers.js';

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
      expect(timeline.title).to.equal('Harvest notes');
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
    const { frame, theme, locale, hash, snippet, timeline } = await openPlayground();
    try {
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
      expect(snippet.value.endsWith('<sahel-timeline src="timeline.json" theme="dark" locale="fr" hash></sahel-timeline>'), snippet.value).to.equal(true);
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
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[]; members?: { kind: string; name: string; privacy?: string; static?: boolean }[]; events?: { name: string }[]; cssParts?: { name: string }[]; cssProperties?: { name: string }[] }[] }[];
    };
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'sahel-timeline');
    const page = new DOMParser().parseFromString(await (await fetch('/site/api.html')).text(), 'text/html');
    const listed = (id: string) => [...page.querySelectorAll(`#${id} tbody tr td:first-child code`)].map((c) => c.textContent.replace(/\(.*$/, ''));
    const publicMembers = (kind: string) => (element?.members ?? []).filter((m) => m.kind === kind && !m.privacy && !m.static).map((m) => m.name);
    expect((element?.attributes ?? []).length).to.be.greaterThan(10);
    expect(listed('attributes')).to.deep.equal((element?.attributes ?? []).map((a) => a.name));
    expect(listed('properties')).to.deep.equal(publicMembers('field'));
    expect(listed('methods')).to.deep.equal(publicMembers('method'));
    expect(listed('events')).to.deep.equal((element?.events ?? []).map((e) => e.name));
    expect(listed('css-parts')).to.deep.equal((element?.cssParts ?? []).map((p) => p.name));
    expect(listed('css-custom-properties')).to.deep.equal((element?.cssProperties ?? []).map((p) => p.name));
  });

  it('the gallery shows each example: lanes, eras, deep time, and 100,000 events once scrolled to', async function () {
    this.timeout(60_000);
    const { frame, doc } = await openPage('gallery.html');
    try {
      const timelines = [...doc.querySelectorAll('sahel-timeline')] as SahelTimeline[];
      const [lanes, rome, deep, large] = timelines as [SahelTimeline, SahelTimeline, SahelTimeline, SahelTimeline];
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
