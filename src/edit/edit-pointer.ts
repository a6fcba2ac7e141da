/**
 * Editing by pointer, on the plot (across only): drag an event to move it in time and between
 * lanes, drag a span's end to resize it, double-click (or, on a touch screen, press and hold)
 * the plot to add an event there, and Move…'s tap that places the selected event. A drag moves
 * a ghost of the mark and says the date it would get; nothing is laid out again until it ends,
 * so a step costs the same at 100 events as at 100,000. The zoom's drag, pinch and double-click
 * never see an edit's pointer.
 */
import type { ViewPort } from '../controllers/host.js';
import type { TimelineEvent } from '../dataset/types.js';
import type { ChangeKind } from '../events.js';
import { formatEventDate } from '../layout/format.js';
import type { Words } from '../strings.js';
import { moveEvent, resizeEvent, type Refusal } from './edit-changes.js';
import { interval, stepsTowards, type SnapUnit } from './edit-dates.js';

/** What the pointer asks of the editor. */
export interface PointerEdits {
  readonly host: { readonly selected: string | null; readonly words: Words; readonly editable: boolean };
  readonly inputs: { readonly port: ViewPort; lanes: () => { readonly list: readonly unknown[]; readonly active: number } | undefined };
  readonly moving: string | null;
  eventOf(id: string): TimelineEvent | undefined;
  allowed(e: TimelineEvent | null, kind: ChangeKind): boolean;
  unit(iso: string): SnapUnit;
  laneOf(id: string): number | undefined;
  inLane(e: TimelineEvent, from: number | undefined, to: number | undefined): TimelineEvent | Refusal;
  commit(kind: ChangeKind, before: TimelineEvent | null, after: TimelineEvent | null, cause: 'pointer'): boolean;
  add(time: number, lane: number | undefined, cause: 'pointer'): void;
  endMove(cancelled: boolean): void;
  select(id: string): void;
  refuseFor(reason: Refusal): void;
}

/** A pointer that moves this far (px) is dragging, not clicking. */
const DRAG_PX = 4;
/** Within this far (px) of a span's end, a drag resizes it. */
const EDGE_PX = 8;
/** A finger held this long (ms) without moving adds an event. */
const HOLD_MS = 600;

interface Drag {
  readonly pointer: number;
  readonly id: string;
  readonly before: TimelineEvent;
  readonly mode: 'move' | 'end';
  readonly x0: number;
  readonly y0: number;
  readonly mark: HTMLElement;
  /** The box dragged (the bar, else the glyph), relative to the plot. */
  readonly box: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
  readonly lane: number | undefined;
  readonly unit: SnapUnit;
  started: boolean;
  ghost?: HTMLElement;
  bubble?: HTMLElement;
  after?: TimelineEvent | Refusal;
  laneTo?: number | undefined;
}

export class EditPointer {
  private plot: HTMLElement | null = null;
  private drag: Drag | undefined;
  private hold: { readonly pointer: number; readonly x: number; readonly y: number; readonly timer: number } | undefined;

  constructor(private readonly edits: PointerEdits) {}

