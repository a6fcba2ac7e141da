/**
 * `<sahel-timeline-map for="…">` (issue #33), driven as readers drive it: clicks on the map and
 * on the timeline, a ctrl+wheel zoom of the timeline, the search box and the legend, the
 * keyboard alone through the Sahel story's places, a pointer over a mark; and bad coordinates.
 */
import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimelineMap } from '../src/map/map-element.js';
import '../src/map.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { expectNoViolations } from './axe.js';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse } from './commands.js';
import { itExcept, LACKS } from './engines.js';
import { TimelineHarness } from './harness.js';
import { MapHarness } from './map-harness.js';
import { clickOn, errors, mount, openFramedTimeline, press, sendWheel, settle, until, windowMs } from './helpers.js';

const EVENTS: TimelineEvent[] = [
  { id: 'serval', title: 'France intervenes in Mali', start: '2013-01-11', category: 'military', place: { name: 'Mali', precision: 'country' }, countries: ['FR', 'ML'] },
  { id: 'kidal', title: 'Fighting at Kidal', start: '2014-05-17', category: 'violence', place: { name: 'Kidal', lat: 18.4411, lon: 1.4078, precision: 'town' }, countries: ['ML'] },
  { id: 'moura', title: 'Moura massacre', start: '2022-03-27', category: 'violence', place: { name: 'Moura', lat: 14.3278, lon: -4.6, precision: 'town' }, countries: ['ML'] },
  { id: 'gossi', title: 'Drone video near Gossi', start: '2022-04-21', category: 'media', place: { name: 'Gossi', lat: 15.8267, lon: -1.3114 }, countries: ['ML'] },
  { id: 'ouaga', title: 'Rally in Ouagadougou', start: '2022-03-04', category: 'protest', place: { name: 'Ouagadougou', lat: 12.3714, lon: -1.5197 }, countries: ['BF'] },
  { id: 'slide', title: 'A slide with no place', start: '2022-02-01', category: 'context' },
];

/** A timeline and a map that follows it, side by side as the Sahel story page puts them. */
async function linked(events?: readonly TimelineEvent[], attrs = ''): Promise<{ el: SahelTimeline; h: TimelineHarness; map: SahelTimelineMap; m: MapHarness }> {
  const el = await mount(events, `id="story" ${attrs}`, 'reduce', 'light', 700);
  const wrapper = el.parentElement as HTMLElement;
  wrapper.style.width = '1100px';
  wrapper.style.display = 'grid';
  wrapper.style.gridTemplateColumns = '700px 380px';
  wrapper.style.gap = '20px';
  wrapper.insertAdjacentHTML('beforeend', '<sahel-timeline-map for="story"></sahel-timeline-map>');
  const map = wrapper.querySelector('sahel-timeline-map') as SahelTimelineMap;
  map.style.setProperty('--sahel-timeline-map-height', '360px');
  const m = new MapHarness(map);
  await until(() => m.marks().length > 0, 8000, 'the map drawn');
  await settle(el);
  await map.updateComplete;
  return { el, h: new TimelineHarness(el), map, m };
}

