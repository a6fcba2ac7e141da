/**
 * d3-zoom for a Lit host, along the time axis only: wheel, pinch, drag, one-finger pan,
 * double-click and glides, with the page keeping its scroll. d3-zoom itself is a chunk
 * (zoom-gestures.ts), loaded when the page is first idle after the timeline is drawn, or as
 * soon as the reader points at, touches, wheels over or focuses the plot; the transform, the
 * methods, glides, swipes and a wheel's pans are this module's, and work before it comes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import { constrainTransform, type AxisTransform } from '../layout/scale.js';
import { axisZoom, zoomIdentity, type ZoomValue } from '../layout/zoom-transform.js';
import { zoomChunk } from './chunks.js';
import type { ZoomGestures, ZoomLimits } from './zoom-gestures.js';
import { wheelDelta } from './wheel.js';

export interface ZoomControllerOptions {
  /** Whether a plain vertical wheel zooms (the `wheel-zoom` attribute). */
  wheelZoom: () => boolean;
  /** Called when a plain vertical wheel is left to scroll the page. */
  onScrollPassThrough?: () => void;
  /** Called on every change of transform, from a gesture, a glide or a method. */
  onZoom?: (transform: ZoomValue, userGesture: boolean) => void;
  /**
   * Called when the reader starts a wheel, drag or pinch gesture (true) and when it ends
   * (false): a wheel gesture ends 150 ms after its last notch, a drag when the button is let go.
   */
  onGesture?: (active: boolean) => void;
  /**
   * Called on each change of transform before the host is asked to update; returning true
   * says the view was drawn without it (a gesture drawn on the canvas).
   */
  drawn?: () => boolean;
}

/** The plot, with the transform d3-zoom reads from it. */
type Plot = HTMLElement & { __zoom?: ZoomValue };

const POINTER_EVENTS = ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'] as const;

/** What a reader does first over the plot, which asks for d3-zoom's chunk at once (and a wheel). */
const FIRST_INPUTS = ['pointerenter', 'pointerdown', 'touchstart', 'focusin'] as const;

/** How long after the timeline is drawn the chunk is asked for where idle callbacks do not exist (Safari). */
const IDLE_FALLBACK_MS = 1000;

/** How long after its last event a wheel gesture ends (d3-zoom's wheelDelay). */
const WHEEL_IDLE_MS = 150;

/** Milliseconds a glide takes when the reader has not asked for reduced motion. */
const GLIDE_MS = 450;

/**
 * Wraps d3-zoom for a Lit host, along the x axis only. The page keeps its scroll: only
 * ctrl/cmd + wheel (and trackpad pinch, which sends ctrl + wheel) zooms unless
 * `wheelZoom()` says otherwise; a horizontal wheel or shift + wheel pans. Listeners live
 * only while the host is connected.
 */
export class ZoomController implements ReactiveController {
  /** The current transform; `k` is relative to the fitted view. */
  transform: ZoomValue = zoomIdentity;
  /**
   * A wheel, drag or pinch gesture of the reader's (not a glide): `pending` from the wheel
   * notch, button or fingers that started it, `moving` once it has moved the view (a click
   * never does).
   */
  private gesture: 'pending' | 'moving' | undefined;
  /**
   * A gesture d3 does not see, which this controller turns into pans: a one-finger swipe, a
   * horizontal wheel. d3 starts and ends a zoom around each of its steps; the gesture lasts
   * until the finger lifts, or 150 ms after the last wheel (as d3's own wheel gestures do).
   */
  private own = false;
  private ownTimer = 0;
  /** The animation frame of a glide under way. */
  private glideFrame = 0;
  /** Where the glide under way ends, if one is. */
  heading: AxisTransform | undefined;
  private width = 0;
  /** The viewport and the zoom and pan limits. */
  private limits: ZoomLimits = { extent: [[0, 0], [1, 1]], scaleExtent: [0, Infinity], translateExtent: [[-Infinity, 0], [Infinity, 1]] };
  /** d3-zoom's gestures, once its chunk has come. */
  private gestures: ZoomGestures | undefined;
  /** The idle callback (or timer) that will ask for the chunk. */
  private idleAsk = 0;
  private target: Plot | undefined;
  private readonly onWheel = (event: WheelEvent) => {
    this.handleWheel(event);
  };
  /** The one finger panning the view, and where it was. */
  private finger: { id: number; x: number } | undefined;
  private readonly onPointer = (event: PointerEvent) => {
    this.handleFinger(event);
  };
  /** A double-click, or a double tap (read by the gestures' chunk). */
  private readonly onDoubleClick = (event: MouseEvent) => {
    if (this.target) this.scaleBy(event.shiftKey ? 0.5 : 2, this.along(event, this.target));
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomControllerOptions,
  ) {
    host.addController(this);
  }

