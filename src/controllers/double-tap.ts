/**
 * A double tap of one finger, read from pointer events: Chromium follows two taps with a
 * `dblclick`, Firefox does not, so a reader on a touch screen there could not zoom in by
 * double-tapping. Pure bookkeeping, in d3-zoom's chunk (zoom-gestures.ts), which feeds it and
 * tells the zoom controller; a double tap before the chunk has come (it is asked for at the
 * first touch) is Chromium's dblclick alone.
 */

/** The most two taps may be apart, in time (ms) and place (CSS px), as d3-zoom counts them. */
export const TAP_GAP_MS = 500;
const TAP_DISTANCE = 10;

interface Tap {
  readonly id: number;
  readonly t: number;
  readonly x: number;
  readonly y: number;
}

export class DoubleTap {
  private down: Tap | undefined;
  private last: Tap | undefined;

  /** Feeds a pointer event; true when it is the lifting of a double tap's second finger. */
  feed(e: PointerEvent): boolean {
    if (e.pointerType !== 'touch' || !e.isPrimary) return false;
    const here = { id: e.pointerId, t: e.timeStamp, x: e.clientX, y: e.clientY };
    const near = (a: Tap | undefined) => a !== undefined && Math.hypot(a.x - here.x, a.y - here.y) < TAP_DISTANCE;
    if (e.type === 'pointerdown') {
      this.down = here;
      return false;
    }
    if (e.type === 'pointermove') {
      // A finger that moves is a swipe, not a tap.
      if (this.down?.id === here.id && !near(this.down)) this.down = undefined;
      return false;
    }
    const tapped = e.type === 'pointerup' && this.down?.id === here.id && near(this.down) && here.t - this.down.t < TAP_GAP_MS;
    this.down = undefined;
    if (!tapped) {
      this.last = undefined;
      return false;
    }
    if (this.last && here.t - this.last.t < TAP_GAP_MS && near(this.last)) {
      this.last = undefined;
      return true;
    }
    this.last = here;
    return false;
  }
}
