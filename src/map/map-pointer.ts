/**
 * The map under a pointer: a mouse or pen drags it, two fingers pinch it, Ctrl or ⌘ with the
 * wheel (or a trackpad's pinch, which browsers send so) zooms it around the pointer, a double
 * click zooms in. One finger and a plain wheel scroll the page, as they do over the timeline.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { wheelDelta } from '../controllers/wheel.js';
import { zoomAround, type MapTransform } from './map-view.js';

export interface PointerInputs {
  transform: () => MapTransform;
  set: (t: MapTransform) => void;
}

/** A drag shorter than this (CSS px) is a click. */
const SLOP = 4;

export class MapPointer implements ReactiveController {
  private box: HTMLElement | undefined;
  private readonly down = new Map<number, { x: number; y: number }>();
  private moved = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly inputs: PointerInputs,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.down.clear();
  }

  attach(box: HTMLElement): void {
    this.box = box;
    box.addEventListener('pointerdown', this.onDown);
    box.addEventListener('pointermove', this.onMove);
    box.addEventListener('pointerup', this.onUp);
    box.addEventListener('pointercancel', this.onUp);
    box.addEventListener('wheel', this.onWheel, { passive: false });
    box.addEventListener('dblclick', this.onDoubleClick);
    // A drag that ends on a mark is not a click on it.
    box.addEventListener('click', (e) => { if (this.moved) { e.stopPropagation(); e.preventDefault(); } this.moved = false; }, true);
  }

  private at(e: { clientX: number; clientY: number }): [number, number] {
    const r = this.box?.getBoundingClientRect();
    return [e.clientX - (r?.left ?? 0), e.clientY - (r?.top ?? 0)];
  }

  private readonly onDown = (e: PointerEvent): void => {
    if ((e.pointerType === 'mouse' && e.button !== 0) || (e.target as Element).closest('.controls')) return;
    this.down.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.moved = false;
  };

  private readonly onMove = (e: PointerEvent): void => {
    const last = this.down.get(e.pointerId);
    if (!last) return;
    const t = this.inputs.transform();
    if (this.down.size === 2 && e.pointerType === 'touch') {
      const other = [...this.down.entries()].find(([id]) => id !== e.pointerId)?.[1];
      if (!other) return;
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
      const [mx, my] = this.at({ clientX: (e.clientX + other.x) / 2, clientY: (e.clientY + other.y) / 2 });
      if (before > 0) this.inputs.set(zoomAround(t, after / before, mx, my));
      this.moved = true;
    } else if (e.pointerType !== 'touch') {
      const dx = e.clientX - last.x;
      const dy = e.clientY - last.y;
      if (!this.moved && Math.hypot(dx, dy) < SLOP) return;
      if (!this.moved) this.box?.setPointerCapture(e.pointerId);
      this.moved = true;
      this.box?.classList.add('panning');
      this.inputs.set({ k: t.k, x: t.x + dx, y: t.y + dy });
    } else return;
    this.down.set(e.pointerId, { x: e.clientX, y: e.clientY });
  };

  private readonly onUp = (e: PointerEvent): void => {
    this.down.delete(e.pointerId);
    this.box?.classList.remove('panning');
  };

  private readonly onWheel = (e: WheelEvent): void => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const [x, y] = this.at(e);
    this.inputs.set(zoomAround(this.inputs.transform(), 2 ** wheelDelta(e), x, y));
  };

  private readonly onDoubleClick = (e: MouseEvent): void => {
    if ((e.target as Element).closest('.controls')) return;
    const [x, y] = this.at(e);
    this.inputs.set(zoomAround(this.inputs.transform(), 2, x, y));
  };
}
