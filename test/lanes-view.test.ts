/**
 * Lanes on the plot (`group-by`, `lanes`), driven by real pointer, wheel and keys: names in
 * words, a page's own field, an event in two lanes, collapse and expand, ↑/↓ between lanes,
 * scrolling with headers kept in view, a zoom moving every lane, bad `groupBy`, and axe.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from './commands.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { expectNoViolations } from './axe.js';
import { TimelineHarness } from './harness.js';
import { clickOn, errors, mount, plotPoint, press, sendWheel, settle, until, windowMs } from './helpers.js';

const TALL = 'style="--sahel-timeline-height: 700px"';

const ours: TimelineEvent[] = [
  { id: 'm1', title: 'Mali one', start: '2020-01-01', countries: ['ML'], category: 'politics' },
  { id: 'b1', title: 'Burkina one', start: '2020-03-01', countries: ['BF'], category: 'protest' },
  { id: 'm2', title: 'Mali two', start: '2020-06-01', countries: ['ML'], category: 'politics' },
  { id: 'x', title: 'Nowhere', start: '2020-07-01', category: 'media' },
  { id: 'mr', title: 'Shared', start: '2020-09-01', countries: ['ML', 'RU'], category: 'diplomacy' },
  { id: 'b2', title: 'Burkina two', start: '2020-12-01', countries: ['BF'], category: 'protest' },
  { id: 'm3', title: 'Mali three', start: '2021-01-01', countries: ['ML'], category: 'politics' },
  { id: 'r1', title: 'Russia one', start: '2021-06-01', countries: ['RU'], category: 'military' },
];

const ids = (marks: { id: string }[]) => marks.map((m) => m.id).sort();

describe('<sahel-timeline> lanes', () => {
  it('group-by="country" on the Sahel data: a lane per country named in words, with its count, each a group', async () => {
    const el = await mount(undefined, `group-by="country" ${TALL.replace('700px', '2400px')}`);
    const h = new TimelineHarness(el);
    const names = h.lanes().map((l) => l.name);
    for (const country of ['Mali', 'Burkina Faso', 'Central African Republic', 'Russia', 'France']) expect(names).to.include(country);
    const mali = h.lane('Mali');
    const inMali = el.shownEvents.filter((e) => e.countries?.includes('ML')).length;
    expect(mali.header).to.equal(`Mali ${String(inMali)} events`);
    expect(mali.expanded).to.equal(true);
    expect(mali.element.getAttribute('role')).to.equal('group');
    // Every event in Mali's lane that is drawn is one of Mali's.
    for (const m of mali.marks) expect(el.shownEvents.find((e) => e.id === m.id)?.countries).to.include('ML');
    await expectNoViolations(el);
  });

  it('an event with two countries is in both lanes; its copies select and light up together', async () => {
    const el = await mount(ours, `group-by="country" ${TALL}`);
    const h = new TimelineHarness(el);
    expect(h.lanes().map((l) => l.name)).to.deep.equal(['Mali', 'Burkina Faso', 'Russia', 'Other']);
    expect(ids(h.lane('Mali').marks)).to.deep.equal(['m1', 'm2', 'm3', 'mr']);
    expect(ids(h.lane('Russia').marks)).to.deep.equal(['mr', 'r1']);
    expect(ids(h.lane('Other').marks)).to.deep.equal(['x']);
    const [inMali, inRussia] = [h.lane('Mali').marks.find((m) => m.id === 'mr'), h.lane('Russia').marks.find((m) => m.id === 'mr')];
    // One time axis: the copies stand at the same instant.
    expect(Math.abs((inMali?.markBox.left ?? 0) - (inRussia?.markBox.left ?? 1))).to.be.lessThan(0.5);
    const r = inRussia?.element.getBoundingClientRect() ?? new DOMRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + 4), Math.round(r.top + r.height / 2)] });
    await until(() => h.lane('Mali').marks.find((m) => m.id === 'mr')?.linked === true, 2000, 'the copy in Mali to light up');
    await clickOn(inRussia?.element ?? el);
    await settle(el);
    expect(el.selected).to.equal('mr');
    expect(h.copies('mr').map((m) => m.selected)).to.deep.equal([true, true]);
    expect(h.focusedLane()).to.equal('Russia');
    // Only one copy takes Tab.
    expect(h.copies('mr').filter((m) => m.element.tabIndex === 0).length).to.equal(1);
  });

  it('↑/↓ move to the nearest event in time in the lane above or below; ←/→ stay in the lane', async () => {
    const el = await mount(ours, `group-by="country" ${TALL}`);
    const h = new TimelineHarness(el);
    await clickOn(h.lane('Mali').marks.find((m) => m.id === 'm1')?.element ?? el);
    await settle(el);
    expect(h.focusedId()).to.equal('m1');
    await press('ArrowRight');
    // b1 comes next in time, but it is in another lane.
    expect([h.focusedId(), h.focusedLane()]).to.deep.equal(['m2', 'Mali']);
    await press('ArrowDown');
    expect([h.focusedId(), h.focusedLane()]).to.deep.equal(['b1', 'Burkina Faso']);
    await press('ArrowDown');
    expect([h.focusedId(), h.focusedLane()]).to.deep.equal(['mr', 'Russia']);
    await press('ArrowUp');
    expect([h.focusedId(), h.focusedLane()]).to.deep.equal(['b2', 'Burkina Faso']);
    await press('Home');
    expect(h.focusedId()).to.equal('b1');
    await press('End');
    expect(h.focusedId()).to.equal('b2');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(h.focusedLane()).to.equal('Other');
    // Nothing below the last lane: the focus stays.
    await press('ArrowDown');
    expect([h.focusedId(), h.focusedLane()]).to.deep.equal(['x', 'Other']);
  });

  it('a lane collapses to a density strip and expands again; ↑/↓ pass over it', async () => {
    const el = await mount(ours, `group-by="country" ${TALL}`);
    const h = new TimelineHarness(el);
    await clickOn(h.lane('Burkina Faso').toggle);
    await settle(el);
    const bf = h.lane('Burkina Faso');
    expect(bf.expanded).to.equal(false);
    expect(bf.marks).to.deep.equal([]);
    expect(bf.density).to.equal(true);
    expect(bf.box.height).to.be.lessThan(h.lane('Mali').box.height / 2);
    await clickOn(h.lane('Mali').marks.find((m) => m.id === 'm2')?.element ?? el);
    await settle(el);
    await press('ArrowDown');
    expect([h.focusedId(), h.focusedLane()]).to.deep.equal(['mr', 'Russia']);
    await clickOn(h.lane('Burkina Faso').toggle);
    await settle(el);
    expect(h.lane('Burkina Faso').expanded).to.equal(true);
    expect(ids(h.lane('Burkina Faso').marks)).to.deep.equal(['b1', 'b2']);
    await clickOn(h.lane('Russia').toggle);
    await settle(el);
    await expectNoViolations(el);
  });

  it('ctrl+wheel zooms every lane together; a plain wheel scrolls the lanes of a plot of fixed height, their headers staying in view', async () => {
    const el = await mount(ours, 'group-by="country" style="--sahel-timeline-height: 220px"');
    const h = new TimelineHarness(el);
    const scroller = h.laneScroller();
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
    // A shade at the foot says there is more below.
    expect(getComputedStyle(scroller).boxShadow).not.to.equal('none');
    // No scrollbar takes the stack's right edge, where a classic one (Windows, Firefox on
    // Linux) covered the pills and marks: the shades and the lanes-below count say it scrolls.
    expect(scroller.clientWidth, 'width under a scrollbar').to.equal(scroller.offsetWidth);
    const before = windowMs(el).span;
    const at = plotPoint(el, 0.5, 0.3);
    await sendWheel({ ...at, deltaY: -300, modifiers: ['Control'] });
    await until(() => windowMs(el).span < before * 0.9, 3000, 'the zoom');
    await settle(el);
    for (const lane of h.lanes()) {
      for (const m of lane.marks) expect(h.copies(m.id).every((c) => Math.abs(c.markBox.left - m.markBox.left) < 0.5)).to.equal(true);
    }
    const span = windowMs(el).span;
    await sendWheel({ ...at, deltaY: 200 });
    await until(() => scroller.scrollTop > 150, 3000, 'the lanes to scroll');
    await settle(el);
    expect(windowMs(el).span).to.equal(span);
    // A lane scrolled part way past the top of the stack keeps its header at the top.
    const top = scroller.getBoundingClientRect().top;
    const tall = h.lanes().find((l) => l.box.height > 70);
    if (!tall) throw new Error('no lane with rows');
    scroller.scrollTop += tall.box.top - top + 20;
    await until(() => h.lanes().some((l) => l.box.top < top - 10 && l.box.bottom > top + 40), 3000, 'a lane cut by the top edge');
    const lane = h.lanes().find((l) => l.box.top < top - 10 && l.box.bottom > top + 40);
    expect(Math.abs((lane?.toggle.getBoundingClientRect().top ?? 0) - top)).to.be.lessThan(6);
    // Scrolled to its foot, the stack draws its last lane.
    scroller.scrollTop = scroller.scrollHeight;
    await until(() => h.lanes().some((l) => l.name === 'Other' && l.box.bottom <= scroller.getBoundingClientRect().bottom + 1), 3000, 'the last lane, in view');
  });

  it('lanes are named in the language of the nearest lang, and follow it when it changes', async () => {
    const el = await mount(ours, `group-by="country" ${TALL}`);
    const h = new TimelineHarness(el);
    const wrapper = el.parentElement as HTMLElement;
    // No property changes: the element sees the attribute change, and its French words come in a chunk.
    wrapper.lang = 'fr';
    await until(() => h.lanes().some((l) => l.name === 'Autres'), 3000, 'the French lanes');
    expect(h.lanes().map((l) => l.name)).to.deep.equal(['Mali', 'Burkina Faso', 'Russie', 'Autres']);
  });

  it("group-by names a page's own field; lanes sets order, names and the collapsed state", async () => {
    const desks: TimelineEvent[] = [
      { id: 'p', title: 'Budget vote', start: '2021-02-01', desk: 'Politics' } as TimelineEvent,
      { id: 's', title: 'Cup final', start: '2021-03-01', desk: 'Sport' } as TimelineEvent,
      { id: 'n', title: 'Storm', start: '2021-04-01' },
    ];
    const el = await mount(desks, `group-by="desk" ${TALL}`);
    const h = new TimelineHarness(el);
    expect(h.lanes().map((l) => [l.name, ids(l.marks)])).to.deep.equal([
      ['Politics', ['p']],
      ['Sport', ['s']],
      ['Other', ['n']],
    ]);
    el.lanes = [{ id: 'Sport', label: 'Sports desk' }, { id: 'Politics', collapsed: true }, { id: 'Weather' }];
    await settle(el);
    expect(h.lanes().map((l) => [l.name, l.expanded])).to.deep.equal([
      ['Sports desk', true],
      ['Politics', false],
      ['Weather', true],
      ['Other', true],
    ]);
    expect(h.lane('Weather').header).to.equal('Weather 0 events');
  });

  it('group-by naming a field no event has gives one lane, "Other", and no error', async () => {
    const el = await mount(ours, `group-by="nothing" ${TALL}`);
    const seen = errors(el);
    const h = new TimelineHarness(el);
    expect(h.lanes().map((l) => l.name)).to.deep.equal(['Other']);
    expect(h.lane('Other').header).to.equal('Other 8 events');
    await settle(el);
    expect(seen).to.deep.equal([]);
  });

  it('a groupBy function that throws or gives no text puts those events in "Other" and says so once', async () => {
    const el = await mount(ours, TALL.replace('700px', '1000px'));
    const seen = errors(el);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      el.groupBy = (e) => {
        if (e.id === 'm1') throw new Error('no desk');
        return e.id === 'b1' ? ({} as string) : e.category;
      };
      await settle(el);
      el.query = 'a';
      await settle(el);
    } finally {
      console.warn = warn;
    }
    const h = new TimelineHarness(el);
    expect(ids(h.lane('Other').marks)).to.include.members(['m1', 'b1']);
    expect(seen.length).to.equal(1);
    expect(seen[0]?.origin).to.equal('lanes');
    expect(seen[0]?.issues.map((i) => i.id)).to.deep.equal(['m1', 'b1']);
    expect(seen[0]?.issues[0]?.message).to.contain('no desk');
  });

  it('filters and search empty a lane without removing it; axe finds nothing with a category hidden and a search', async () => {
    const el = await mount(ours, `group-by="country" ${TALL}`);
    const h = new TimelineHarness(el);
    await clickOn(h.legendToggle('Protest'));
    await settle(el);
    expect(h.lane('Burkina Faso').header).to.equal('Burkina Faso 0 events');
    expect(h.lane('Burkina Faso').marks).to.deep.equal([]);
    el.query = 'shared';
    await settle(el);
    expect(h.lanes().map((l) => [l.name, ids(l.marks)])).to.deep.equal([
      ['Mali', ['mr']],
      ['Burkina Faso', []],
      ['Russia', ['mr']],
      ['Other', []],
    ]);
    await expectNoViolations(el);
  });
});
