/**
 * The editor (`editable`), in the editing chunk: every change a reader makes goes through
 * `commit`, whatever made it (a drag, a key, the form, Move…, Remove, Undo): the page's test
 * (`editable: false`, `canEdit`), `sahel-change` (cancelable, adjustable), the event checked,
 * a new `events` array, the history, and one sentence said in the reader's language with a
 * brief notice to undo it. The keys are read here; the pointer in edit-pointer.ts; the form,
 * the bar and the details' buttons are drawn by edit-render.ts.
 */
import type { ReactiveController } from 'lit';
import type { ElementHost, ViewPort } from '../controllers/host.js';
import { readPartialDate } from '../dataset/dates.js';
import type { TimelineEvent } from '../dataset/types.js';
import { TimelineEvents, type ChangeDetail, type ChangeKind, type SelectCause } from '../events.js';
import { laneField as listField, type ShownLane } from '../layout/lanes.js';
import type { PreparedTimeline } from '../layout/prepare.js';
import type { CategoryTable } from '../render/glyphs.js';
import type { Words } from '../strings.js';
import type { EditStrings } from '../strings-edit.js';
import { applyChange, freshId, indexOf, moveEvent, refusalOf, resizeEvent, withLane, type EventChange, type Refusal } from './edit-changes.js';
import { dateAt, largerUnit, precisionOf, snapUnit, tickSnap, type SnapUnit } from './edit-dates.js';
import { EditHistory, type HistoryStep } from './edit-history.js';
import { saveForm, type FormValues } from './edit-form.js';
import { editKey } from './edit-keys.js';
import { EditPointer } from './edit-pointer.js';
import { changeSentence, editWords, fillIn } from './edit-words.js';

/** The element as the editor sees it: its properties, its words and the reader's language. */
export interface EditHost extends ElementHost {
  readonly words: Words;
  readonly readerLanguage: string;
}

/** What the editor reads and does besides the element's properties. */
export interface EditInputs {
  /** The events as the page gave them (else as loaded from `src`, or the built-in ones): what an edit changes. */
  list: () => readonly TimelineEvent[];
  /** Every valid event, prepared (in the reader's language). */
  all: () => PreparedTimeline;
  port: ViewPort;
  /** How far apart the axis's ticks are, in milliseconds. */
  tickStep: () => number;
  /** The lanes when grouped, and the one the focus is in. */
  lanes: () => { readonly list: readonly ShownLane[]; readonly active: number } | undefined;
  /** The field lanes group by: undefined without lanes, '' when a page's function groups them. */
  laneField: () => string | undefined;
  /** The focus moves into lane `index`. */
  enterLane: (index: number) => void;
  looks: () => CategoryTable;
  select: (id: string | null, cause: SelectCause) => void;
  /** Moves the roving focus to an event (bringing it into view). */
  focusEvent: (id: string) => void;
  /** Says a sentence once to screen readers. */
  announce: (text: string) => void;
}

/** How long the notice of a change stays (unless it holds the focus), in milliseconds. */
const NOTICE_MS = 10_000;

export class Editor implements ReactiveController {
  readonly history = new EditHistory();
  /** The event whose form is open, and what the form refused. */
  formFor: string | null = null;
  formErrors: Readonly<Record<string, string>> = {};
  /** What the form held when it was refused (it is drawn again as the reader typed it). */
  formDraft: FormValues | undefined;
  /** Move…: the event the next tap on the plot moves there. */
  moving: string | null = null;
  /** The brief notice: what was done (with Undo) or refused. */
  notice: { readonly text: string; readonly undo: boolean } | undefined;
  /** Changes whenever what the editor draws in the details does (their guard reads it). */
  version = 0;
  /** An element to focus once drawn (a selector in the shadow root). */
  focusNext: string | undefined;
  private noticeTimer = 0;
  /** `events` as the editor last saw it: another list from the page clears the history. */
  private known: unknown;
  private wordsOf: [Words, EditStrings] | undefined;
  readonly pointer: EditPointer;

  constructor(
    readonly host: EditHost,
    readonly inputs: EditInputs,
    private readonly made: (list: readonly TimelineEvent[]) => void,
  ) {
    this.pointer = new EditPointer(this);
    this.known = host.events;
    host.addController(this);
  }

