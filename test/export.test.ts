/**
 * Pictures of the view: `toSVG()`, `toPNG()` and the toolbar's export panel (render/export.ts,
 * a chunk loaded on demand), on the Sahel data, hostile data, while loading or empty, with real
 * keys and clicks, and on a page with a strict Content-Security-Policy.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from './commands.js';
import { title as sahelTitle } from '../src/dataset/index.js';
import { expectNoViolations } from './axe.js';
import { accessibleName, TimelineHarness } from './harness.js';
import { clickOn, frames, mount, mountBetweenButtons, openFramedTimeline, press, until } from './helpers.js';

const EXPORT = 'Download an image of the view';

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

function wellFormed(doc: Document): boolean {
  return doc.getElementsByTagName('parsererror').length === 0 && doc.documentElement.localName === 'svg' && doc.documentElement.namespaceURI === 'http://www.w3.org/2000/svg';
}

/** The `<text>` contents of one kind (`title`, `tick`, `era`, `legend`, `source`, `message`…). */
function texts(doc: Document, role: string): string[] {
  return [...doc.querySelectorAll(`text.${role}`)].map((t) => t.textContent);
}

/** Whether `drawn` is `whole`, or its beginning cut with an ellipsis. */
function shows(drawn: string, whole: string): boolean {
  return drawn === whole || (drawn.endsWith('…') && drawn.length > 1 && whole.startsWith(drawn.slice(0, -1).trimEnd()));
}