describe('<sahel-timeline-map for>', () => {
  it('marks each place and names its event "place, country: title, date"; a country event names its country; an event with no place is counted off the map', async () => {
    const { m } = await linked(EVENTS, 'lang="en-GB"');
    expect(m.mark(/^Moura, Mali: Moura massacre, 27 March 2022$/).kind).to.equal('place');
    expect(m.mark(/^Gossi, Mali: Drone video near Gossi/).kind).to.equal('place');
    expect(m.mark(/^Ouagadougou, Burkina Faso: Rally in Ouagadougou, 4 March 2022$/).id).to.equal('ouaga');
    // "Mali" is the place: Mali is shaded and marked, France (also named in `countries`) is not.
    expect(m.mark(/^Mali: France intervenes in Mali, 11 January 2013$/).kind).to.equal('country');
    expect(m.marks().some((x) => x.name.startsWith("France"))).to.equal(false);
    expect(m.status()).to.equal('1 event has no place on the map');
    expect(m.frame().getAttribute('aria-label')).to.equal('Map of the events');
  });

  it('a click on the map selects on the timeline (details open, the event brought into view), and a click on the timeline selects on the map', async () => {
    const { el, h, m, map } = await linked(EVENTS);
    el.zoomTo('2012-06-01', '2013-12-31');
    await until(() => !h.mark('gossi'), 4000, 'Gossi out of the timeline view');
    await clickOn(m.mark(/^Gossi/).element);
    await until(() => el.selected === 'gossi', 3000, 'selected on the timeline');
    expect(map.selected).to.equal('gossi');
    await until(() => h.mark('gossi') !== undefined && h.part('details') !== null, 4000, 'the timeline glides to it, its details open');
    expect(m.mark(/^Gossi/).pressed).to.equal(true);

    const moura = h.mark('moura');
    expect(moura, 'Moura on the timeline').to.not.equal(undefined);
    await clickOn(moura?.element.querySelector('.glyph') ?? (moura as { element: Element }).element);
    await until(() => map.selected === 'moura', 3000, 'selected on the map');
    await until(() => m.mark(/^Moura/).pressed && !m.mark(/^Gossi/).pressed, 3000, 'the map marks it pressed');
  });

  it('zooming the timeline (ctrl+wheel) dims the places whose events leave its window, and brings them back', async () => {
    const { el, h, m } = await linked(EVENTS);
    expect(m.mark(/^Kidal/).out, 'Kidal in the opening window').to.equal(false);
    const r = h.plot().getBoundingClientRect();
    const x = Math.round(r.right - 30);
    const y = Math.round(r.top + Math.min(r.height, innerHeight - r.top) / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    for (let i = 0; i < 12 && windowMs(el).start < Date.UTC(2015, 0, 1); i++) {
      await sendWheel({ x, y, deltaY: -300, modifiers: ['Control'] });
      await settle(el);
    }
    expect(windowMs(el).start, 'the window no longer holds 2014').to.be.greaterThan(Date.UTC(2014, 6, 1));
    await until(() => m.mark(/^Kidal/).out, 3000, 'Kidal dimmed');
    expect(m.mark(/^Kidal/).name).to.match(/outside the timeline’s window\)$/);
    expect(m.mark(/^Moura/).out, 'Moura, in the window, is not').to.equal(false);
    el.fit();
    await until(() => !m.mark(/^Kidal/).out, 4000, 'Kidal back once the timeline shows all');
  });

  it('the timeline’s search and legend apply to the map', async () => {
    const { h, m } = await linked(EVENTS);
    h.searchBox().focus();
    await sendKeys({ type: 'Gossi' });
    await until(() => m.marks().length === 1, 4000, 'only the search’s match on the map');
    expect(m.marks()[0]?.name).to.match(/^Gossi/);
    h.searchBox().select();
    await press('Backspace');
    await until(() => m.marks().length > 1, 4000, 'every place back');
    await clickOn(h.legendToggle('Violence'));
    await until(() => !m.marks().some((x) => /Moura|Kidal/.test(x.name)), 4000, 'violence hidden on the map too');
    expect(m.marks().some((x) => x.name.includes('Gossi'))).to.equal(true);
  });

  it('the keyboard alone reaches every event of the Sahel story on the map: Tab to it, → between places, ↓ through each place’s events, Enter selects', async () => {
    const { el, m, map } = await linked();
    const before = document.createElement('button');
    before.textContent = 'before';
    map.before(before);
    before.focus();
    await press('Tab');
    await until(() => m.focused() !== undefined, 3000, 'Tab lands on the map');
    await press('Home');
    const reached = new Set<string>();
    let last = '';
    for (let guard = 0; guard < 400; guard++) {
      const here = m.focused();
      if (!here) throw new Error('the focus left the map');
      // Down through the mark's events until the name stops changing.
      let name = '';
      for (let step = 0; step < 60 && m.focused()?.name !== name; step++) {
        name = m.focused()?.name ?? '';
        const id = m.focused()?.id;
        if (id) reached.add(id);
        await press('ArrowDown');
        await map.updateComplete;
      }
      await press('ArrowRight');
      await map.updateComplete;
      const next = m.focused()?.name ?? '';
      if (next === last || next === name) break;
      last = name;
    }
    const all = el.shownEvents.map((e) => e.id);
    expect(all.length).to.be.greaterThan(30);
    expect([...reached].sort()).to.deep.equal([...all].sort());
    // Enter selects the event focused, on both.
    await press('Enter');
    const id = m.focused()?.id;
    await until(() => id !== undefined && el.selected === id, 3000, 'Enter selects on the timeline');
  });

  it('a pointer over a map mark lights its event on the timeline; over a timeline event, its place on the map', async () => {
    const { h, m } = await linked(EVENTS);
    const gossi = m.mark(/^Gossi/);
    gossi.element.scrollIntoView({ block: 'center' });
    const b = gossi.element.getBoundingClientRect();
    const glyph = h.mark('gossi')?.element.querySelector('.glyph') as Element;
    expect(getComputedStyle(glyph).outlineStyle).to.equal('none');
    await sendMouse({ type: 'move', position: [Math.round(b.left + b.width / 2), Math.round(b.top + b.height / 2)] });
    await until(() => getComputedStyle(glyph).outlineStyle === 'solid', 3000, 'lit on the timeline');
    await sendMouse({ type: 'move', position: [5, 5] });
    await until(() => getComputedStyle(glyph).outlineStyle === 'none', 3000, 'unlit');

    const moura = m.mark(/^Moura/).box;
    const before = m.pixels(moura.left + moura.width / 2, moura.top + moura.height / 2).join();
    const mark = h.mark('moura')?.element.querySelector('.glyph') as Element;
    mark.scrollIntoView({ block: 'nearest' });
    const g = mark.getBoundingClientRect();
    const at = m.mark(/^Moura/).box;
    await sendMouse({ type: 'move', position: [Math.round(g.left + g.width / 2), Math.round(g.top + g.height / 2)] });
    await until(() => m.pixels(at.left + at.width / 2, at.top + at.height / 2).join() !== before, 3000, 'a ring round Moura on the map');
  });

  it('Play walks both: the map selects each event the timeline plays', async () => {
    const { el, h, map } = await linked(EVENTS, 'play-interval="0.3"');
    await clickOn(h.button('Play through the events'));
    await until(() => el.selected !== null && map.selected === el.selected, 4000, 'the first played event on the map');
    const first = el.selected;
    await until(() => el.selected !== first && map.selected === el.selected, 4000, 'the next one too');
    el.pause();
  });

  it('bad coordinates are reported in a reader’s words, and the event stays on the timeline, off the map', async () => {
    const bad: TimelineEvent[] = [
      ...EVENTS.slice(0, 3),
      { id: 'words', title: 'Coordinates as words', start: '2016-01-01', place: { name: 'Timbuktu', lat: 'north' as unknown as number, lon: -3 } },
      { id: 'flipped', title: 'Latitude past the pole', start: '2017-01-01', place: { name: 'Nowhere', lat: 120, lon: 18 } },
    ];
    const el0 = await mount(undefined, 'id="story"');
    const seen = errors(el0);
    el0.events = bad;
    await until(() => seen.length > 0, 4000, 'sahel-error');
    const issues = seen.flatMap((d) => d.issues);
    const flipped = issues.find((i) => i.field === 'place.lat' && i.message.includes('120'));
    expect(flipped?.message).to.match(/120 is not a latitude between -90 and 90 \(latitude and longitude swapped\?\); kept on the timeline, off the map/);
    const words = issues.find((i) => i.field === 'place.lat' && !i.message.includes('120'));
    expect(words?.message).to.equal('a string is not a latitude between -90 and 90; kept on the timeline, off the map');
    const wrapper = el0.parentElement as HTMLElement;
    wrapper.insertAdjacentHTML('beforeend', '<sahel-timeline-map for="story"></sahel-timeline-map>');
    const m = new MapHarness(wrapper.querySelector('sahel-timeline-map') as SahelTimelineMap);
    await until(() => m.marks().length > 0, 8000, 'the map drawn');
    const h = new TimelineHarness(el0);
    await until(() => el0.shownEvents.length === bad.length, 4000, 'every event on the timeline');
    for (const id of ['words', 'flipped']) expect(el0.shownEvents.some((e) => e.id === id), `${id} on the timeline`).to.equal(true);
    expect(h.marks().length + h.clusters().length).to.be.greaterThan(0);
    expect(m.marks().some((x) => /Timbuktu|Nowhere/.test(x.name))).to.equal(false);
    expect(m.status()).to.equal('2 events have no place on the map');
  });

  it('speaks French with a French timeline, and axe finds nothing wrong in either theme', async () => {
    const { el, m, map } = await linked(EVENTS, 'lang="fr"');
    await until(() => m.frame().getAttribute('aria-label') === 'Carte des événements', 4000, 'French words');
    await until(() => /^Moura, Mali\u00a0: Moura massacre, 27 mars 2022$/.test(m.mark(/^Moura/).name), 4000, 'French dates');
    expect(m.status()).to.equal('1 événement n’a pas de lieu sur la carte');
    await expectNoViolations(map);
    el.setAttribute('theme', 'dark');
    map.theme = 'dark';
    await map.updateComplete;
    await expectNoViolations(map);
  });

  it('toSVG() writes the map as it shows now: the outlines, its places, the clusters’ counts, a heading and the boundaries’ source, as text never markup', async () => {
    const { map, m } = await linked(EVENTS);
    const svg = await map.toSVG();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('script, foreignObject, image')).to.equal(null);
    expect(doc.querySelectorAll('path').length, 'outlines and points').to.be.greaterThan(m.marks().length);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('Boundaries: Natural Earth');
    const root = doc.documentElement;
    expect(Number(root.getAttribute('width'))).to.be.closeTo(map.getBoundingClientRect().width - 2, 4);
    const png = await map.toPNG(2);
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(Math.round(Number(root.getAttribute('width')) * 2));
  });

  itExcept({ webkit: LACKS.media }, 'prints the map without its zoom buttons, its outlines and points kept', async () => {
    const { m, map } = await linked(EVENTS);
    await emulateMedia({ media: 'print' });
    try {
      await until(() => getComputedStyle(m.button('Zoom the map in')).display === 'none' || getComputedStyle(m.button('Zoom the map in').parentElement as Element).display === 'none', 3000, 'no buttons on paper');
      const svg = map.shadowRoot?.querySelector('svg.land');
      expect(svg?.getBoundingClientRect().height).to.be.greaterThan(200);
      expect(m.marks().length).to.be.greaterThan(0);
    } finally {
      await emulateMedia({ media: 'screen', colorScheme: 'light' });
    }
  });

  itExcept({ webkit: LACKS.print }, 'a printed PDF of the page holds the map under the timeline, its source line whole', async () => {
    const { map } = await linked(EVENTS);
    // On paper the map goes under the timeline, as a page's narrow layout puts it.
    const wrapper = map.parentElement as HTMLElement;
    wrapper.style.display = 'block';
    wrapper.style.width = 'auto';
    const pages = await executeServerCommand<{ texts: { text: string }[] }[], { format: string }>('print-pdf', { format: 'A4' });
    expect(pages.flatMap((p) => p.texts.map((t) => t.text)).join(' ')).to.contain('Boundaries: Natural Earth');
  });

  it('on a page with a strict CSP that enforces Trusted Types (one policy each for lit-html and us), the map’s bundle draws the Sahel places and selects on the timeline, with no violation', async () => {
    const { frame, el } = await openFramedTimeline('/test/fixtures/csp/map-trusted-types.html');
    try {
      const map = frame.contentDocument?.querySelector('sahel-timeline-map') as SahelTimelineMap;
      const m = new MapHarness(map);
      // Its script asks the timeline's bundle for the map's chunk: the element upgrades once that has come.
      await until(() => map.shadowRoot !== null && m.marks().length > 5, 8000, 'the map drawn');
      const place = m.marks().find((x) => x.id !== undefined);
      expect(place, 'a mark that names its event').to.not.equal(undefined);
      place?.element.click();
      await until(() => el.selected === place?.id, 3000, 'selected on the timeline');
      expect((frame.contentWindow as Window & { cspViolations: string[] }).cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