  /** The editing words in the element's language. */
  get words(): EditStrings {
    const w = this.host.words;
    if (this.wordsOf?.[0] !== w) this.wordsOf = [w, editWords(w)];
    return this.wordsOf[1];
  }

  hostConnected(): void {
    // Capturing: before the plot's keys and the details' Esc, which these keys take over.
    this.host.addEventListener('keydown', this.onKey, true);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKey, true);
    this.pointer.detach();
    clearTimeout(this.noticeTimer);
  }

  hostUpdate(): void {
    const { events } = this.host;
    if (events === this.known) return;
    // The page gave other events: the history was of the old ones.
    if (events !== this.history.undoable?.after && events !== this.history.redoable?.before) this.history.clear();
    this.known = events;
  }

  hostUpdated(): void {
    const plot = this.host.editable && this.host.orientation !== 'vertical' ? this.host.renderRoot.querySelector<HTMLElement>('.plot') : null;
    this.pointer.attach(plot);
    if (this.focusNext !== undefined) {
      const target = this.host.renderRoot.querySelector<HTMLElement>(this.focusNext);
      if (target) {
        this.focusNext = undefined;
        target.focus();
        if (target instanceof HTMLInputElement) target.select();
      }
    }
  }

  /** The page's own event with this id (what an edit starts from), if any. */
  eventOf(id: string | null): TimelineEvent | undefined {
    if (id === null) return undefined;
    const list = this.inputs.list();
    const shown = this.shown(id);
    const at = shown ? indexOf(list, shown) : -1;
    return list[at];
  }

  /** The event as shown (validated, in the reader's language). */
  shown(id: string): TimelineEvent | undefined {
    const all = this.inputs.all();
    const order = all.orderOf.get(id);
    return order === undefined ? undefined : all.events[order]?.event;
  }

  /** Whether the page lets the reader make this kind of change to `e` (null: an addition). */
  allowed(e: TimelineEvent | null, kind: ChangeKind): boolean {
    if (!this.host.editable || e?.editable === false) return false;
    try {
      return this.host.canEdit?.(e, kind) ?? true;
    } catch (error) {
      console.warn('<sahel-timeline> canEdit threw; the change is not allowed.', error);
      return false;
    }
  }

  /** The unit a date moves by at the current zoom (`larger`: Alt+Page Up and Page Down's). */
  unit(iso: string, larger = false): SnapUnit {
    const read = readPartialDate(iso);
    const u = snapUnit(this.inputs.tickStep(), typeof read === 'string' ? 'day' : read.precision);
    return larger ? largerUnit(u) : u;
  }

  /**
   * Makes a change, if the page allows it: `sahel-change` first (a listener may refuse it or
   * adjust `after`), then the event checked, a new `events` array, the history, and a
   * sentence said. True when it was made.
   */
  commit(kind: ChangeKind, before: TimelineEvent | null, proposed: TimelineEvent | null, cause: 'pointer' | 'keyboard'): boolean {
    const w = this.words;
    if (!this.allowed(before, kind)) return this.refuse(before ? fillIn(w.refused.locked, { title: before.title }) : w.refused.page);
    const detail: ChangeDetail = { kind, before, after: proposed, cause };
    if (!this.ask(detail)) return this.refuse(w.refused.page);
    const after = detail.after;
    const list = this.inputs.list();
    // An id another event holds (a listener's adjustment) would cost one of the two.
    const taken = after !== null && after.id !== before?.id && this.inputs.all().orderOf.has(after.id);
    const wrong: Refusal | undefined = taken ? 'taken' : after ? refusalOf(after) : undefined;
    if (wrong) return this.refuse(w.refused[wrong]);
    const change: EventChange = { kind, before, after };
    const next = applyChange(list, change);
    this.history.push({ change, before: list, after: next });
    this.show(next, this.sentence(change), true);
    return true;
  }

  /** Takes the last change back (`redo`: makes the last one undone again). */
  undo(cause: 'pointer' | 'keyboard', redo = false): void {
    const w = this.words;
    const step: HistoryStep | undefined = redo ? this.history.redoable : this.history.undoable;
    if (!step) {
      this.say(redo ? w.nothingToRedo : w.nothingToUndo, false);
      return;
    }
    const { change } = step;
    const inverse: ChangeKind = change.kind === 'add' ? 'remove' : change.kind === 'remove' ? 'add' : change.kind;
    const detail: ChangeDetail = redo
      ? { ...change, cause, history: 'redo' }
      : { kind: inverse, before: change.after, after: change.before, cause, history: 'undo' };
    if (!this.ask(detail)) {
      this.refuse(w.refused.page);
      return;
    }
    if (redo) this.history.redo();
    else this.history.undo();
    this.show(redo ? step.after : step.before, fillIn(redo ? w.redone : w.undone, { change: this.sentence(change) }), this.history.undoable !== undefined);
  }

  /** Fires `sahel-change`: false when the page refused the change. */
  private ask(detail: ChangeDetail): boolean {
    return this.host.dispatchEvent(new CustomEvent(TimelineEvents.change, { detail, bubbles: true, composed: true, cancelable: true }));
  }

  /** Shows `list` as the events, says `text`, and offers Undo in the notice when `undoable`. */
  private show(list: readonly TimelineEvent[], text: string, undoable: boolean): void {
    this.made(list);
    this.known = list;
    this.host.events = list;
    this.say(text, undoable);
  }

  /** Says a change, or why it was not made, once, and shows it in the notice for a while. */
  say(text: string, undo: boolean): void {
    this.inputs.announce(text);
    this.notice = { text, undo };
    this.version++;
    clearTimeout(this.noticeTimer);
    const hide = () => {
      // Never while the reader is on its Undo button.
      if (this.host.renderRoot.querySelector('.edit-notice')?.matches(':focus-within')) {
        this.noticeTimer = window.setTimeout(hide, NOTICE_MS);
        return;
      }
      this.notice = undefined;
      this.version++;
      this.host.requestUpdate();
    };
    this.noticeTimer = window.setTimeout(hide, NOTICE_MS);
    this.host.requestUpdate();
  }

  private refuse(text: string): false {
    this.say(text, false);
    return false;
  }

  /** Says why a change a pointer made was refused. */
  refuseFor(reason: Refusal): void { this.refuse(this.words.refused[reason]); }

  /** Selects an event, as the pointer's doing. */
  select(id: string): void { this.inputs.select(id, 'pointer'); }

  /** The sentence that says a change. */
  private sentence(change: EventChange): string {
    return changeSentence(change, this.words, this.host.words, (before, after) => {
      const was = this.laneValues(before);
      return this.inputs.lanes()?.list.find((l) => l.id !== '' && this.laneValues(after).includes(l.id) && !was.includes(l.id))?.label;
    });
  }

  /** The values an event's lane field holds. */
  private laneValues(e: TimelineEvent): string[] {
    const v: unknown = (e as unknown as Record<string, unknown>)[listField(this.inputs.laneField() ?? '')];
    return (Array.isArray(v) ? v : [v]).filter((x) => x !== undefined && x !== null).map((x) => String(x).trim());
  }

  /** The index of the lane `id` is in: the one the focus is in if it is there, else its first. */
  laneOf(id: string): number | undefined {
    const g = this.inputs.lanes();
    if (!g) return undefined;
    const order = this.inputs.all().orderOf.get(id);
    // A lane's own positions among all the events (its timeline's orderOf is all of them).
    const has = (l: ShownLane | undefined) => order !== undefined && l?.orders.includes(order) === true;
    if (has(g.list[g.active])) return g.active;
    const i = g.list.findIndex(has);
    return i < 0 ? undefined : i;
  }

  /** `e` moved from lane `from` to lane `to` (indices of the lanes as shown), or why not. */
  inLane(e: TimelineEvent, from: number | undefined, to: number | undefined): TimelineEvent | Refusal {
    const g = this.inputs.lanes();
    const field = this.inputs.laneField();
    if (from === undefined || to === undefined || from === to || !g) return e;
    const a = g.list[from];
    const b = g.list[to];
    if (!a || !b) return e;
    if (!field) return 'lanes';
    return withLane(e, listField(field), a.id, b.id);
  }

  /** Adds an event at `time`, in lane `lane` if any, and opens its form. */
  add(time: number, lane: number | undefined, cause: 'pointer' | 'keyboard'): void {
    if (!this.allowed(null, 'add')) {
      this.refuse(this.words.refused.page);
      return;
    }
    const taken = new Set(this.inputs.all().events.map((p) => p.event.id));
    const base: TimelineEvent = { id: freshId(taken), title: this.words.untitled, start: dateAt(time, precisionOf(tickSnap(this.inputs.tickStep()))) };
    const g = this.inputs.lanes();
    const target = lane === undefined ? undefined : g?.list[lane];
    const field = this.inputs.laneField();
    const event = target && target.id !== '' && field ? withLane(base, listField(field), '', target.id) : base;
    if (!this.commit('add', null, event, cause)) return;
    const added = this.history.undoable?.change.after;
    if (!added) return;
    if (lane !== undefined) this.inputs.enterLane(lane);
    this.inputs.select(added.id, cause);
    this.openForm(added.id);
  }

  /** Opens the form on an event, its title field focused. */
  openForm(id: string): void {
    this.moving = null;
    this.focusNext = '.edit-form [name="title"]';
    this.setForm(id);
  }

  /** Closes the form; the focus goes back to the event. */
  closeForm(): void {
    const id = this.formFor;
    this.setForm(null);
    if (id !== null) this.inputs.focusEvent(id);
  }

  private setForm(id: string | null): void {
    this.formFor = id;
    this.formErrors = {};
    this.formDraft = undefined;
    this.version++;
    this.host.requestUpdate();
  }

  /** The form's Save: the event as the form says, or what the reader must fix first. */
  save(id: string, values: FormValues, cause: 'pointer' | 'keyboard'): void {
    saveForm(this, id, values, cause);
  }

  /** Move…: the next tap on the plot places the selected event. */
  startMove(id: string): void {
    const e = this.eventOf(id);
    if (!e || !this.allowed(e, 'move')) {
      this.refuse(this.words.refused.locked.replace('{title}', e?.title ?? id));
      return;
    }
    this.moving = id;
    this.say(this.words.movePrompt.replace('{title}', this.shown(id)?.title ?? e.title), false);
  }

  /** Move… ends, placed or not. */
  endMove(cancelled: boolean): void {
    if (this.moving === null) return;
    const id = this.moving;
    this.moving = null;
    if (cancelled) {
      this.say(this.words.moveCancelled, false);
      this.inputs.focusEvent(id);
    }
    this.host.requestUpdate();
  }

  /** Removes an event. */
  remove(id: string, cause: 'pointer' | 'keyboard'): void {
    const e = this.eventOf(id);
    if (!e) return;
    if (this.formFor === id) this.formFor = null;
    if (this.commit('remove', e, null, cause) && this.host.selected === id) this.inputs.select(null, cause);
  }

  /** Moves an event by `by` units in time (`larger`: by the larger step), or its end (`side`). */
  stepTime(id: string, by: number, larger: boolean, side?: 'start' | 'end'): void {
    const e = this.eventOf(id);
    if (!e) return;
    const kind: ChangeKind = side ? 'resize' : 'move';
    const iso = side === 'end' ? (e.end ?? e.start) : e.start;
    const u = this.unit(iso, larger);
    const after = side ? resizeEvent(e, u, by, side) : moveEvent(e, u, by);
    if (typeof after === 'string') this.refuse(this.words.refused[after]);
    else if (after !== e && this.commit(kind, e, after, 'keyboard')) this.inputs.focusEvent(id);
  }

  /** Moves an event to the lane above (-1) or below (1). */
  stepLane(id: string, by: 1 | -1): void {
    const e = this.eventOf(id);
    const g = this.inputs.lanes();
    const from = this.laneOf(id);
    if (!e || !g || from === undefined) return;
    const to = from + by;
    if (to < 0 || to >= g.list.length) return;
    const after = this.inLane(e, from, to);
    if (typeof after === 'string') {
      this.refuse(this.words.refused[after]);
      return;
    }
    if (this.commit('move', e, after, 'keyboard')) {
      this.inputs.enterLane(to);
      this.inputs.focusEvent(id);
    }
  }

  private readonly onKey = (e: KeyboardEvent): void => { editKey(this, e); };
}