  /** Whether a gesture of the reader's is moving the view. */
  get moving(): boolean {
    return this.gesture === 'moving';
  }

  /** d3 starts a gesture (or a method's move, with no source event). */
  private started(source: Event | null): void {
    if (source == null) return;
    // The reader takes over from a glide.
    this.interrupt();
    this.gesture ??= 'pending';
  }

  /** The view moved: by d3, a glide, a method or a pan of this controller's. */
  private zoomed(t: ZoomValue, source: Event | null): void {
    if (this.gesture === 'pending' && (source != null || this.own)) {
      this.gesture = 'moving';
      this.options.onGesture?.(true);
    }
    this.transform = t;
    this.options.onZoom?.(t, source != null);
    if (this.options.drawn?.() !== true) this.host.requestUpdate();
  }

  /** Moves the view to `t` as a method does (no source event): through d3 once it listens. */
  private moveTo(t: ZoomValue): void {
    const el = this.target;
    if (!el) return;
    if (this.gestures) this.gestures.transform(el, t);
    else {
      el.__zoom = t;
      this.zoomed(t, null);
    }
  }

  private beginOwn(): void {
    this.interrupt();
    this.gesture ??= 'pending';
    this.own = true;
  }

  private endOwn(): void {
    clearTimeout(this.ownTimer);
    this.ownTimer = 0;
    if (!this.own) return;
    this.own = false;
    this.endGesture();
  }

  private endGesture(): void {
    const was = this.gesture;
    this.gesture = undefined;
    if (was !== 'moving') return;
    // The view's owner brings its buttons back (after a rest): no update of its own here.
    this.options.onGesture?.(false);
  }

  private wheelZooms(event: WheelEvent): boolean {
    const vertical = Math.abs(event.deltaY) >= Math.abs(event.deltaX) && !event.shiftKey;
    return vertical && (event.ctrlKey || event.metaKey || this.options.wheelZoom());
  }

  private handleWheel(event: WheelEvent): void {
    const el = this.target;
    if (!el) return;
    if (this.wheelZooms(event)) {
      // Every zooming wheel over the plot is the timeline's, at its zoom limits too (where
      // d3-zoom lets it through): the page must not zoom (ctrl + wheel) or scroll instead.
      event.preventDefault();
      if (this.gestures) return;
      // d3-zoom has not come yet: the notch zooms the view at once, around the pointer, as d3
      // would (a step, not a gesture).
      this.load();
      this.scaleBy(2 ** wheelDelta(event), this.along(event, el), false);
      return;
    }
    const dx = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.shiftKey ? event.deltaY : 0;
    if (dx !== 0) {
      event.preventDefault();
      const px = dx * (event.deltaMode === 1 ? 16 : event.deltaMode ? 400 : 1);
      this.beginOwn();
      clearTimeout(this.ownTimer);
      this.ownTimer = window.setTimeout(() => { this.endOwn(); }, WHEEL_IDLE_MS);
      this.panBy(-px);
    } else if (event.deltaY !== 0) {
      this.options.onScrollPassThrough?.();
    }
  }

