/**
 * Eras: bands behind the events with their titles, listed with their dates under the plot;
 * checked like events (`sahel-error`, `origin: 'eras'`, index and field); the Sahel dataset's
 * own; axe with eras drawn.
 */
import { expect } from '@open-wc/testing';
import { validateEras } from '../src/dataset/eras.js';
import { eras as sahelEras } from '../src/dataset/sahel-eras.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { prepareEras } from '../src/layout/eras.js';
import { expectNoViolations } from './axe.js';
import { TimelineHarness } from './harness.js';
import { errors, mount, settle } from './helpers.js';

const ours: TimelineEvent[] = [
  { id: 'a', title: 'Before', start: '2010-03-01' },
  { id: 'b', title: 'During', start: '2012-06-01' },
  { id: 'c', title: 'After', start: '2016-01-01' },
];

/** The eras' bands on the plot: title and box, left to right. */
function bands(el: HTMLElement): { title: string; box: DOMRect }[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="era"]') ?? [])]
    .map((b) => ({ title: b.textContent.trim(), box: b.getBoundingClientRect() }))
    .sort((p, q) => p.box.left - q.box.left);
}

/** The list of eras under the plot, as read. */
function listed(el: HTMLElement): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part~="eras"] li') ?? [])].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
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
    for (const m of h.marks()) for (const t of titles) expect(m.box.bottom <= t.top || m.box.top >= t.bottom || m.box.right <= t.left || m.box.left >= t.right, m.id).to.equal(true);
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