  /** Listens on `plot` (null: on none). */
  attach(plot: HTMLElement | null): void {
    if (plot === this.plot) return;
    this.detach();
    this.plot = plot;
    if (!plot) return;
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'mousedown', 'dblclick'] as const) plot.addEventListener(type, this.on, true);
  }

  detach(): void {
    this.cancel();
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'mousedown', 'dblclick'] as const) this.plot?.removeEventListener(type, this.on, true);
    this.plot = null;
  }

  /** Esc during a drag puts the event back. */
  private readonly onEscape = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.drag?.started) return;
    e.preventDefault();
    e.stopPropagation();
    this.cancel();
  };

  private readonly on = (e: Event): void => {
    if (!this.edits.host.editable) return;
    if (e.type === 'dblclick') this.doubleClick(e as MouseEvent);
    else if (e.type === 'mousedown') {
      // The zoom's drag must not start under an edit's drag.
      if (this.drag) e.stopPropagation();
    } else this.pointer(e as PointerEvent);
  };

  /** Where a pointer is on the plot, and the instant and lane there. */
  private at(e: MouseEvent): { x: number; y: number; time: number; lane: number | undefined } {
    const plot = this.plot as HTMLElement;
    const box = plot.getBoundingClientRect();
    const x = e.clientX - box.left - plot.clientLeft;
    const y = e.clientY - box.top - plot.clientTop;
    let lane: number | undefined;
    for (const el of plot.querySelectorAll<HTMLElement>('.lane[data-lane]')) {
      const r = el.getBoundingClientRect();
      if (e.clientY >= r.top && e.clientY < r.bottom) lane = Number(el.dataset.lane);
    }
    return { x, y, time: this.edits.inputs.port.scale().invert(x), lane };
  }

  /** Whether a pointer is on nothing of the plot's own to press (empty plot, a lane's band). */
  private static empty(target: EventTarget | null): boolean {
    return target instanceof Element && target.closest('.event, .cluster, button, a, input, .era-title') === null;
  }

  private doubleClick(e: MouseEvent): void {
    if (!EditPointer.empty(e.composedPath()[0] ?? null)) return;
    // The plot's own double-click zooms; here it adds.
    e.stopImmediatePropagation();
    e.preventDefault();
    const p = this.at(e);
    this.edits.add(p.time, p.lane, 'pointer');
  }

  private pointer(e: PointerEvent): void {
    switch (e.type) {
      case 'pointerdown':
        this.down(e);
        break;
      case 'pointermove':
        if (this.hold?.pointer === e.pointerId && Math.hypot(e.clientX - this.hold.x, e.clientY - this.hold.y) > 8) this.stopHold();
        if (this.drag?.pointer === e.pointerId) {
          e.stopPropagation();
          this.move(e);
        }
        break;
      case 'pointerup':
        this.stopHold();
        if (this.drag?.pointer === e.pointerId) this.up(e);
        break;
      default:
        this.stopHold();
        if (this.drag?.pointer === e.pointerId) this.cancel();
    }
  }

  private down(e: PointerEvent): void {
    if (e.button !== 0 || !e.isPrimary) return;
    const target = e.composedPath()[0] ?? null;
    const edits = this.edits;
    // Move…: this tap says where the event goes.
    if (edits.moving !== null) {
      e.stopPropagation();
      e.preventDefault();
      this.place(edits.moving, e);
      return;
    }
    const mark = target instanceof Element ? target.closest<HTMLElement>('.event') : null;
    if (!mark) {
      if (e.pointerType === 'touch' && EditPointer.empty(target)) {
        const timer = window.setTimeout(() => {
          this.hold = undefined;
          const p = this.at(e);
          edits.add(p.time, p.lane, 'pointer');
        }, HOLD_MS);
        this.hold = { pointer: e.pointerId, x: e.clientX, y: e.clientY, timer };
      }
      return;
    }
    const id = mark.dataset.id ?? '';
    const before = edits.eventOf(id);
    // A finger drags only the selected event: on any other, it pans the view as ever.
    if (!before || (e.pointerType === 'touch' && edits.host.selected !== id)) return;
    const bar = mark.querySelector<HTMLElement>('.bar');
    const shape = (bar ?? mark.querySelector<HTMLElement>('.glyph') ?? mark).getBoundingClientRect();
    // A span's end resizes it when pressed on its bar; anywhere else (its glyph stands on its
    // start) moves it. Its start alone is the form's.
    const onBar = bar !== null && target instanceof Element && target.closest('.bar') === bar;
    const mode = onBar && e.clientX >= shape.right - EDGE_PX ? 'end' : 'move';
    if (!edits.allowed(before, mode === 'move' ? 'move' : 'resize')) return;
    const plot = (this.plot as HTMLElement).getBoundingClientRect();
    e.stopPropagation();
    this.drag = {
      pointer: e.pointerId,
      id,
      before,
      mode,
      x0: e.clientX,
      y0: e.clientY,
      mark,
      box: { left: shape.left - plot.left, top: shape.top - plot.top, width: shape.width, height: shape.height },
      lane: edits.laneOf(id),
      unit: edits.unit(mode === 'end' ? (before.end ?? before.start) : before.start),
      started: false,
    };
  }

  private move(e: PointerEvent): void {
    const d = this.drag as Drag;
    const dx = e.clientX - d.x0;
    if (!d.started) {
      if (Math.hypot(dx, e.clientY - d.y0) < DRAG_PX) return;
      this.begin(d, e);
    }
    const { port } = this.edits.inputs;
    const scale = port.scale();
    const dt = scale.invert(dx) - scale.invert(0);
    const iso = d.mode === 'end' ? (d.before.end ?? d.before.start) : d.before.start;
    const [from = 0] = interval(iso) ?? [];
    const k = stepsTowards(iso, d.unit, from + dt);
    const timed = d.mode === 'move' ? moveEvent(d.before, d.unit, k) : resizeEvent(d.before, d.unit, k, d.mode);
    d.laneTo = d.mode === 'move' && d.lane !== undefined ? (this.at(e).lane ?? d.lane) : d.lane;
    d.after = typeof timed === 'string' ? timed : this.edits.inLane(timed, d.lane, d.laneTo);
    this.paint(d);
  }

  /** The drag starts: the mark fades, a ghost and its date follow the pointer. */
  private begin(d: Drag, e: PointerEvent): void {
    const plot = this.plot as HTMLElement;
    d.started = true;
    plot.setPointerCapture(e.pointerId);
    window.addEventListener('keydown', this.onEscape, true);
    d.mark.classList.add('dragged');
    const ghost = document.createElement('div');
    ghost.className = 'edit-ghost';
    ghost.setAttribute('part', 'edit-ghost');
    const bubble = document.createElement('div');
    bubble.className = 'edit-bubble';
    bubble.setAttribute('part', 'edit-bubble');
    // Said when the drag ends; drawn meanwhile.
    bubble.setAttribute('aria-hidden', 'true');
    ghost.setAttribute('aria-hidden', 'true');
    plot.append(ghost, bubble);
    d.ghost = ghost;
    d.bubble = bubble;
  }

  /** Draws the ghost where the event would go, and the date it would get. */
  private paint(d: Drag): void {
    const { ghost, bubble, after, box } = d;
    if (!ghost || !bubble) return;
    const scale = this.edits.inputs.port.scale();
    const ok = after !== undefined && typeof after !== 'string';
    const a = ok ? interval(after.start) : undefined;
    const b = ok ? interval(after.end ?? after.start) : undefined;
    const s = interval(d.before.start);
    const t = interval(d.before.end ?? d.before.start);
    let left = box.left;
    let width = box.width;
    if (a && b && s && t) {
      if (d.mode === 'move') left += scale(a[0]) - scale(s[0]);
      else width += scale(b[1]) - scale(t[1]);
    }
    let top = box.top;
    if (d.laneTo !== undefined && d.laneTo !== d.lane && this.plot) {
      const lanes = this.plot.querySelectorAll<HTMLElement>('.lane[data-lane]');
      const from = [...lanes].find((l) => Number(l.dataset.lane) === d.lane)?.getBoundingClientRect();
      const to = [...lanes].find((l) => Number(l.dataset.lane) === d.laneTo)?.getBoundingClientRect();
      if (from && to) top += to.top - from.top;
    }
    ghost.style.transform = `translate(${String(left)}px, ${String(top)}px)`;
    ghost.style.width = `${String(Math.max(6, width))}px`;
    ghost.style.height = `${String(box.height)}px`;
    ghost.classList.toggle('refused', !ok);
    const { words } = this.edits.host;
    // Text only, never markup: the date as the reader's language writes it.
    bubble.textContent = ok ? formatEventDate(after, words.locale, 'short', words.strings.since, words.strings) : '×';
    bubble.style.transform = `translate(${String(Math.max(0, left))}px, ${String(Math.max(0, top - 26))}px)`;
  }

  private up(e: PointerEvent): void {
    const d = this.drag as Drag;
    e.stopPropagation();
    const { after, started } = d;
    this.cancel();
    if (!started || after === undefined) return;
    if (typeof after === 'string') {
      this.edits.refuseFor(after);
      return;
    }
    // The click that ends a drag selects nothing else.
    this.plot?.addEventListener('click', (c) => { c.stopPropagation(); }, { capture: true, once: true });
    const laneMoved = d.laneTo !== d.lane;
    const kind: ChangeKind = d.mode === 'move' || laneMoved ? 'move' : 'resize';
    if (after.start === d.before.start && after.end === d.before.end && !laneMoved) return;
    if (this.edits.commit(kind, d.before, after, 'pointer') && this.edits.host.selected !== d.id) this.edits.select(d.id);
  }

  /** Move…'s tap: the event goes to the date (at its own precision) and the lane tapped. */
  private place(id: string, e: PointerEvent): void {
    const edits = this.edits;
    const before = edits.eventOf(id);
    if (!before) {
      edits.endMove(true);
      return;
    }
    const p = this.at(e);
    const u = edits.unit(before.start);
    const k = stepsTowards(before.start, u, p.time);
    const timed = moveEvent(before, u, k);
    const after = typeof timed === 'string' ? timed : edits.inLane(timed, edits.laneOf(id), p.lane ?? edits.laneOf(id));
    edits.endMove(false);
    if (typeof after === 'string') edits.refuseFor(after);
    else edits.commit('move', before, after, 'pointer');
  }

  private stopHold(): void {
    if (this.hold) clearTimeout(this.hold.timer);
    this.hold = undefined;
  }

  /** Ends a drag without a change: the ghost goes, the mark comes back. */
  cancel(): void {
    this.stopHold();
    const d = this.drag;
    this.drag = undefined;
    if (!d) return;
    window.removeEventListener('keydown', this.onEscape, true);
    d.ghost?.remove();
    d.bubble?.remove();
    d.mark.classList.remove('dragged');
    if (d.started && this.plot?.hasPointerCapture(d.pointer)) this.plot.releasePointerCapture(d.pointer);
  }
}
