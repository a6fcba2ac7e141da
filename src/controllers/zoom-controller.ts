/**
 * d3-zoom for a Lit host, along the time axis only: wheel, pinch, drag, one-finger pan,
 * double-click and glides, with the page keeping its scroll.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { AxisTransform } from '../layout/scale.js';

export interface ZoomControllerOptions {
  /** Whether a plain vertical wheel zooms (the `wheel-zoom` attribute). */
  wheelZoom: () => boolean;
  /** Called when a plain vertical wheel is left to scroll the page. */
  onScrollPassThrough?: () => void;
  /** Called on every change of transform, from a gesture, a glide or a method. */
  onZoom?: (transform: ZoomTransform, userGesture: boolean) => void;
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

type Target = Selection<HTMLElement, unknown, null, undefined>;

const POINTER_EVENTS = ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'] as const;

/** How long after its last event a wheel gesture ends (d3-zoom's wheelDelay). */
const WHEEL_IDLE_MS = 150;

/** Milliseconds a glide takes when the reader has not asked for reduced motion. */
const GLIDE_MS = 450;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Wraps d3-zoom for a Lit host, along the x axis only. The page keeps its scroll: only
 * ctrl/cmd + wheel (and trackpad pinch, which sends ctrl + wheel) zooms unless
 * `wheelZoom()` says otherwise; a horizontal wheel or shift + wheel pans. Listeners live
 * only while the host is connected.
 */
