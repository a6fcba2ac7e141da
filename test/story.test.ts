/**
 * The reader sees the story (issue #30): the Sahel timeline opens with its turns drawn and
 * labelled, at a desk and on a phone, alone and by country; no view of it or of the gallery's
 * data shows a cluster of one; the eras' names never lie over an event's label; and the plot
 * is as tall as its rows need, or as the page fixes it.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from './commands.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { TimelineHarness } from './harness.js';
import { frames, mount, overlaps, plot, until } from './helpers.js';

/** The story's four turns: the French deployment, the Mali coup, Wagner's arrival, the Ouagadougou rally. */
const TURNS = ['french-intervention-serval', 'mali-coup-august-2020', 'wagner-arrives-mali', 'faso-lagam-taaba-zaka-rally'];

/** The events drawn with a label a reader sees (in any lane, whole in the part of the stack scrolled into view). */
function labelled(el: SahelTimeline): Set<string> {
  const clip = (el.renderRoot.querySelector('.lanes') ?? plot(el)).getBoundingClientRect();
  const seen = (r: DOMRect) => r.top >= clip.top - 0.5 && r.bottom <= clip.bottom + 0.5;
  return new Set(new TimelineHarness(el).marks().filter((m) => m.labelled && seen(m.labelBox)).map((m) => m.id));
}

/** Zooms to the middle `share` of the window in view, through the public method, and waits for it. */
async function zoomIn(el: SahelTimeline, share: number): Promise<void> {
  // In instants, not Dates: deep time is older than a Date can be.
  const { startTime: start, endTime: end } = el.visibleRange;
  const span = end - start;
  const from = start + (span * (1 - share)) / 2;
  el.zoomTo(from, from + span * share);
  await until(() => Math.abs(el.visibleRange.startTime - from) < span / 1000, 3000, 'the zoom');
  await frames(2);
  await el.updateComplete;
}

/** What a reader would call wrong in this view: a cluster of one, an era's name over a label. */
function problems(el: SahelTimeline, where: string): string[] {
  const h = new TimelineHarness(el);
  const out = h.clusters().filter((c) => c.count === 1).map((c) => `${where}: a cluster of one (${c.name})`);
  // The labels a reader sees: in lanes, those inside the part of the stack scrolled into view.
  const clip = (el.renderRoot.querySelector('.lanes') ?? plot(el)).getBoundingClientRect();
  const seen = (r: DOMRect) => {
    const top = Math.max(r.top, clip.top);
    return new DOMRect(r.left, top, r.width, Math.max(0, Math.min(r.bottom, clip.bottom) - top));
  };
  const labels = h.marks().filter((m) => m.labelled).map((m) => ({ id: m.id, box: seen(m.labelBox) })).filter((l) => l.box.height > 0);
  for (const era of el.renderRoot.querySelectorAll('.era-label')) {
    const box = era.getBoundingClientRect();
    for (const l of labels) if (overlaps(box, l.box)) out.push(`${where}: the era name "${era.textContent}" lies over ${l.id}`);
  }
  return out;
}

/** Checks the opening view and six steps of zooming in on its middle. */
async function walk(el: SahelTimeline, name: string): Promise<string[]> {
  const found = problems(el, `${name}, opening`);
  for (let step = 1; step <= 6; step++) {
    await zoomIn(el, 0.6);
    found.push(...problems(el, `${name}, step ${String(step)}`));
  }
  return found;
}