/** PNG's signature, and the width and height its IHDR chunk gives. */
async function pngInfo(blob: Blob): Promise<{ magic: boolean; width: number; height: number }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const view = new DataView(bytes.buffer);
  const magic = [137, 80, 78, 71, 13, 10, 26, 10].every((b, i) => bytes[i] === b) && String.fromCharCode(...bytes.slice(12, 16)) === 'IHDR';
  return { magic, width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Catches the downloads a document's links start: the click on an `<a download>` (in the
 * timeline's shadow root too: the click is composed) is recorded and kept from the browser.
 */
function catchDownloads(doc: Document = document): { files: { name: string; href: string }[]; stop: () => void } {
  const files: { name: string; href: string }[] = [];
  const onClick = (e: Event) => {
    const a = e.composedPath()[0];
    if (!(a instanceof (doc.defaultView as typeof window).HTMLAnchorElement) || !a.hasAttribute('download')) return;
    e.preventDefault();
    files.push({ name: a.download, href: a.href });
  };
  doc.addEventListener('click', onClick, true);
  return { files, stop: () => { doc.removeEventListener('click', onClick, true); } };
}

describe('<sahel-timeline> toSVG()', () => {
  it('on the Sahel data: a well-formed standalone SVG with every labelled title, the axis, eras, legend and sources as text', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    const doc = parse(await el.toSVG());
    expect(wellFormed(doc)).to.equal(true);
    expect(doc.querySelectorAll('script, style, image, foreignObject, use').length).to.equal(0);
    expect(texts(doc, 'heading')).to.deep.equal([sahelTitle]);
    // Every event labelled on the plot, and nothing else, with its title.
    const marks = h.marks();
    const titles = texts(doc, 'title');
    expect(marks.length).to.be.greaterThan(3);
    expect(titles.length).to.equal(marks.length);
    const byId = new Map(el.shownEvents.map((e) => [e.id, e.title]));
    for (const m of marks) expect(titles.some((t) => shows(t, byId.get(m.id) ?? '?')), m.id).to.equal(true);
    // A title the plot shows whole, the picture shows whole too (how many fit depends on the data).
    const whole = marks.filter((m) => m.title === byId.get(m.id) && m.titleShown === m.title.length);
    expect(whole.length).to.be.greaterThan(0);
    for (const m of whole) expect(titles, m.id).to.include(m.title);
    // The axis's labels, as the plot shows them.
    expect(texts(doc, 'tick')).to.deep.equal(h.axisLabels().map((l) => l.text));
    // The eras' titles (upper case, as the bands show them), the legend's categories, the sources.
    const eras = [...el.renderRoot.querySelectorAll('.era-label')].map((e) => e.textContent.toUpperCase());
    expect(eras.length).to.be.greaterThan(0);
    const drawnEras = texts(doc, 'era');
    expect(drawnEras.length).to.be.greaterThan(0);
    for (const e of drawnEras) expect(eras.some((t) => shows(e, t)), e).to.equal(true);
    const legend = [...el.renderRoot.querySelectorAll('.legend-item span:not(.count)')].map((s) => s.textContent);
    expect(texts(doc, 'legend')).to.deep.equal(legend);
    const source = texts(doc, 'source').join(' ');
    expect(source).to.contain('Source: ');
    expect(source).to.contain('After Mali, Will Russia Court Burkina Faso Next?');
    expect(source).to.contain('French failure in Mali is a Russian triumph');
    // As wide as the plot.
    expect(doc.documentElement.getAttribute('width')).to.equal('1000');
  });

  it('draws a vertical timeline as it reads: down the page, every labelled title, its dates and ticks', async () => {
    const el = await mount(undefined, 'orientation="vertical"');
    const h = new TimelineHarness(el);
    await until(() => el.renderRoot.querySelector('.plot.vertical .event') !== null, 3000, 'the marks down the plot');
    const doc = parse(await el.toSVG());
    expect(wellFormed(doc)).to.equal(true);
    const labelled = [...el.renderRoot.querySelectorAll<HTMLElement>('.plot.vertical .event')].filter((b) => b.querySelector('.label') !== null);
    const titles = texts(doc, 'title');
    expect(labelled.length).to.be.greaterThan(3);
    expect(titles.length).to.equal(labelled.length);
    const byId = new Map(el.shownEvents.map((e) => [e.id, e.title]));
    for (const b of labelled) expect(titles.some((t) => shows(t, byId.get(b.dataset.id ?? '') ?? '?')), b.dataset.id).to.equal(true);
    expect(texts(doc, 'date')).to.have.length(labelled.length);
    expect(texts(doc, 'tick')).to.deep.equal([...el.renderRoot.querySelectorAll('.v-tick span')].map((t) => t.textContent));
    // As wide as the plot, and taller than wide here: the plot's length is in it.
    const width = Number(doc.documentElement.getAttribute('width'));
    expect(width).to.equal(Math.round(h.plot().getBoundingClientRect().width));
    expect(Number(doc.documentElement.getAttribute('height'))).to.be.greaterThan(h.plot().getBoundingClientRect().height);
  });

  it('names the page\'s font, then a generic family', async () => {
    const el = await mount([{ id: 'a', title: 'A', start: '2020-01-01' }]);
    el.style.setProperty('--sahel-timeline-font', 'Georgia');
    expect(parse(await el.toSVG()).documentElement.getAttribute('font-family')).to.equal('Georgia, sans-serif');
    el.style.setProperty('--sahel-timeline-font', '"Noto Serif", serif');
    expect(parse(await el.toSVG()).documentElement.getAttribute('font-family')).to.equal('"Noto Serif", serif');
  });

  it('is drawn in the theme the reader sees', async () => {
    const light = parse(await (await mount([{ id: 'a', title: 'A', start: '2020-01-01' }])).toSVG());
    const dark = parse(await (await mount([{ id: 'a', title: 'A', start: '2020-01-01' }], '', 'reduce', 'dark')).toSVG());
    const background = (d: Document) => d.querySelector('svg > rect')?.getAttribute('fill');
    const heading = (d: Document) => d.querySelector('text.heading')?.getAttribute('fill');
    expect(background(light)).to.equal('#ffffff');
    expect(background(dark)).to.equal('#0d1117');
    expect(heading(light)).to.not.equal(heading(dark));
  });

  it('writes markup in the data as text: no element comes from a title, category, era or source', async () => {
    const hostile = '<script>alert(1)</script><svg onload=x>';
    const el = await mount([
      { id: 'x', title: hostile, start: '2020-01-01', category: '<img src=x onerror=y>' },
      { id: 'y', title: 'Tom & "Jerry" \'s', start: '2021-06-01' },
    ]);
    el.eras = [{ title: '<b onmouseover=z>era</b>', start: '2020-01', end: '2021-12' }];
    el.sources = [{ id: 's', title: '</text><script>alert(2)</script>', publisher: 'A & B' }];
    await until(() => el.renderRoot.querySelector('.era-label') !== null, 3000, 'the era');
    const doc = parse(await el.toSVG());
    expect(wellFormed(doc)).to.equal(true);
    expect(doc.querySelectorAll('script, img, b').length).to.equal(0);
    expect(doc.querySelectorAll('svg').length).to.equal(1);
    expect([...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))).to.deep.equal([]);
    expect(texts(doc, 'title')).to.have.members([hostile, 'Tom & "Jerry" \'s']);
    expect(texts(doc, 'legend')).to.include('<img src=x onerror=y>');
    expect(texts(doc, 'era')).to.deep.equal(['<B ONMOUSEOVER=Z>ERA</B>']);
    // An era's "colour" that would make the picture fetch a paint server is not used.
    el.eras = [{ title: 'Painted', start: '2020-01', end: '2021-12', color: 'url(https://example.org/p.svg#x)' }];
    await until(() => el.renderRoot.querySelector('.era-label')?.textContent === 'Painted', 3000, 'the new era');
    expect(await el.toSVG()).to.not.contain('example.org');
    expect(texts(doc, 'source').join(' ')).to.equal('Source: </text><script>alert(2)</script>, A & B');
  });

  it('says "Loading events…" while the page fetches its events, and never rejects', async () => {
    const el = await mount(undefined, 'pending');
    const doc = parse(await el.toSVG());
    expect(wellFormed(doc)).to.equal(true);
    expect(texts(doc, 'message')).to.deep.equal(['Loading events…']);
    expect(texts(doc, 'tick')).to.deep.equal([]);
    expect(texts(doc, 'title')).to.deep.equal([]);
    const png = await pngInfo(await el.toPNG(1));
    expect(png.magic).to.equal(true);
  });

  it('says there are no events to show, or that none match the search', async () => {
    const empty = await mount([]);
    expect(texts(parse(await empty.toSVG()), 'message')).to.deep.equal(['No events to show.']);
    const el = await mount([{ id: 'a', title: 'Alpha', start: '2020-01-01' }]);
    el.query = 'zzzz';
    await until(() => el.shownEvents.length === 0, 3000, 'the search to hide every event');
    await el.updateComplete;
    const doc = parse(await el.toSVG());
    expect(wellFormed(doc)).to.equal(true);
    expect(texts(doc, 'message')).to.deep.equal(['No events match.']);
  });

  it('draws a timeline not yet in the page too', async () => {
    const el = document.createElement('sahel-timeline');
    el.events = [];
    const doc = parse(await el.toSVG());
    expect(wellFormed(doc)).to.equal(true);
    expect(texts(doc, 'message').length).to.equal(1);
    expect((await pngInfo(await el.toPNG(1))).magic).to.equal(true);
  });

  it('names the host of the page when the data cites no source', async () => {
    const el = await mount([{ id: 'a', title: 'Alpha', start: '2020-01-01' }]);
    expect(texts(parse(await el.toSVG()), 'source')).to.deep.equal([`Source: ${location.host}`]);
  });
});

