/**
 * Eras: bands behind the events with their titles, listed with their dates under the plot;
 * checked like events (`sahel-error`, `origin: 'eras'`, index and field); the Sahel dataset's
 * own; axe with eras drawn.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateEras } from '../src/dataset/eras.js';
import { eras as sahelEras } from '../src/dataset/sahel-eras.js';
import type { Era, IsoDay, TimelineEvent } from '../src/dataset/types.js';
import { eraBands, prepareEras } from '../src/layout/eras.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { expectNoViolations } from './axe.js';
import { TimelineHarness } from './harness.js';
import { errors, mount, overlaps, settle } from './helpers.js';

const ours: TimelineEvent[] = [
  { id: 'a', title: 'Before', start: '2010-03-01' },
  { id: 'b', title: 'During', start: '2012-06-01' },
  { id: 'c', title: 'After', start: '2016-01-01' },
];

/** The eras' bands on the plot: the title they are named by (on hover) and box, left to right. */
function bands(el: HTMLElement): { title: string; box: DOMRect }[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="era"]') ?? [])]
    .map((b) => ({ title: b.title, box: b.getBoundingClientRect() }))
    .sort((p, q) => p.box.left - q.box.left);
}

/**
 * The eras' titles as a reader sees them on the plot: the text, whether CSS cut it (an
 * ellipsis the text does not have, or a box that clips it), and its box.
 */
function titlesShown(el: HTMLElement): { text: string; clipped: boolean; box: DOMRect }[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>('.era-label') ?? [])].map((label) => {
    const box = label.getBoundingClientRect();
    let clipped = label.scrollWidth > label.clientWidth + 1;
    // Any box around it that hides what overflows it (the plot, a band) and does not hold it whole.
    for (let up = label.parentElement; up; up = up.parentElement) {
      if (getComputedStyle(up).overflowX === 'visible') continue;
      const b = up.getBoundingClientRect();
      if (box.left < b.left - 0.5 || box.right > b.right + 0.5) clipped = true;
    }
    return { text: label.textContent.trim(), clipped, box };
  });
}

/** A title shown cut to a few letters and an ellipsis ("OPE…", "MI…"): it names nothing. */
const stub = (text: string) => /^\s*\S{0,3}\s*…$/u.test(text);

/** Eras of the twentieth century, as a TimelineJS3 (Knight Lab) page might give them: long, short, overlapping. */
const century: Era[] = [
  { title: 'The Progressive Era', start: '1897', end: '1920' },
  { title: 'World War I', start: '1914-07-28', end: '1918-11-11' },
  { title: 'The Roaring Twenties', start: '1920', end: '1929-10' },
  { title: 'The Great Depression', start: '1929-10-24', end: '1939' },
  { title: 'World War II', start: '1939-09-01', end: '1945-09-02' },
  { title: 'The Cold War', start: '1947-03-12', end: '1991-12-26' },
  { title: 'The Space Race', start: '1957-10-04', end: '1975-07-17' },
  { title: 'The Information Age', start: '1991' },
];
const centuryEvents: TimelineEvent[] = [
  { id: 'wright', title: 'First powered flight', start: '1903-12-17' },
  { id: 'moon', title: 'Apollo 11 lands on the Moon', start: '1969-07-20' },
  { id: 'web', title: 'The World Wide Web opens to the public', start: '1991-08-06' },
  { id: 'y2k', title: 'The year 2000', start: '2000-01-01' },
];

/** The list of eras under the plot, as read. */
function listed(el: HTMLElement): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part~="era-list"] li') ?? [])].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
}

/**
 * Every era in view can be named by a reader: its title on the plot whole or cut to a readable
 * part, never to a few letters, never clipped or run into another title; its band named on
 * hover; every era in the list under the plot, in full.
 */
async function expectErasNamed(el: SahelTimeline): Promise<void> {
  const plotBox = el.renderRoot.querySelector('[part~="plot"]')?.getBoundingClientRect();
  if (!plotBox) throw new Error('no plot');
  const shown = titlesShown(el);
  for (const t of shown) {
    expect(t.clipped, `"${t.text}" clipped`).to.equal(false);
    expect(stub(t.text), `"${t.text}" cut to a few letters`).to.equal(false);
    expect(t.box.left >= plotBox.left - 0.5 && t.box.right <= plotBox.right + 0.5, `"${t.text}" inside the plot`).to.equal(true);
  }
  for (const [i, a] of shown.entries()) for (const b of shown.slice(i + 1)) expect(overlaps(a.box, b.box), `"${a.text}" and "${b.text}"`).to.equal(false);
  const titles = el.eras?.map((e) => e.title) ?? sahelEras.map((e) => e.title);
  const drawn = [...el.renderRoot.querySelectorAll<HTMLElement>('[part~="era"]')];
  expect(drawn.length).to.be.greaterThan(0);
  for (const band of drawn) expect(titles, 'named on hover').to.include(band.title);
  const list = listed(el).join('\n');
  for (const title of titles) expect(list).to.contain(title);
  await expectNoViolations(el);
}

