import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/sahel-timeline.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { frames, overlaps, until } from './helpers.js';

/** Mounts a timeline `width` pixels wide, with reduced motion so glides end at once. */
async function mountAt(width: number, events?: readonly TimelineEvent[]): Promise<SahelTimeline> {
  await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${String(width)}px`;
  wrapper.innerHTML = '<sahel-timeline></sahel-timeline>';
  const el = wrapper.querySelector('sahel-timeline') as SahelTimeline;
  if (events) el.events = events;
  await el.updateComplete;
  await until(() => el.renderRoot.querySelector('.plot')?.clientWidth === width, 3000, 'layout');
  await frames(2);
  await el.updateComplete;
  return el;
}

function plotRect(el: SahelTimeline): DOMRect {
  const p = el.renderRoot.querySelector('.plot');
  if (!p) throw new Error('no plot');
  return p.getBoundingClientRect();
}

/** Zooms through the public method and waits for the window to settle on it. */
async function zoomTo(el: SahelTimeline, start: string, end: string): Promise<void> {
  el.zoomTo(start, end);
  await until(() => Math.abs(+el.visibleRange.start - Date.parse(start)) < 3_600_000, 3000, `zoom to ${start}`);
  await frames(2);
  await el.updateComplete;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
  await frames(2);
}

const activeId = (el: SahelTimeline) => (el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.id ?? null;

const PLACES = ['Gao', 'Ménaka', 'Kidal', 'Mopti', 'Tillabéri', 'Djibo', 'Timbuktu', 'Ansongo', 'Diffa', 'Ouahigouya'];
const KINDS = ['armed clash', 'roadside bomb', 'attack on a market', 'protest', 'abduction', 'airstrike'];

/** `n` day events over 2015–2024, titled as incident reports that differ only after their first words. */
function incidents(n: number): TimelineEvent[] {
  let s = 42;
  const rand = () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const t0 = Date.UTC(2015, 0, 1);
  const days = Math.round((Date.UTC(2025, 0, 1) - t0) / 86_400_000);
  return Array.from({ length: n }, (_, i) => ({
    id: `e${String(i)}`,
    title: `Incident reported: ${KINDS[i % KINDS.length] ?? ''} near ${PLACES[Math.floor(i / 7) % PLACES.length] ?? ''}`,
    start: new Date(t0 + Math.floor(rand() * days) * 86_400_000).toISOString().slice(0, 10) as TimelineEvent['start'],
  }));
}

/** Checks every label drawn: inside the plot, its mark in view, and its date whole. */
function checkLabels(el: SahelTimeline): void {
  const plot = plotRect(el);
  const buttons = [...el.renderRoot.querySelectorAll<HTMLElement>('.event')];
  expect(buttons.length).to.be.greaterThan(0);
  for (const b of buttons) {
    const id = b.dataset.id ?? '';
    const label = b.querySelector('.label')?.getBoundingClientRect();
    const when = b.querySelector('.when');
    const mark = b.querySelector('.point, .bar')?.getBoundingClientRect();
    if (!label || !when || !mark) throw new Error(`incomplete mark ${id}`);
    expect(label.left, `${id} label starts left of the plot`).to.be.at.least(plot.left - 0.5);
    expect(label.right, `${id} label runs past the plot`).to.be.at.most(plot.right + 0.5);
    expect(mark.right, `${id} labelled with its mark left of the view`).to.be.greaterThan(plot.left);
    expect(mark.left, `${id} labelled with its mark right of the view`).to.be.lessThan(plot.right);
    const w = when.getBoundingClientRect();
    expect(w.left, `${id} date cut`).to.be.at.least(label.left - 0.5);
    expect(w.right, `${id} date cut: ${when.textContent}`).to.be.at.most(label.right + 0.5);
    expect(when.scrollWidth, `${id} date cut`).to.be.at.most(when.clientWidth + 0.5);
  }
}

/**
 * Checks that layout measured labels as they are drawn: a label not cut short shows its
 * whole title, with less than 2px left over.
 */
function checkMeasuring(el: SahelTimeline): void {
  let checked = 0;
  for (const b of el.renderRoot.querySelectorAll<HTMLElement>('.event:not([title])')) {
    const label = b.querySelector<HTMLElement>('.label');
    const text = b.querySelector<HTMLElement>('.text');
    if (!label || !text) continue;
    expect(text.scrollWidth, `${b.dataset.id ?? ''} title cut though measured whole`).to.be.at.most(text.clientWidth);
    const kids = [...label.children].filter((k) => getComputedStyle(k).position !== 'absolute').map((k) => k.getBoundingClientRect());
    const used = Math.max(...kids.map((k) => k.right)) - Math.min(...kids.map((k) => k.left));
    const given = label.getBoundingClientRect().width;
    if (label.classList.contains('stacked')) continue;
    expect(given - used, `${b.dataset.id ?? ''} measured ${String(given)}px, drawn ${String(used)}px`).to.be.within(-0.5, 2.5);
    checked++;
  }
  expect(checked).to.be.greaterThan(0);
}

describe('<sahel-timeline> labels and clusters', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('<sahel-timeline> at 1280px draws each cluster over its events, and activating it zooms to where it was drawn', async () => {
    await setViewport({ width: 1400, height: 900 });
    const probe = await mountAt(1280);
    const count = probe.renderRoot.querySelectorAll('.cluster').length;
    expect(count).to.be.greaterThan(0);
    for (let i = 0; i < count; i++) {
      const el = await mountAt(1280);
      const pill = el.renderRoot.querySelectorAll<HTMLElement>('.cluster')[i];
      if (!pill) throw new Error('cluster gone');
      const plot = plotRect(el);
      const before = el.visibleRange;
      const tAt = (px: number) => +before.start + ((px - plot.left) / plot.width) * (+before.end - +before.start);
      const r = pill.getBoundingClientRect();
      const drawn = { start: tAt(r.left), end: tAt(r.right) };
      await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
      await until(() => +el.visibleRange.start !== +before.start, 3000, 'zoom');
      await frames(2);
      const after = el.visibleRange;
      const mid = (+after.start + +after.end) / 2;
      expect(mid, `cluster ${String(i)} (${pill.textContent}) zoomed away from where it was drawn`).to.be.within(drawn.start, drawn.end);
    }
  });

  it('<sahel-timeline> with 10,000 events at March 2020 labels only events in view, inside the plot, dates whole', async () => {
    const el = await mountAt(1000, incidents(10_000));
    await zoomTo(el, '2020-03-01', '2020-04-01');
    checkLabels(el);
    checkMeasuring(el);
  });

  it('<sahel-timeline> zoomed to a day does not label a span that ended the day before', async () => {
    const el = await mountAt(1000, [
      { id: 'talks', title: 'Talks in Algiers', start: '2020-03-10', end: '2020-03-11', kind: 'span' },
      { id: 'vote', title: 'Vote in parliament', start: '2020-03-12' },
      { id: 'later', title: 'Later', start: '2020-06-01' },
    ]);
    await zoomTo(el, '2020-03-12T00:00:00Z', '2020-03-13T00:00:00Z');
    const ids = [...el.renderRoot.querySelectorAll<HTMLElement>('.event')].map((b) => b.dataset.id);
    expect(ids).to.deep.equal(['vote']);
  });

  it('<sahel-timeline> at 390px keeps the focused label inside the plot after Tab then →', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mountAt(390);
    for (let i = 0; i < 12 && !activeId(el); i++) await press('Tab');
    expect(activeId(el)).to.not.equal(null);
    await press('ArrowRight');
    await until(() => activeId(el) !== null && el.renderRoot.querySelector(`.event[data-id="${activeId(el) ?? ''}"]`) !== null, 3000, 'focus');
    const label = el.renderRoot.querySelector(`.event[data-id="${activeId(el) ?? ''}"] .label`)?.getBoundingClientRect();
    const plot = plotRect(el);
    expect(label?.left).to.be.at.least(plot.left - 0.5);
    expect(label?.right).to.be.at.most(plot.right + 0.5);
    checkLabels(el);
  });

  it('<sahel-timeline> on a phone (390×844) shows enough of each title to tell events apart, without overlapping rows', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mountAt(390, incidents(10_000));
    await zoomTo(el, '2020-03-01', '2020-03-15');
    checkLabels(el);
    const labels = [...el.renderRoot.querySelectorAll<HTMLElement>('.event .label')];
    expect(labels.length).to.be.greaterThan(2);
    for (const label of labels) {
      const text = label.querySelector<HTMLElement>('.text');
      if (!text) throw new Error('no title');
      const title = text.textContent;
      // The characters shown, at the title's average width per character.
      const shown = text.scrollWidth > text.clientWidth ? Math.floor((text.clientWidth / text.scrollWidth) * title.length) : title.length;
      expect(shown, `only "${title.slice(0, shown)}…" shown`).to.be.at.least(Math.min(title.length, 24));
    }
    const boxes = labels.map((l) => l.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i] as DOMRect, boxes[j] as DOMRect), `labels ${String(i)} and ${String(j)} overlap`).to.equal(false);
    }
  });

  it('<sahel-timeline> measures labels as it draws them', async () => {
    await setViewport({ width: 1400, height: 900 });
    const wide = await mountAt(1280);
    await zoomTo(wide, '2021-11-15', '2022-05-20');
    checkLabels(wide);
    checkMeasuring(wide);
  });

  it('<sahel-timeline> keeps events of one day in the order the page gave them, and → follows it', async () => {
    const ids = ['e2', 'e10', 'e0', 'e11', 'e1'];
    const el = await mountAt(1000, [...ids.map((id) => ({ id, title: `Event ${id}`, start: '2022-03-27' as const })), { id: 'z', title: 'Later', start: '2022-04-20' as const }]);
    expect(el.shownEvents.map((e) => e.id).slice(0, 5)).to.deep.equal(ids);
    for (let i = 0; i < 12 && !activeId(el); i++) await press('Tab');
    await press('Home');
    await until(() => activeId(el) === 'e2', 3000, 'first event');
    const seen = [activeId(el)];
    for (let i = 1; i < ids.length; i++) {
      await press('ArrowRight');
      await until(() => activeId(el) !== seen[seen.length - 1], 3000, 'next event');
      seen.push(activeId(el));
    }
    expect(seen).to.deep.equal(ids);
  });
});