describe('<sahel-timeline> toPNG(scale)', () => {
  it('gives an image/png Blob of the same picture, scale times its size', async () => {
    const el = await mount();
    const svg = parse(await el.toSVG()).documentElement;
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    const two = await el.toPNG();
    expect(two.type).to.equal('image/png');
    expect(await pngInfo(two)).to.deep.equal({ magic: true, width: width * 2, height: height * 2 });
    const one = await el.toPNG(1);
    expect(await pngInfo(one)).to.deep.equal({ magic: true, width, height });
    // Drawn, not blank: a PNG of a blank canvas this size compresses to far less.
    expect(one.size).to.be.greaterThan(10_000);
  });
});

describe('<sahel-timeline> export panel', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('opens from the toolbar with the keyboard, downloads SVG and PNG, and Esc closes it back onto its button', async () => {
    const { el } = await mountBetweenButtons();
    const h = new TimelineHarness(el);
    const downloads = catchDownloads();
    try {
      await press('Tab');
      await press('End');
      await press('ArrowLeft');
      const toggle = h.focused();
      expect(toggle && accessibleName(toggle)).to.equal(EXPORT);
      expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
      await press('Enter');
      await until(() => h.focused()?.textContent === 'Download SVG', 5000, 'the panel, its first button focused');
      expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
      expect(h.part('export-panel')?.hidden).to.equal(false);
      await expectNoViolations(el);
      await press('Enter');
      await until(() => downloads.files.length === 1, 5000, 'the SVG download');
      const svg = downloads.files[0];
      expect(svg?.name).to.match(/^[a-z0-9-]+\.svg$/);
      const file = await fetch(svg?.href ?? '');
      expect(file.headers.get('content-type')).to.equal('image/svg+xml');
      const doc = parse(await file.text());
      expect(wellFormed(doc)).to.equal(true);
      expect(texts(doc, 'title').length).to.equal(h.marks().length);
      await press('Tab');
      expect(h.focused()?.textContent).to.equal('Download PNG');
      await press(' ');
      await until(() => downloads.files.length === 2, 15_000, 'the PNG download');
      expect(downloads.files[1]?.name).to.match(/^[a-z0-9-]+\.png$/);
      const png = await (await fetch(downloads.files[1]?.href ?? '')).blob();
      expect(png.type).to.equal('image/png');
      expect((await pngInfo(png)).magic).to.equal(true);
      await press('Escape');
      expect(h.part('export-panel')?.hidden).to.equal(true);
      expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
      expect(h.focused()).to.equal(toggle);
    } finally {
      downloads.stop();
    }
  });

  it('opens and downloads with the mouse, and its button closes it again', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    const downloads = catchDownloads();
    try {
      await clickOn(h.button(EXPORT));
      await until(() => h.part('export-panel')?.hidden === false, 5000, 'the panel');
      const png = [...(h.part('export-panel')?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Download PNG');
      if (!png) throw new Error('no Download PNG button');
      await clickOn(png);
      await until(() => downloads.files.length === 1, 15_000, 'the PNG download');
      // Named after the timeline's title.
      expect(downloads.files[0]?.name).to.match(/^[a-z0-9-]+\.png$/);
      expect(downloads.files[0]?.name.startsWith(sahelTitle.toLowerCase().split(/[^a-z0-9]+/)[0] ?? '?')).to.equal(true);
      await clickOn(h.button(EXPORT));
      await until(() => h.part('export-panel')?.hidden === true, 3000, 'the panel closed');
    } finally {
      downloads.stop();
    }
  });
});