export class ZoomController implements ReactiveController {
  /** The current transform; `k` is relative to the fitted view. */
  transform: ZoomTransform = zoomIdentity;
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
  private width = 0;
  /** The viewport, as d3-zoom's extent. */
  private extent: [[number, number], [number, number]] = [[0, 0], [1, 1]];
  readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private target: Target | undefined;
  private readonly onWheel = (event: WheelEvent) => {
    this.handleWheel(event);
  };
  /** The one finger panning the view, and where it was. */
  private finger: { id: number; x: number } | undefined;
  private readonly onPointer = (event: PointerEvent) => {
    this.handleFinger(event);
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomControllerOptions,
  ) {
    host.addController(this);
    this.behavior = zoom<HTMLElement, unknown>()
      // Always listen for touches: d3's default looks at navigator.maxTouchPoints when it
      // attaches, which some hybrid devices (and emulated touch) report as 0 at that time.
      .touchable(() => true)
      .filter((event: Event) => {
        if (event instanceof WheelEvent) return this.wheelZooms(event);
        // One finger belongs to the page (vertical scroll) and to our own horizontal pan
        // below; d3 takes over once two fingers are down, to pinch.
        if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
        // d3's default: no secondary buttons, no ctrl-click (a context menu on macOS).
        const e = event as MouseEvent;
        return !e.ctrlKey && !e.button;
      })
      .wheelDelta((event: WheelEvent) => {
        const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
        // A mouse notch (a delta of about 100 pixels) zooms by about 1.4; pinch gestures
        // arrive as ctrl + wheel with small deltas, and get more weight per pixel.
        const boost = event.ctrlKey && Math.abs(event.deltaY) < 50 ? 5 : 2.5;
        return -event.deltaY * unit * boost;
      })
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (event.sourceEvent == null) return;
        // The reader takes over from a glide.
        this.interrupt();
        this.gesture ??= 'pending';
      })
      .on('end', () => {
        if (!this.own) this.endGesture();
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (this.gesture === 'pending' && (event.sourceEvent != null || this.own)) {
          this.gesture = 'moving';
          this.options.onGesture?.(true);
        }
        this.transform = event.transform;
        this.options.onZoom?.(event.transform, event.sourceEvent != null);
        if (this.options.drawn?.() !== true) this.host.requestUpdate();
      });
  }

  /** Whether a gesture of the reader's is moving the view. */
  get moving(): boolean {
    return this.gesture === 'moving';
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
    if (!this.target || this.wheelZooms(event)) return;
    const dx = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.shiftKey ? event.deltaY : 0;
    if (dx !== 0) {
      event.preventDefault();
      const px = dx * (event.deltaMode === 1 ? 16 : event.deltaMode ? 400 : 1);
      this.beginOwn();
      clearTimeout(this.ownTimer);
      this.ownTimer = window.setTimeout(() => { this.endOwn(); }, WHEEL_IDLE_MS);
      this.behavior.translateBy(this.target, -px / this.transform.k, 0);
    } else if (event.deltaY !== 0) {
      this.options.onScrollPassThrough?.();
    }
  }

  /**
   * One-finger horizontal pan on touch screens. With `touch-action: pan-y` the browser keeps
   * vertical swipes (and cancels the pointer when it scrolls); sideways moves come here.
   */
  private handleFinger(event: PointerEvent): void {
    if (event.pointerType !== 'touch') return;
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
    if (this.target?.node() === el) return;
    this.detach();
    this.target = select(el);
    this.target.property('__zoom', this.transform);
    this.listen();
  }

  private listen(): void {
    if (!this.target) return;
    this.target.call(this.behavior).on('dblclick.zoom', null);
    this.target.on('dblclick.sahel', (event: MouseEvent) => {
      if (!this.target) return;
      const rect = this.target.node()?.getBoundingClientRect();
      const x = event.clientX - (rect?.left ?? 0);
      this.scaleBy(event.shiftKey ? 0.5 : 2, x);
    });
    const node = this.target.node();
    node?.addEventListener('wheel', this.onWheel, { passive: false });
    for (const type of POINTER_EVENTS) node?.addEventListener(type, this.onPointer);
  }

  private detach(): void {
    if (!this.target) return;
    this.interrupt();
    this.target.on('.zoom', null).on('.sahel', null);
    const node = this.target.node();
    node?.removeEventListener('wheel', this.onWheel);
    for (const type of POINTER_EVENTS) node?.removeEventListener(type, this.onPointer);
    this.finger = undefined;
    this.endOwn();
    this.endGesture();
  }

  /** Sets the viewport size and the zoom and pan limits. */
  setLimits(width: number, height: number, scaleExtent: [number, number], translateExtent: [[number, number], [number, number]]): void {
    this.width = width;
    this.extent = [
      [0, 0],
      [width, Math.max(1, height)],
    ];
    this.behavior
      .extent(this.extent)
      .scaleExtent(scaleExtent)
      .translateExtent([
        [translateExtent[0][0], 0],
        [translateExtent[1][0], Math.max(1, height)],
      ]);
  }

  /** Moves to a transform, gliding unless `animate` is false or the reader prefers reduced motion. */
  transformTo(t: AxisTransform, animate = true): void {
    const next = zoomIdentity.translate(t.x, 0).scale(t.k);
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
  private glide(next: ZoomTransform, ms: number, x: number, animate: boolean): void {
    const target = this.target;
    if (!target) return;
    this.interrupt();
    if (!animate || prefersReducedMotion()) {
      this.behavior.transform(target, next);
      return;
    }
    const from = this.transform;
    const w = Math.max(1, this.width);
    const path = interpolateZoom([from.invertX(x), 0, w / from.k], [next.invertX(x), 0, w / next.k]);
    const began = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, Math.max(0, (now - began) / ms));
      const [center, , width] = path(easeCubicInOut(t));
      const k = w / width;
      this.glideFrame = t < 1 ? requestAnimationFrame(frame) : 0;
      this.behavior.transform(target, t < 1 ? zoomIdentity.translate(x - center * k, 0).scale(k) : next);
    };
    this.glideFrame = requestAnimationFrame(frame);
  }

  /** Sets the transform at once and quietly: no zoom event, no glide (for resizes and new data). */
  jumpTo(t: AxisTransform): void {
    this.interrupt();
    this.transform = zoomIdentity.translate(t.x, 0).scale(t.k);
    this.target?.property('__zoom', this.transform);
  }

  /** Zooms by `factor` around the pixel `x` (the middle when omitted). */
  scaleBy(factor: number, x?: number, animate = true): void {
    if (!this.target) return;
    const at = x ?? this.width / 2;
    // Where d3's scaleBy would go: the scale limits, then the pan limits.
    const t = this.transform;
    const [min, max] = this.behavior.scaleExtent();
    const k = Math.min(max, Math.max(min, t.k * factor));
    const moved = zoomIdentity.translate(at - t.invertX(at) * k, 0).scale(k);
    const next = this.behavior.constrain()(moved, this.extent, this.behavior.translateExtent());
    this.glide(next, GLIDE_MS / 2, at, animate);
  }

  /** Pans by `dx` screen pixels. */
  panBy(dx: number): void {
    if (this.target) this.behavior.translateBy(this.target, dx / this.transform.k, 0);
  }

  /** Stops a glide in progress. */
  interrupt(): void {
    cancelAnimationFrame(this.glideFrame);
    this.glideFrame = 0;
  }

  hostConnected(): void {
    if (this.target) this.listen();
  }

  hostDisconnected(): void {
    this.detach();
  }
}