  /**
   * One-finger horizontal pan on touch screens. With `touch-action: pan-y` the browser keeps
   * vertical swipes (and cancels the pointer when it scrolls); sideways moves come here.
   */
  private handleFinger(event: PointerEvent): void {
    // Time down the plot: one finger scrolls the page; two pinch and pan (d3).
    if (event.pointerType !== 'touch' || this.limits.vertical) return;
    if (event.type === 'pointerdown') {
      this.finger = event.isPrimary ? { id: event.pointerId, x: event.clientX } : undefined;
    } else if (event.type === 'pointermove') {
      if (this.finger?.id !== event.pointerId) return;
      const dx = event.clientX - this.finger.x;
      this.finger.x = event.clientX;
      if (dx !== 0) {
        this.beginOwn();
        this.panBy(dx);
      }
    } else if (this.finger?.id === event.pointerId) {
      this.finger = undefined;
      this.endOwn();
    }
  }

  /** Attaches to the element that receives the gestures. */
  attach(el: HTMLElement): void {
    if (this.target === el) return;
    this.detach();
    this.target = el;
    this.target.__zoom = this.transform;
    this.listen();
  }

  private listen(): void {
    const el = this.target;
    if (!el) return;
    el.addEventListener('dblclick', this.onDoubleClick);
    el.addEventListener('wheel', this.onWheel, { passive: false });
    for (const type of POINTER_EVENTS) el.addEventListener(type, this.onPointer);
    if (zoomChunk.loaded) {
      this.listenWithD3();
      return;
    }
    // d3-zoom is fetched when the page is first idle after the timeline is drawn, or at once
    // when the reader comes to the plot before that: a pointer over it, a finger or a wheel on
    // it, the focus in it. A pinch that starts before it has come is the page's.
    for (const type of FIRST_INPUTS) el.addEventListener(type, this.load, { passive: true });
    if (!this.idleAsk) {
      const w = window as Partial<Window>;
      this.idleAsk = w.requestIdleCallback ? w.requestIdleCallback(this.load, { timeout: 5000 }) : window.setTimeout(this.load, IDLE_FALLBACK_MS);
    }
  }

  /** Asks for d3-zoom's chunk; it listens on the plot when it comes, if the host is still connected. */
  private readonly load = (): void => {
    this.stopAsking();
    if (this.gestures) return;
    void zoomChunk.load().then(() => {
      // Not while the host is away: it listens again when it comes back.
      if (this.target?.isConnected) this.listenWithD3();
    });
  };

  private stopAsking(): void {
    const w = window as Partial<Window>;
    if (w.cancelIdleCallback) w.cancelIdleCallback(this.idleAsk);
    else clearTimeout(this.idleAsk);
    this.idleAsk = 0;
    for (const type of FIRST_INPUTS) this.target?.removeEventListener(type, this.load);
  }

  /** d3-zoom listens on the plot, from the transform the view has now. */
  private listenWithD3(): void {
    const el = this.target;
    const m = zoomChunk.loaded;
    if (!el || !m) return;
    this.stopAsking();
    this.gestures ??= m.zoomGestures({
      wheelZooms: (event) => this.wheelZooms(event),
      wheelDelta: (event) => wheelDelta(event),
      doubleTap: (event) => { this.onDoubleClick(event); },
      start: (source) => { this.started(source); },
      zoom: (t, source) => { this.zoomed(t, source); },
      end: () => { if (!this.own) this.endGesture(); },
    });
    this.gestures.limits(this.limits);
    this.gestures.listen(el, this.transform);
  }

  private detach(): void {
    const el = this.target;
    if (!el) return;
    this.interrupt();
    this.stopAsking();
    this.gestures?.unlisten(el);
    el.removeEventListener('dblclick', this.onDoubleClick);
    el.removeEventListener('wheel', this.onWheel);
    for (const type of POINTER_EVENTS) el.removeEventListener(type, this.onPointer);
    this.finger = undefined;
    this.endOwn();
    this.endGesture();
  }

  /** Where a pointer event is along the time axis, in the plot's pixels. */
  private along(event: MouseEvent, el: HTMLElement): number {
    const box = el.getBoundingClientRect();
    return this.limits.vertical ? event.clientY - box.top - el.clientTop : event.clientX - box.left - el.clientLeft;
  }

