import { expect } from '@open-wc/testing';
import { TimelineHarness } from './harness.js';
import { mount, plotPoint, sendWheel, syntheticEvents, until, windowMs } from './helpers.js';

/** Every node in the element, shadow DOM included. */
function nodeCount(root: Node): number {
  let n = 0;
  const walk = (node: Node) => {
    n++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return n;
}

describe('<sahel-timeline> with 100,000 events', () => {
  it('zooms, walks next and previous, and keeps the DOM bounded', async () => {
    const data = syntheticEvents(100_000, 2010, 10, 7);
    const el = await mount(data);
    expect(el.shownEvents.length).to.equal(100_000);
    expect(nodeCount(el)).to.be.lessThan(3000);
    const h = new TimelineHarness(el);
    expect(h.clusters().length).to.be.greaterThan(0);

    // Ctrl+wheel zooms in, step by step, down to events that can be labelled.
    const p = plotPoint(el, 0.5);
    for (let i = 0; i < 12; i++) await sendWheel({ ...p, deltaY: -100, modifiers: ['Control'] });
    await until(() => windowMs(el).span < 365 * 86_400_000, 3000, 'zoomed in to under a year');
    // At the closest zoom (a day across), some 27 events share each day: too many to label,
    // so a cluster that cannot be zoomed apart lists its events instead.
    el.zoomTo('2015-06-01T00:00Z', '2015-06-02T00:00Z');
    await until(() => h.clusters().length > 0, 3000, 'clusters at a day');
    expect(nodeCount(el)).to.be.lessThan(3000);
    h.clusters()[0]?.element.click();
    await el.updateComplete;
    const listed = h.clusterListItems();
    expect(listed.length).to.be.greaterThan(10);
    listed[3]?.click();
    await until(() => el.selected !== null && h.mark(el.selected) !== undefined, 3000, 'listed event drawn');
    el.selected = null;

    // Next and previous walk the events in time order and keep each in view.
    const order = el.shownEvents;
    const selectedId = (): string | null => el.selected;
    el.next();
    const first = selectedId() ?? '';
    const at = order.findIndex((e) => e.id === first);
    el.next();
    el.next();
    expect(el.selected).to.equal(order[at + 2]?.id);
    el.previous();
    expect(el.selected).to.equal(order[at + 1]?.id);
    await until(() => h.mark(el.selected ?? '') !== undefined, 3000, 'selected drawn');
    expect(nodeCount(el)).to.be.lessThan(3000);

    // Back out to everything: still bounded.
    el.fit();
    await until(() => windowMs(el).span > 9 * 365 * 86_400_000, 3000, 'fitted');
    expect(nodeCount(el)).to.be.lessThan(3000);
  });
});

describe('<sahel-timeline> with 1,000,000 events', () => {
  it('reads them in short tasks with a progress indication, then zooms and selects', async function () {
    this.timeout(90_000);
    const data = syntheticEvents(1_000_000, 2000, 20, 11);
    const el = await mount(data);
    const h = new TimelineHarness(el);
    // Read in slices: the plot says how far it has got (and, as a status, to screen readers).
    const status = () => h.plot().querySelector('[role="status"]')?.textContent ?? '';
    await until(() => /Reading events… \d+%/.test(status()), 5000, 'the progress indication');
    const seen = new Set<string>();
    await until(() => {
      seen.add(status());
      return el.shownEvents.length === 1_000_000;
    }, 60_000, 'a million events read');
    // More than one step was shown, and the indication is gone.
    expect([...seen].filter((s) => s.startsWith('Reading')).length).to.be.greaterThan(1);
    await until(() => status() === '', 3000, 'the progress indication gone');
    expect(nodeCount(el)).to.be.lessThan(3000);

    const p = plotPoint(el, 0.5);
    const before = windowMs(el).span;
    for (let i = 0; i < 6; i++) await sendWheel({ ...p, deltaY: -100, modifiers: ['Control'] });
    await until(() => windowMs(el).span < before / 4, 5000, 'zoomed in');
    el.zoomTo('2010-06-01T00:00Z', '2010-06-02T00:00Z');
    el.next();
    await until(() => el.selected !== null && h.mark(el.selected) !== undefined, 5000, 'the next event selected and drawn');
    expect(h.part('details')).to.not.equal(null);
  });
});
