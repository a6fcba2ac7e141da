/**
 * Editing in place (`editable`), driven as a reader does: a real mouse drags, double-clicks
 * and clicks, real keys press Alt+arrows, Enter, Delete, Insert and Ctrl+Z. Every pointer
 * edit has its keyboard twin here; undo and redo give back the exact arrays; a refused change
 * leaves everything as it was.
 */
import { expect } from '@open-wc/testing';
import { editChunk } from '../src/controllers/chunks.js';
import { eventsToCsv } from '../src/dataset/csv.js';
import { toTimelineJS } from '../src/dataset/timelinejs-write.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { ChangeDetail } from '../src/events.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { expectNoViolations } from './axe.js';
import { sendKeys, sendMouse } from './commands.js';
import { TimelineHarness } from './harness.js';
import { itExcept, LACKS } from './engines.js';
import { clickOn, frames, mount, plotPoint, press, sendDoubleClick, sendTouch, sendWheel, setTouch, settle, until } from './helpers.js';

const EVENTS: readonly TimelineEvent[] = [
  { id: 'a', title: 'Alpha', start: '2021-03-05', category: 'politics' },
  { id: 'b', title: 'Bravo', start: '2021-05-10', end: '2021-06-20', category: 'military' },
  { id: 'c', title: 'Charlie', start: '2021-08-01', category: 'politics' },
  { id: 'd', title: 'Delta', start: '2021-10-15', category: 'military', editable: false },
];

const WIDTH = 760;

/** Mounts an editable timeline of EVENTS (one year: the axis steps by months), recording every sahel-change. */
async function editable(attrs = '', events: readonly TimelineEvent[] = EVENTS): Promise<{ el: SahelTimeline; h: TimelineHarness; changes: ChangeDetail[] }> {
  await editChunk.load();
  // Narrower than the test runners' 800px viewport, so that every point of the plot can be pointed at.
  const el = await mount(events, `editable ${attrs}`, 'reduce', 'light', WIDTH);
  const changes: ChangeDetail[] = [];
  el.addEventListener('sahel-change', (e) => changes.push(e.detail));
  await until(() => el.renderRoot.querySelector('[part~="edit-bar"]') !== null, 3000, 'the edit bar');
  // The plot in view, where the pointer can reach it (an earlier test may have scrolled the page).
  window.scrollTo(0, 0);
  return { el, h: new TimelineHarness(el), changes };
}

const byId = (el: SahelTimeline, id: string) => el.events?.find((e) => e.id === id);
const markEl = (el: SahelTimeline, id: string) => el.renderRoot.querySelector<HTMLElement>(`[part~="plot"] [data-id="${id}"]`) as HTMLElement;
const live = (el: SahelTimeline) => el.renderRoot.querySelector('[aria-live]')?.textContent ?? '';
const notice = (el: SahelTimeline) => el.renderRoot.querySelector('[part~="edit-notice"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** Selects an event by clicking it, and leaves the focus on it. */
async function selectByClick(el: SahelTimeline, id: string): Promise<void> {
  await clickOn(markEl(el, id));
  await until(() => el.selected === id, 2000, `${id} selected`);
  await settle(el);
}

/** A real mouse drag from one point to another, in steps, the button held. */
async function mouseDrag(from: { x: number; y: number }, to: { x: number; y: number }, during?: () => void): Promise<void> {
  await sendMouse({ type: 'move', position: [from.x, from.y] });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= 6; i++) {
    await sendMouse({ type: 'move', position: [Math.round(from.x + ((to.x - from.x) * i) / 6), Math.round(from.y + ((to.y - from.y) * i) / 6)] });
    if (i === 5) during?.();
  }
  await sendMouse({ type: 'up' });
}

/** A key pressed with modifiers held ("Alt+Shift+ArrowRight"), as real input in every engine. */
async function chord(keys: string): Promise<void> {
  const parts = keys.split('+');
  const key = parts.pop() as string;
  for (const m of parts) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of parts.reverse()) await sendKeys({ up: m });
  await frames(2);
}