describe('<sahel-timeline> shows the story', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    it(`opens the Sahel story at ${String(width)}×${String(height)} with its four turns drawn and labelled`, async () => {
      await setViewport({ width, height });
      const el = await mount(undefined, '', 'reduce', 'light', width - 40);
      const shown = labelled(el);
      for (const id of TURNS) expect(shown.has(id), `${id} labelled`).to.equal(true);
      // The plot grew to show them, within the most it may be (80% of the viewport).
      const h = plot(el).getBoundingClientRect().height;
      expect(h).to.be.greaterThan(340);
      expect(h).to.be.at.most(height * 0.8 + 0.5);
    });
  }

  it('opens the Sahel story by country at 1280×800 with its four turns labelled in their lanes', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount(undefined, 'group-by="country"', 'reduce', 'light', 1240);
    const h = new TimelineHarness(el);
    await until(() => h.lanes().length > 3, 3000, 'the lanes');
    const shown = labelled(el);
    for (const id of TURNS) expect(shown.has(id), `${id} labelled`).to.equal(true);
  });

  // The demo by country (demo/index.html): its lanes in its order, in a plot of fixed height
  // where its nine lanes scroll.
  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    it(`opens the demo by country at ${String(width)}×${String(height)} with its four turns labelled in the lanes in view`, async () => {
      await setViewport({ width, height });
      const el = await mount(undefined, 'group-by="country" style="--sahel-timeline-height: min(620px, 75vh)"', 'reduce', 'light', width - 40);
      el.lanes = [{ id: 'ML' }, { id: 'BF' }, { id: 'CF' }, { id: 'RU' }, { id: 'FR' }];
      const h = new TimelineHarness(el);
      await until(() => h.lanes()[0]?.name.startsWith('Mali') === true, 3000, 'the lanes in the demo\'s order');
      await frames(2);
      const shown = labelled(el);
      for (const id of TURNS) expect(shown.has(id), `${id} labelled`).to.equal(true);
    });
  }

  it('shows no cluster of one, and no era name over a label, from the opening of the Sahel story down six zoom steps', async () => {
    await setViewport({ width: 1280, height: 800 });
    for (const [attrs, name] of [['', 'the story'], ['group-by="country"', 'by country']] as const) {
      const el = await mount(undefined, attrs, 'reduce', 'light', 1240);
      expect(await walk(el, name)).to.deep.equal([]);
    }
  });

  for (const file of ['space-race.csv" group-by="actor', 'rome.json', 'deep-time.json', 'independence.csv']) {
    it(`shows no cluster of one in the gallery's ${file.split('"')[0] ?? file}, from its opening down six zoom steps`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await mount(undefined, `src="/docs/data/${file}"`, 'reduce', 'light', 1240);
      await until(() => el.shownEvents.length > 0 && new TimelineHarness(el).marks().length > 0, 5000, 'the data');
      expect(await walk(el, file)).to.deep.equal([]);
    });
  }

  it('brings a search\'s one match into view with room for its whole title', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount(undefined, 'group-by="country"', 'reduce', 'light', 1240);
    el.zoomTo('2013-01-01', '2013-06-01');
    await until(() => el.visibleRange.end.getUTCFullYear() === 2013, 3000, 'the zoom to 2013');
    el.query = 'Moura';
    const h = new TimelineHarness(el);
    await until(() => h.marks().some((m) => m.id === 'moura-massacre' && m.labelled), 3000, 'the match drawn');
    await frames(2);
    for (const m of h.copies('moura-massacre')) {
      expect(m.labelled, 'labelled').to.equal(true);
      expect(m.titleShown, `only "${m.title.slice(0, m.titleShown)}" shown`).to.equal(m.title.length);
    }
  });

  it('opens on the data, not on empty years past it, when its last event is selected', async () => {
    const el = await mount(undefined, '', 'reduce', 'light', 1000);
    const last = [...el.shownEvents].sort((a, b) => (a.end ?? a.start).localeCompare(b.end ?? b.start)).at(-1);
    if (!last) throw new Error('no events');
    el.zoomTo('2013-01-01', '2013-02-01');
    await until(() => el.visibleRange.end.getUTCFullYear() === 2013, 3000, 'the zoom to 2013');
    el.selected = last.id;
    await until(() => new TimelineHarness(el).mark(last.id)?.labelled === true, 3000, 'the last event drawn');
    const { startTime, endTime } = el.visibleRange;
    // Its window reaches no more than its margin (4% of its span) past the data's last date.
    const dataEnd = Math.max(...el.shownEvents.map((e) => Date.parse(e.end ?? e.start)));
    expect(endTime - dataEnd).to.be.at.most((endTime - startTime) * 0.04 + 86_400_000 * 31);
  });

  it('keeps a plot of the height the page sets, whatever its rows need', async () => {
    const el = await mount(undefined, 'style="--sahel-timeline-height: 260px"', 'reduce', 'light', 1000);
    expect(plot(el).getBoundingClientRect().height).to.equal(260);
    // Its rows stop above the axis: every label inside the plot.
    const bottom = plot(el).getBoundingClientRect().bottom;
    for (const m of new TimelineHarness(el).marks()) expect(m.box.bottom, m.id).to.be.at.most(bottom);
  });
});
