/** A wheel event read as the zoom reads it. Pure. */

/** How far a zooming wheel event zooms, as a power of 2. */
export function wheelDelta(event: Pick<WheelEvent, 'deltaMode' | 'deltaY' | 'ctrlKey'>): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  // A mouse notch (a delta of about 100 pixels) zooms by about 1.4; pinch gestures
  // arrive as ctrl + wheel with small deltas, and get more weight per pixel.
  const boost = event.ctrlKey && Math.abs(event.deltaY) < 50 ? 5 : 2.5;
  return -event.deltaY * unit * boost;
}