describe('<sahel-timeline> pictures under a strict Content-Security-Policy', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('toSVG(), toPNG() and the panel work on a page served with default-src \'self\', with no violation', async () => {
    const { frame, el } = await openFramedTimeline('/test/fixtures/csp/index.html');
    const win = () => frame.contentWindow as Window & { cspViolations?: string[] };
    const downloads = catchDownloads(frame.contentDocument as Document);
    try {
      // The page opens on a selected event: its details (a chunk) settle the layout.
      await until(() => el.shadowRoot?.querySelector('.details') != null, 5000, 'the details panel');
      await frames(3);
      const doc = parse(await el.toSVG());
      expect(wellFormed(doc)).to.equal(true);
      const marks = new TimelineHarness(el).marks();
      expect(texts(doc, 'title').length).to.equal(marks.length);
      const png = await el.toPNG();
      expect(png.type).to.equal('image/png');
      expect((await pngInfo(png)).magic).to.equal(true);
      // The panel, with a real mouse: the frame's offset and border added to its points.
      const at = async (target: Element) => {
        const f = frame.getBoundingClientRect();
        const r = target.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(f.left + frame.clientLeft + r.left + r.width / 2), Math.round(f.top + frame.clientTop + r.top + r.height / 2)] });
      };
      const h = new TimelineHarness(el);
      await at(h.button(EXPORT));
      await until(() => h.part('export-panel')?.hidden === false, 5000, 'the panel');
      const svgButton = [...(h.part('export-panel')?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Download SVG');
      if (!svgButton) throw new Error('no Download SVG button');
      expect(getComputedStyle(svgButton).borderTopWidth).to.equal('1px');
      await at(svgButton);
      await until(() => downloads.files.length === 1, 5000, 'the SVG download');
      const file = parse(await (await fetch(downloads.files[0]?.href ?? '')).text());
      expect(wellFormed(file)).to.equal(true);
      expect(texts(file, 'title').length).to.equal(new TimelineHarness(el).marks().length);
      // Violations are reported asynchronously, in order: one made on purpose now arrives
      // after any the export caused.
      frame.contentDocument?.body.setAttribute('style', 'outline: 0');
      await until(() => (win().cspViolations?.length ?? 0) > 0, 3000, 'the violation made on purpose');
      expect(win().cspViolations).to.deep.equal(['style-src-attr: inline']);
    } finally {
      downloads.stop();
      frame.remove();
    }
  });
});