  /** Sets the plot's length along time (`width`) and across it, the zoom and pan limits, and which way time runs. */
  setLimits(width: number, height: number, scaleExtent: [number, number], translateExtent: [[number, number], [number, number]], vertical = false): void {
    const h = Math.max(1, height);
    this.width = width;
    this.limits = { extent: [[0, 0], [width, h]], scaleExtent, translateExtent: [[translateExtent[0][0], 0], [translateExtent[1][0], h]], vertical };
    this.gestures?.limits(this.limits);
  }

  /** `t` brought within the zoom and pan limits along the time axis, as d3-zoom's constrain does. */
  private constrained(t: ZoomValue): ZoomValue {
    const c = constrainTransform(t, this.limits, this.width);
    return c.k === t.k && c.x === t.x ? t : axisZoom(c.k, c.x);
  }

  /** Moves to a transform, gliding unless `animate` is false or the reader prefers reduced motion. */
  transformTo(t: AxisTransform, animate = true): void {
    const next = axisZoom(t.k, t.x);
    if (!this.target) {
      this.transform = next;
      this.host.requestUpdate();
      return;
    }
    this.glide(next, GLIDE_MS, this.width / 2, animate);
  }

  /**
   * Moves to `next` along d3's smooth zoom path (van Wijk and Nuij) around the pixel `x`, in
   * `ms`, one zoom event a frame; at once when `animate` is false or the reader prefers
   * reduced motion. d3-transition would do the same, but it brings d3-color and generic
   * interpolators (a third of the first load's d3) for this one tween.
   */
  private glide(next: ZoomValue, ms: number, x: number, animate: boolean): void {
    if (!this.target) return;
    this.interrupt();
    if (!animate || (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches)) {
      this.moveTo(next);
      return;
    }
    const from = this.transform;
    const w = Math.max(1, this.width);
    const path = interpolateZoom([from.invertX(x), 0, w / from.k], [next.invertX(x), 0, w / next.k]);
    const began = performance.now();
    this.heading = next;
    const frame = (now: number) => {
      const t = Math.min(1, Math.max(0, (now - began) / ms));
      const [center, , width] = path(easeCubicInOut(t));
      const k = w / width;
      this.glideFrame = t < 1 ? requestAnimationFrame(frame) : 0;
      if (t >= 1) this.heading = undefined;
      this.moveTo(t < 1 ? axisZoom(k, x - center * k) : next);
    };
    this.glideFrame = requestAnimationFrame(frame);
  }

  /** Sets the transform at once and quietly: no zoom event, no glide (for resizes and new data). */
  jumpTo(t: AxisTransform): void {
    this.interrupt();
    this.transform = axisZoom(t.k, t.x);
    if (this.target && this.gestures) this.gestures.set(this.target, this.transform);
    else if (this.target) this.target.__zoom = this.transform;
  }

  /** Zooms by `factor` around the pixel `x` (the middle when omitted). */
  scaleBy(factor: number, x?: number, animate = true): void {
    if (!this.target) return;
    const at = x ?? this.width / 2;
    // Where d3's scaleBy would go: the scale limits, then the pan limits.
    const t = this.transform;
    const [min, max] = this.limits.scaleExtent;
    const k = Math.min(max, Math.max(min, t.k * factor));
    this.glide(this.constrained(axisZoom(k, at - t.invertX(at) * k)), GLIDE_MS / 2, at, animate);
  }

  /** Pans by `dx` screen pixels, within the pan limits (d3's translateBy). */
  panBy(dx: number): void {
    if (!this.target) return;
    const t = this.transform;
    this.moveTo(this.constrained(t.translate(dx / t.k, 0)));
  }

  /** Stops a glide in progress. */
  interrupt(): void {
    cancelAnimationFrame(this.glideFrame);
    this.glideFrame = 0;
    this.heading = undefined;
  }

  hostConnected(): void {
    if (this.target) this.listen();
  }

  hostDisconnected(): void {
    this.detach();
  }
}