/** How many pixels a month takes at the current zoom. */
const monthPx = (el: SahelTimeline) => {
  const months = (el.visibleRange.endTime - el.visibleRange.startTime) / (30.44 * 86_400_000);
  return (plotPoint(el, 1).x - plotPoint(el, 0).x) / months;
};

const centre = (e: Element) => {
  const r = e.getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
};

describe('<sahel-timeline editable>', () => {
  it('Alt+→ moves the selected event by the axis unit, firing sahel-change (keyboard) and saying it once; Alt+← moves it back', async () => {
    const { el, changes } = await editable();
    const given = el.events;
    await selectByClick(el, 'a');
    await chord('Alt+ArrowRight');
    await until(() => byId(el, 'a')?.start !== '2021-03-05', 2000, 'the move');
    // A year across 1000px ticks by the month: a day-precise event moves by a month.
    expect(byId(el, 'a')?.start).to.equal('2021-04-05');
    expect(el.events).to.not.equal(given);
    expect(given?.[0]?.start, "the page's array is never changed").to.equal('2021-03-05');
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({ kind: 'move', cause: 'keyboard' });
    expect(changes[0]?.before?.start).to.equal('2021-03-05');
    await until(() => live(el).includes('Alpha'), 2000, 'the announcement');
    expect(live(el)).to.match(/moved to (5 April|April 5,) 2021/);
    expect(el.shadowRoot?.activeElement?.getAttribute('data-id'), 'the focus stays on the event').to.equal('a');
    await chord('Alt+ArrowLeft');
    await until(() => byId(el, 'a')?.start === '2021-03-05', 2000, 'moved back');
  });

  it('a mouse drag moves an event by whole units, the ghost saying its new date; the keyboard twin is Alt+→', async () => {
    const { el, changes } = await editable();
    const from = centre(markEl(el, 'c').querySelector('.glyph') as Element);
    const month = monthPx(el);
    let bubble = '';
    await mouseDrag(from, { x: Math.round(from.x + 2 * month), y: from.y }, () => {
      bubble = el.renderRoot.querySelector('[part~="edit-bubble"]')?.textContent ?? '';
    });
    await until(() => changes.length === 1, 2000, 'the change');
    expect(changes[0]).to.include({ kind: 'move', cause: 'pointer' });
    const start = byId(el, 'c')?.start ?? '';
    expect(start, 'about two months later, still to the day').to.match(/^2021-(09|10)-01$/);
    expect(bubble, 'the date said while dragging').to.match(/Sept?|Oct/);
    expect(el.renderRoot.querySelector('.edit-ghost'), 'the ghost goes when the drag ends').to.equal(null);
    expect(el.selected, 'the dragged event is selected').to.equal('c');
  });

  it("dragging a span's end resizes it; Alt+Shift+→ moves the end from the keyboard", async () => {
    const { el, changes } = await editable();
    const bar = markEl(el, 'b').querySelector('.bar') as HTMLElement;
    const r = bar.getBoundingClientRect();
    const month = monthPx(el);
    const from = { x: Math.round(r.right - 3), y: Math.round(r.top + r.height / 2) };
    await mouseDrag(from, { x: Math.round(from.x + month), y: from.y });
    await until(() => changes.length === 1, 2000, 'the resize');
    expect(changes[0]).to.include({ kind: 'resize', cause: 'pointer' });
    expect(byId(el, 'b')?.start, 'the start stays').to.equal('2021-05-10');
    expect(byId(el, 'b')?.end).to.match(/^2021-07-(20|19)$/);
    await selectByClick(el, 'b');
    const end = byId(el, 'b')?.end;
    await chord('Alt+Shift+ArrowRight');
    await until(() => byId(el, 'b')?.end !== end, 2000, 'the keyboard resize');
    expect(changes.at(-1)).to.include({ kind: 'resize', cause: 'keyboard' });
    expect(byId(el, 'b')?.start).to.equal('2021-05-10');
  });

  it('pressing a span by its glyph moves it whole; Esc during a drag puts the event back', async () => {
    const { el, changes } = await editable();
    const glyph = centre(markEl(el, 'b').querySelector('.glyph') as Element);
    await mouseDrag(glyph, { x: Math.round(glyph.x + monthPx(el)), y: glyph.y });
    await until(() => changes.length === 1, 2000, 'the move');
    expect(changes[0]).to.include({ kind: 'move' });
    expect(byId(el, 'b')).to.include({ start: '2021-06-10', end: '2021-07-20' });
    const kept = el.events;
    const from = centre(markEl(el, 'c').querySelector('.glyph') as Element);
    await sendMouse({ type: 'move', position: [from.x, from.y] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 4; i++) await sendMouse({ type: 'move', position: [from.x + i * 20, from.y] });
    await until(() => el.renderRoot.querySelector('[part~="edit-ghost"]') !== null, 2000, 'the ghost');
    await sendKeys({ press: 'Escape' });
    await until(() => el.renderRoot.querySelector('[part~="edit-ghost"]') === null, 2000, 'the ghost gone');
    await sendMouse({ type: 'up' });
    await frames(3);
    expect(el.events, 'nothing changed').to.equal(kept);
    expect(changes).to.have.length(1);
  });

  itExcept({ webkit: LACKS.touch }, 'on a touch screen, a finger drags the selected event, and a finger held on the empty plot adds one', async () => {
    await setTouch(true);
    try {
      const { el, changes } = await editable();
      const glyph = centre(markEl(el, 'c').querySelector('.glyph') as Element);
      // A finger on an event not selected pans the view as ever: a tap selects it first.
      await sendTouch([[glyph]]);
      await until(() => el.selected === 'c', 2000, 'selected by a tap');
      await settle(el);
      const from = centre(markEl(el, 'c').querySelector('.glyph') as Element);
      const month = monthPx(el);
      const swipe = Array.from({ length: 9 }, (_, i) => [{ x: Math.round(from.x + (i * month) / 8), y: from.y }]);
      await sendTouch(swipe);
      await until(() => changes.length === 1, 2000, 'the finger’s move');
      expect(changes[0]).to.include({ kind: 'move', cause: 'pointer' });
      expect(byId(el, 'c')?.start).to.equal('2021-09-01');
      // Held still for 0.7 s (45 frames of 16 ms): an event is added there.
      const at = plotPoint(el, 0.3, 0.85);
      await sendTouch(Array.from({ length: 45 }, () => [at]), 16);
      await until(() => changes.some((c) => c.kind === 'add'), 3000, 'the addition');
      expect(changes.at(-1)).to.include({ kind: 'add', cause: 'pointer' });
    } finally {
      await setTouch(false);
    }
  });

  it('a refused change leaves everything as it was, and says why; an adjusted one is made as adjusted', async () => {
    const { el } = await editable();
    await selectByClick(el, 'a');
    const before = el.events;
    const refuse = (e: CustomEvent<ChangeDetail>) => { e.preventDefault(); };
    el.addEventListener('sahel-change', refuse);
    await chord('Alt+ArrowRight');
    await until(() => notice(el).includes('did not allow'), 2000, 'the refusal');
    expect(el.events, 'the same array').to.equal(before);
    expect(el.selected).to.equal('a');
    el.removeEventListener('sahel-change', refuse);
    // The page adjusts: every move lands on the first of the month.
    const adjust = (e: CustomEvent<ChangeDetail>) => {
      const after = e.detail.after;
      if (after) e.detail.after = { ...after, start: after.start.slice(0, 7) as TimelineEvent['start'] };
    };
    el.addEventListener('sahel-change', adjust);
    await chord('Alt+ArrowRight');
    await until(() => byId(el, 'a')?.start === '2021-04', 2000, 'the adjusted move');
    el.removeEventListener('sahel-change', adjust);
    // An adjustment that makes an invalid event is refused too.
    const breakIt = (e: CustomEvent<ChangeDetail>) => { e.detail.after = { id: 'a', title: '', start: '2021' }; };
    el.addEventListener('sahel-change', breakIt);
    const kept = el.events;
    await chord('Alt+ArrowRight');
    await until(() => notice(el).includes('title'), 2000, 'the refusal of a blank title');
    expect(el.events).to.equal(kept);
    el.removeEventListener('sahel-change', breakIt);
    // So is one that takes another event's id: one of the two would be lost.
    const steal = (e: CustomEvent<ChangeDetail>) => {
      const after = e.detail.after;
      if (after) e.detail.after = { ...after, id: 'c' };
    };
    el.addEventListener('sahel-change', steal);
    await chord('Alt+ArrowRight');
    await until(() => notice(el).includes('already has that id'), 2000, 'the refusal of a taken id');
    expect(el.events).to.equal(kept);
  });

  it('Ctrl+Z and Ctrl+Shift+Z give back the exact arrays, and the notice has an Undo button', async () => {
    const { el, changes } = await editable();
    const first = el.events;
    await selectByClick(el, 'a');
    await chord('Alt+ArrowRight');
    await until(() => el.events !== first, 2000, 'the first move');
    const second = el.events;
    await chord('Alt+ArrowRight');
    await until(() => el.events !== second, 2000, 'the second move');
    const third = el.events;
    await chord('Control+z');
    await until(() => el.events === second, 2000, 'undone once');
    expect(changes.at(-1)).to.include({ history: 'undo', kind: 'move' });
    await chord('Control+z');
    await until(() => el.events === first, 2000, 'undone twice');
    await chord('Control+Shift+z');
    await until(() => el.events === second, 2000, 'redone');
    expect(changes.at(-1)).to.include({ history: 'redo' });
    await chord('Control+Shift+z');
    await until(() => el.events === third, 2000, 'redone twice');
    // The notice's Undo, by pointer.
    const undo = el.renderRoot.querySelector<HTMLElement>('[part~="edit-notice"] button');
    expect(undo?.textContent).to.equal('Undo');
    await clickOn(undo as HTMLElement);
    await until(() => el.events === second, 2000, 'undone by the button');
    expect(changes.at(-1)).to.include({ history: 'undo', cause: 'pointer' });
  });

  it('Delete removes the selected event and the Remove button does the same by pointer; undo brings it back', async () => {
    const { el, changes } = await editable();
    await selectByClick(el, 'a');
    await press('Delete');
    await until(() => byId(el, 'a') === undefined, 2000, 'removed by key');
    expect(changes.at(-1)).to.include({ kind: 'remove', cause: 'keyboard' });
    expect(el.selected).to.equal(null);
    await chord('Control+z');
    await until(() => byId(el, 'a') !== undefined, 2000, 'back');
    await selectByClick(el, 'c');
    const remove = [...el.renderRoot.querySelectorAll<HTMLElement>('.edit-actions button')].find((b) => b.textContent === 'Remove') as HTMLElement;
    await clickOn(remove);
    await until(() => byId(el, 'c') === undefined, 2000, 'removed by pointer');
    expect(changes.at(-1)).to.include({ kind: 'remove', cause: 'pointer' });
  });

  it('a double-click on the empty plot adds an event there and opens its form; Insert adds one from the keyboard', async () => {
    const { el, changes } = await editable();
    const at = plotPoint(el, 0.5, 0.85);
    await sendDoubleClick(at);
    await until(() => changes.length === 1, 2000, 'the addition');
    expect(changes[0]).to.include({ kind: 'add', cause: 'pointer', before: null });
    const added = changes[0]?.after as TimelineEvent;
    expect(added.start, 'the month under the pointer, at the axis precision').to.match(/^2021-(06|07)$/);
    await until(() => el.shadowRoot?.activeElement?.getAttribute('name') === 'title', 2000, 'the title field focused');
    await sendKeys({ type: 'Founding' });
    await press('Enter');
    await until(() => byId(el, added.id)?.title === 'Founding', 2000, 'the title saved');
    expect(changes.at(-1)).to.include({ kind: 'edit', cause: 'keyboard' });
    // Insert: the keyboard twin, in the middle of the view.
    await selectByClick(el, 'a');
    await press('Insert');
    await until(() => changes.filter((c) => c.kind === 'add').length === 2, 2000, 'the second addition');
    expect(changes.at(-1)).to.include({ kind: 'add', cause: 'keyboard' });
    expect(el.events?.length).to.equal(EVENTS.length + 2);
  });

  it('Move… then a tap places the selected event with a single pointer; Esc cancels it', async () => {
    const { el, changes } = await editable();
    await selectByClick(el, 'a');
    const move = [...el.renderRoot.querySelectorAll<HTMLElement>('.edit-actions button')].find((b) => b.textContent === 'Move…') as HTMLElement;
    await clickOn(move);
    await until(() => notice(el).includes('Choose where'), 2000, 'the prompt');
    window.scrollTo(0, 0);
    const at = plotPoint(el, 0.7, 0.85);
    await sendMouse({ type: 'click', position: [at.x, at.y] });
    await until(() => changes.length === 1, 2000, 'the move');
    expect(changes[0]).to.include({ kind: 'move', cause: 'pointer' });
    expect(byId(el, 'a')?.start, 'the month tapped, still to the day').to.match(/^2021-(0[6-9]|1[0-2])-05$/);
    await selectByClick(el, 'c');
    await clickOn([...el.renderRoot.querySelectorAll<HTMLElement>('.edit-actions button')].find((b) => b.textContent === 'Move…') as HTMLElement);
    await press('Escape');
    await until(() => notice(el).includes('cancelled'), 2000, 'cancelled');
    window.scrollTo(0, 0);
    await sendMouse({ type: 'click', position: [at.x, at.y] });
    await frames(3);
    expect(changes).to.have.length(1);
  });

  it('Enter opens the form; it refuses an end before the start in words, then saves; Esc closes it', async () => {
    const { el, changes } = await editable();
    await selectByClick(el, 'b');
    await press('Enter');
    await until(() => el.renderRoot.querySelector('[part~="edit-form"]') !== null, 2000, 'the form');
    const end = el.renderRoot.querySelector<HTMLInputElement>('[name="end"]') as HTMLInputElement;
    end.focus();
    end.select();
    await sendKeys({ type: '2021-01-01' });
    await press('Enter');
    await until(() => el.renderRoot.querySelector('.edit-error') !== null, 2000, 'the refusal');
    expect(el.renderRoot.querySelector('.edit-error')?.textContent).to.equal('The end would come before the start.');
    expect(end.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot?.activeElement, 'the focus on the field to fix').to.equal(end);
    expect(end.value, 'what the reader typed stays').to.equal('2021-01-01');
    expect(changes).to.have.length(0);
    end.select();
    await sendKeys({ type: '2021-07' });
    await press('Enter');
    await until(() => byId(el, 'b')?.end === '2021-07', 2000, 'saved');
    expect(changes[0]).to.include({ kind: 'edit' });
    expect(el.renderRoot.querySelector('[part~="edit-form"]')).to.equal(null);
    await press('Enter');
    await until(() => el.renderRoot.querySelector('[part~="edit-form"]') !== null, 2000, 'the form again');
    await press('Escape');
    await until(() => el.renderRoot.querySelector('[part~="edit-form"]') === null, 2000, 'closed');
    expect(el.selected, 'Esc closes the form, not the details').to.equal('b');
  });

  it('with lanes, Alt+↓ moves the event to the lane below and a drag moves it to another lane', async () => {
    const { el, changes, h } = await editable('group-by="category"');
    await selectByClick(el, 'a');
    await chord('Alt+ArrowDown');
    await until(() => byId(el, 'a')?.category !== 'politics', 2000, 'the lane move');
    expect(changes.at(-1)).to.include({ kind: 'move', cause: 'keyboard' });
    const lane = byId(el, 'a')?.category;
    expect(lane).to.equal('military');
    await until(() => live(el).includes('lane'), 2000, 'said');
    // Back up by pointer: a drag from lane to lane.
    const from = centre(markEl(el, 'c').querySelector('.glyph') as Element);
    const target = h.lanes().find((l) => !l.marks.some((m) => m.id === 'c'));
    expect(target?.name).to.equal('Military');
    const box = target?.box as DOMRect;
    await mouseDrag(from, { x: from.x, y: Math.round(box.top + box.height / 2) });
    await until(() => byId(el, 'c')?.category !== 'politics', 2000, 'the dragged lane move');
    expect(changes.at(-1)).to.include({ kind: 'move', cause: 'pointer' });
    expect(byId(el, 'c')?.start, 'the date stays').to.equal('2021-08-01');
  });

  it('events with editable: false and those canEdit refuses stay as they are', async () => {
    const { el, changes } = await editable();
    el.canEdit = (e, kind) => !(e?.id === 'c' && kind === 'remove');
    await selectByClick(el, 'd');
    expect(el.renderRoot.querySelector('.edit-actions'), 'no editing buttons on a locked event').to.equal(null);
    await chord('Alt+ArrowRight');
    await until(() => notice(el).includes('cannot be changed'), 2000, 'refused');
    expect(byId(el, 'd')?.start).to.equal('2021-10-15');
    await selectByClick(el, 'c');
    const labels = [...el.renderRoot.querySelectorAll('.edit-actions button')].map((b) => b.textContent);
    expect(labels).to.deep.equal(['Edit', 'Move…']);
    await press('Delete');
    await frames(3);
    expect(byId(el, 'c')).to.not.equal(undefined);
    expect(changes).to.have.length(0);
  });

  it('the edited data leaves as it came: CSV, TimelineJS3 and JSON write the change', async () => {
    const { el } = await editable();
    await selectByClick(el, 'a');
    await chord('Alt+ArrowRight');
    await until(() => byId(el, 'a')?.start === '2021-04-05', 2000, 'the move');
    const events = el.events ?? [];
    expect(eventsToCsv(events)).to.include('a,2021-04-05');
    expect(JSON.stringify(toTimelineJS({ events }))).to.include('"unique_id":"a","start_date":{"year":2021,"month":4,"day":5}');
    expect(JSON.parse(JSON.stringify(events))).to.deep.include({ id: 'a', title: 'Alpha', start: '2021-04-05', category: 'politics' });
  });

  it('a zoom after a drag still draws on the gesture canvas', async () => {
    const { el, changes } = await editable();
    const from = centre(markEl(el, 'c').querySelector('.glyph') as Element);
    await mouseDrag(from, { x: Math.round(from.x + monthPx(el)), y: from.y });
    await until(() => changes.length === 1, 2000, 'the drag');
    // As after any press on a mark, the focus is on it, and a gesture moves the buttons with
    // it; from the plot, the canvas draws it.
    (el.renderRoot.querySelector('[part~="plot"]') as HTMLElement).focus();
    const at = plotPoint(el, 0.5);
    const span = el.visibleRange.endTime - el.visibleRange.startTime;
    await sendWheel({ x: at.x, y: at.y, deltaY: -200, modifiers: ['Control'] });
    await until(() => el.renderRoot.querySelector('.plot')?.classList.contains('inking') === true, 2000, 'the canvas drawing');
    await until(() => el.visibleRange.endTime - el.visibleRange.startTime < span * 0.9, 2000, 'the zoom');
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const locale of ['en', 'fr']) {
      it(`axe finds nothing in edit mode with the form open (${scheme}, ${locale})`, async () => {
        await editChunk.load();
        const el = await mount(EVENTS, `editable locale="${locale}" theme="${scheme}"`, 'reduce', scheme, WIDTH);
        await until(() => el.renderRoot.querySelector('[part~="edit-bar"]') !== null && el.wordsReady, 3000, 'the edit bar');
        await selectByClick(el, 'b');
        await expectNoViolations(el);
        await press('Enter');
        await until(() => el.renderRoot.querySelector('[part~="edit-form"]') !== null, 2000, 'the form');
        if (locale === 'fr') expect(el.renderRoot.querySelector('#edit-heading')?.textContent).to.equal('Modifier l’événement');
        // With a refusal showing too.
        const title = el.renderRoot.querySelector<HTMLInputElement>('[name="title"]') as HTMLInputElement;
        title.select();
        await press('Backspace');
        await press('Enter');
        await until(() => el.renderRoot.querySelector('.edit-error') !== null, 2000, 'the refusal');
        await expectNoViolations(el);
      });
    }
  }
});
