import { expect } from '@open-wc/testing';
import { DoubleTap } from '../src/controllers/double-tap.js';

/** A touch pointer event of finger `id` at `t` ms, at (x, y). */
const touch = (type: string, t: number, x = 100, y = 100, id = 1, pointerType = 'touch') =>
  ({ type, timeStamp: t, clientX: x, clientY: y, pointerId: id, pointerType, isPrimary: true }) as unknown as PointerEvent;

/** Feeds a tap (down then up `hold` ms later) and says whether it ended a double tap. */
const tap = (taps: DoubleTap, t: number, x = 100, hold = 40, id = 1) => {
  taps.feed(touch('pointerdown', t, x, 100, id));
  return taps.feed(touch('pointerup', t + hold, x, 100, id));
};

describe('DoubleTap', () => {
  it('reads two quick taps of a finger in one place as a double tap', () => {
    const taps = new DoubleTap();
    expect(tap(taps, 0)).to.equal(false);
    expect(tap(taps, 150, 104)).to.equal(true);
    // A third tap starts counting again.
    expect(tap(taps, 300)).to.equal(false);
  });

  it('reads no double tap from taps too far apart, a finger that moved, a long press or a mouse', () => {
    expect(tap(new DoubleTap(), 0) || tap(new DoubleTap(), 0)).to.equal(false);
    const slow = new DoubleTap();
    tap(slow, 0);
    expect(tap(slow, 700)).to.equal(false);
    const apart = new DoubleTap();
    tap(apart, 0, 100);
    expect(tap(apart, 150, 140)).to.equal(false);
    const swiped = new DoubleTap();
    tap(swiped, 0);
    swiped.feed(touch('pointerdown', 150));
    swiped.feed(touch('pointermove', 170, 130));
    expect(swiped.feed(touch('pointerup', 190, 100))).to.equal(false);
    const held = new DoubleTap();
    tap(held, 0);
    expect(tap(held, 150, 100, 600)).to.equal(false);
    const mouse = new DoubleTap();
    for (const t of [0, 150]) {
      mouse.feed(touch('pointerdown', t, 100, 100, 1, 'mouse'));
      expect(mouse.feed(touch('pointerup', t + 40, 100, 100, 1, 'mouse'))).to.equal(false);
    }
  });
});
