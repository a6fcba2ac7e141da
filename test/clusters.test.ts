/**
 * Clusters (ClusterController, render/cluster-list.ts, drawn by render/marks.ts): events too
 * dense to label gather into a cluster, drawn over them; activating one zooms in on where it
 * was drawn, never out; at the closest zoom it lists its events instead. Driven with real
 * clicks and keys.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, setViewport } from './commands.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { TimelineHarness } from './harness.js';
import { clickOn, mount, mountAt, plot, press, settle, syntheticEvents, until, windowMs } from './helpers.js';

const sameDay: TimelineEvent[] = Array.from({ length: 30 }, (_, i) => ({ id: `d${String(i)}`, title: `Same day ${String(i)}`, start: '2022-03-27' }));

/** Activates the first cluster until the timeline lists one (zooming cannot part its events). */
async function openClusterList(h: TimelineHarness): Promise<void> {
  for (let i = 0; i < 6 && !h.part('cluster-list'); i++) {
    const cluster = h.clusters()[0];
    if (!cluster) throw new Error('no cluster');
    await clickOn(cluster.element);
    await settle(h.el);
  }
  if (!h.part('cluster-list')) throw new Error('the cluster list never opened');
}

describe('<sahel-timeline> clusters', () => {
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  it('too-dense events gather into clusters that zoom in when clicked', async () => {
    const el = await mount(syntheticEvents(2000, 2015, 4));
    const h = new TimelineHarness(el);
    const cluster = h.clusters()[0];
    if (!cluster) throw new Error('no cluster');
    expect(cluster.count).to.be.greaterThan(1);
    expect(cluster.name).to.contain(String(cluster.count));
    const before = windowMs(el);
    await clickOn(cluster.element);
    await settle(el);
    expect(windowMs(el).span).to.be.lessThan(before.span / 5);
  });

  it('clicking any cluster zooms in, never out, even one at the edge of the view', async () => {
    const el = await mount(undefined, 'start="2022-01-10" end="2022-05-10"');
    const h = new TimelineHarness(el);
    // Counted in the window each round zooms back to: the attribute's end takes in all of
    // 10 May, zoomTo's stops at its first instant, and a cluster can lie in between.
    el.zoomTo('2022-01-10', '2022-05-10');
    await settle(el);
    const clusters = h.clusters().length;
    expect(clusters).to.be.greaterThan(0);
    for (let i = 0; i < clusters; i++) {
      el.zoomTo('2022-01-10', '2022-05-10');
      await settle(el);
      const before = windowMs(el);
      const cluster = h.clusters()[i];
      if (!cluster) throw new Error(`cluster ${String(i)} gone`);
      await clickOn(cluster.element);
      await settle(el);
      const after = windowMs(el);
      expect(cluster.name, 'its name').to.not.match(/^1 events/);
      // Closer, and inside what was in view.
      expect(after.span, `cluster ${cluster.name}`).to.be.lessThan(before.span * 0.75);
      expect(after.end, `cluster ${cluster.name}`).to.be.greaterThan(before.start);
      expect(after.start, `cluster ${cluster.name}`).to.be.lessThan(before.end);
    }
  });

  it('at 1280px each cluster is drawn over its events, and clicking it zooms to where it was drawn', async () => {
    await setViewport({ width: 1400, height: 900 });
    const count = new TimelineHarness(await mountAt(1280)).clusters().length;
    expect(count).to.be.greaterThan(0);
    for (let i = 0; i < count; i++) {
      const el = await mountAt(1280);
      const pill = new TimelineHarness(el).clusters()[i];
      if (!pill) throw new Error('cluster gone');
      const r = plot(el).getBoundingClientRect();
      const before = el.visibleRange;
      const tAt = (px: number) => +before.start + ((px - r.left) / r.width) * (+before.end - +before.start);
      const drawn = { start: tAt(pill.box.left), end: tAt(pill.box.right) };
      await clickOn(pill.element);
      await until(() => +el.visibleRange.start !== +before.start, 3000, 'zoom');
      await settle(el);
      const after = el.visibleRange;
      const mid = (+after.start + +after.end) / 2;
      expect(mid, `cluster ${String(i)} (${pill.name}) zoomed away from where it was drawn`).to.be.within(drawn.start, drawn.end);
    }
  });

  it('a cluster is named by the months its events cover, not only the first', async () => {
    const el = await mount([
      { id: 'a', title: 'A', start: '2022-01-10' },
      ...Array.from({ length: 12 }, (_, i): TimelineEvent => ({ id: `m${String(i)}`, title: `Crowded ${String(i)}`, start: '2022-03-15' })),
      { id: 'z', title: 'Z', start: '2022-05-20' },
      { id: 'far', title: 'Far', start: '2012-01-01' },
    ], 'locale="en-GB"');
    const names = new TimelineHarness(el).clusters().map((c) => c.name);
    expect(names.length).to.be.greaterThan(0);
    // The pill holding January's event and what of March's crowd the rows cannot hold says
    // every month it covers, not January alone.
    expect(names.some((n) => /^\d+ events, Jan – (Mar|May) 2022\./.test(n)), names.join(' | ')).to.equal(true);
  });

  it('a cluster of events on one day lists them once zooming cannot part them', async () => {
    const el = await mount([...sameDay, { id: 'early', title: 'Early', start: '2021-01-01' }]);
    const h = new TimelineHarness(el);
    await openClusterList(h);
    const listed = h.clusterListItems();
    expect(listed.length).to.be.greaterThan(0);
    expect(listed[0]?.textContent).to.contain('Same day');
  });

  it('an event picked from a cluster list is selected and takes the focus', async () => {
    const el = await mount([...sameDay, { id: 'early', title: 'Early', start: '2021-01-01' }]);
    const h = new TimelineHarness(el);
    await openClusterList(h);
    h.clusterListItems()[2]?.focus();
    await press('Enter');
    expect(el.selected).to.equal('d2');
    expect(h.part('cluster-list')).to.equal(null);
    await until(() => h.focusedId() === 'd2', 3000, 'the focus on the picked event');
  });

  it('closing a cluster list with Escape leaves the focus in the timeline', async () => {
    const el = await mount([...sameDay, { id: 'early', title: 'Early', start: '2021-01-01' }]);
    const h = new TimelineHarness(el);
    await openClusterList(h);
    h.clusterListItems()[0]?.focus();
    await press('Escape');
    expect(h.part('cluster-list'), 'list closed').to.equal(null);
    expect(document.activeElement === el && h.focused() !== null, 'focus in the timeline').to.equal(true);
  });
});