describe('eras', () => {
  it('validateEras(list) keeps what can be drawn and reports the rest by index and field', () => {
    const { eras, issues } = validateEras([
      { title: 'Good', start: '2012', end: '2014-06' },
      { title: 'Backwards', start: '2015', end: '2013' },
      { title: 'Bad date', start: '2015-13' },
      { start: '2015' },
      { title: 'Odd colour', start: '2016', color: 12 },
      'not an era',
    ]);
    expect(eras.map((e) => e.title)).to.deep.equal(['Good', 'Odd colour']);
    expect(eras[1]?.color).to.equal(undefined);
    expect(issues.map((i) => [i.index, i.field, i.effect])).to.deep.equal([
      [1, 'end', 'item'],
      [2, 'start', 'item'],
      [3, 'title', 'item'],
      [4, 'color', 'field'],
      [5, null, 'item'],
    ]);
    expect(issues[0]?.message).to.contain('before the start');
  });

  it('prepareEras stacks the titles of overlapping eras on lines of their own', () => {
    const prepared = prepareEras(sahelEras, Date.UTC(2022, 5, 1));
    expect(prepared.map((e) => [e.era.id, e.level])).to.deep.equal([
      ['operation-serval', 0],
      ['operation-barkhane', 0],
      ['military-rule-mali', 1],
      ['military-rule-burkina-faso', 2],
    ]);
  });

  it('eraBands(eras, x, width, measure) shows each title whole where it fits, cut only to a readable part, and no two titles meet', () => {
    const day = 86_400_000;
    const from = Date.UTC(1990, 0, 1);
    const era = fc.record({
      title: fc.stringMatching(/^[A-Za-z]{1,12}( [A-Za-z]{1,12}){0,3}$/),
      start: fc.integer({ min: 0, max: 40 * 365 }),
      days: fc.option(fc.integer({ min: 1, max: 20 * 365 }), { nil: undefined }),
    });
    const iso = (d: number) => new Date(from + d * day).toISOString().slice(0, 10) as IsoDay;
    fc.assert(
      fc.property(fc.array(era, { minLength: 1, maxLength: 8 }), fc.integer({ min: 120, max: 1400 }), (list, width) => {
        const eras = list.map((e) => ({ title: e.title, start: iso(e.start), ...(e.days !== undefined && { end: iso(e.start + e.days) }) }));
        const prepared = prepareEras(eras, from + 45 * 365 * day);
        const lines = Math.max(...prepared.map((e) => e.level)) + 1;
        const x = Object.assign((t: number) => ((t - from) / (45 * 365 * day)) * width, { invert: (px: number) => from + (px / width) * 45 * 365 * day });
        const measure = (text: string) => text.length * 7;
        const bands = eraBands(prepared, x, width, measure);
        const titled = bands.flatMap((b) => (b.title ? [{ b, t: b.title }] : []));
        for (const { b, t } of titled) {
          const whole = b.era.era.title;
          expect(t.line).to.be.within(0, lines - 1);
          expect(t.x).to.be.at.least(0);
          expect(t.x + t.width).to.be.at.most(width);
          // Inside its own band, on its own line: a title names the band it lies on.
          expect(t.x).to.be.at.least(b.x0);
          expect(t.x + t.width).to.be.at.most(b.x1);
          expect(t.line).to.equal(b.era.level);
          if (t.whole) {
            expect(t.text).to.equal(whole);
          } else {
            // Cut inside its band, keeping a word's worth (or half a short title).
            expect(t.text.endsWith('…') && whole.startsWith(t.text.slice(0, -1)), t.text).to.equal(true);
            const kept = t.text.slice(0, -1);
            const least = Math.min(6, Math.ceil(whole.length / 2));
            expect(kept.length, t.text).to.be.at.least(least);
            // Its last word whole, or four letters of it at least: never "THE GRE…".
            const lastWord = kept.split(' ').pop() ?? '';
            if (whole.charAt(kept.length) !== ' ') expect(lastWord.length, t.text).to.be.at.least(Math.min(4, least));
            expect(t.x).to.be.at.least(b.x0);
            expect(t.x + t.width).to.be.at.most(b.x1);
          }
        }
        // A title that fits its band is there, whole, on its era's line.
        for (const b of bands) {
          if (measure(b.era.era.title) <= b.x1 - b.x0 - 12) expect(b.title).to.deep.include({ whole: true, x: b.x0 + 6, line: b.era.level });
        }
        for (const [i, p] of titled.entries()) {
          for (const q of titled.slice(i + 1)) {
            if (p.t.line === q.t.line) expect(p.t.x + p.t.width <= q.t.x || q.t.x + q.t.width <= p.t.x, `${p.t.text} / ${q.t.text}`).to.equal(true);
          }
        }
      }),
    );
  });

  for (const width of [320, 390]) {
    it(`<sahel-timeline> ${String(width)}px wide names each Sahel era inside its own band, whole where it fits, and in full on hover and in the list`, async () => {
      const el = await mount(undefined, 'locale="en-GB"', 'reduce', 'light', width);
      await expectErasNamed(el);
      // Each title lies on its own era's band (a whole title beside a narrow band read as its neighbour's).
      const bandsDrawn = [...el.renderRoot.querySelectorAll<HTMLElement>('[part~="era"]')];
      for (const t of titlesShown(el)) {
        const own = bandsDrawn.find((b) => b.title.toUpperCase().startsWith(t.text.replace('…', '').toUpperCase()))?.getBoundingClientRect();
        expect(own, `"${t.text}"'s band`).to.not.equal(undefined);
        if (own) expect(t.box.left >= own.left - 0.5 && t.box.right <= own.right + 0.5, `"${t.text}" on its band`).to.equal(true);
      }
      // Barkhane's band, eight years wide, holds its title whole.
      expect(titlesShown(el).map((t) => t.text)).to.include('Operation Barkhane');
    });

    it(`<sahel-timeline> ${String(width)}px wide names eras of a century (Knight Lab-like) without cutting a title to a few letters`, async () => {
      const el = await mount(centuryEvents, 'locale="en-GB"', 'reduce', 'light', width);
      el.eras = century;
      await settle(el);
      await expectErasNamed(el);
      // The Cold War's 44 years hold its title; the eras whose titles fit nowhere on their own
      // bands are named on hover and in the list (expectErasNamed), not over their neighbours.
      expect(titlesShown(el).map((t) => t.text)).to.include('The Cold War');
    });
  }

  it('<sahel-timeline> draws eras as bands over their time, titled, and lists them with their dates', async () => {
    const el = await mount(ours, 'locale="en-GB"');
    el.eras = [
      { title: 'A long war', start: '2011', end: '2013-06' },
      { title: 'A peace', start: '2014-01-01' },
    ];
    await settle(el);
    const h = new TimelineHarness(el);
    const drawn = bands(el);
    expect(drawn.map((b) => b.title)).to.deep.equal(['A long war', 'A peace']);
    // The war's band starts where 2011 starts on the axis, and ends before "After" (2016).
    const b = h.mark('b');
    const c = h.mark('c');
    if (!b || !c || !drawn[0] || !drawn[1]) throw new Error('not drawn');
    expect(drawn[0].box.left).to.be.lessThan(b.markBox.left);
    expect(drawn[0].box.right).to.be.greaterThan(b.markBox.right);
    expect(drawn[0].box.right).to.be.lessThan(c.markBox.left);
    // Still going on: drawn to the end of the data.
    expect(drawn[1].box.right).to.be.greaterThan(c.markBox.left);
    expect(listed(el)).to.deep.equal(['A long war 2011 – Jun 2013', 'A peace since 1 Jan 2014']);
    // Titles sit above the axis, clear of the rows: no mark overlaps a title.
    const titles = [...(el.shadowRoot?.querySelectorAll('.era-label') ?? [])].map((t) => t.getBoundingClientRect());
    for (const m of h.marks()) {
      for (const t of titles) expect(m.box.bottom <= t.top || m.box.top >= t.bottom || m.box.right <= t.left || m.box.left >= t.right, m.id).to.equal(true);
    }
    await expectNoViolations(el);
  });

  it('eras that cannot be drawn are left out and reported once through sahel-error', async () => {
    const el = await mount(ours);
    const seen = errors(el);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      el.eras = [{ title: 'Fine', start: '2011' }, { title: 'Reversed', start: '2014', end: '2012' } as never];
      await settle(el);
      el.query = 'during';
      await settle(el);
    } finally {
      console.warn = warn;
    }
    expect(bands(el).map((b) => b.title)).to.deep.equal(['Fine']);
    expect(seen.length).to.equal(1);
    expect(seen[0]).to.deep.include({ origin: 'eras', total: 2, shown: 1 });
    expect(seen[0]?.issues.map((i) => [i.index, i.field])).to.deep.equal([[1, 'end']]);
  });

  it('the Sahel timeline shows its eras: Serval, Barkhane and the two military governments', async () => {
    const el = await mount(undefined, 'locale="en-GB"');
    expect(listed(el)).to.deep.equal([
      'Operation Serval 11 Jan 2013 – 15 Jul 2014',
      'Operation Barkhane 1 Aug 2014 – 9 Nov 2022',
      'Military rule in Mali since 18 Aug 2020',
      'Military rule in Burkina Faso since 24 Jan 2022',
    ]);
  });
});
