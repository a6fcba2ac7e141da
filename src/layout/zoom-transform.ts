/**
 * A zoom transform, as d3-zoom's transform.js has it: an immutable value, so that the view
 * has its zoom (and keys, glides and links move it) before d3-zoom's chunk has come, and
 * d3-zoom takes it over when it does. Pure.
 */
import type { ZoomScale, ZoomTransform } from 'd3-zoom';

/**
 * A zoom transform as the view holds one: d3-zoom's (which its gestures make) or ours (which
 * methods and glides make), the same members either way.
 */
export type ZoomValue = Omit<ZoomTransform, 'scale' | 'translate'> & {
  scale(k: number): ZoomValue;
  translate(x: number, y: number): ZoomValue;
};

/** Scales by `k`, then translates by `x` and `y`: a point p is shown at p × k + (x, y). */
export class Zoom implements ZoomValue {
  constructor(
    readonly k: number,
    readonly x: number,
    readonly y: number,
  ) {}

  scale(k: number): Zoom {
    return k === 1 ? this : new Zoom(this.k * k, this.x, this.y);
  }

  translate(x: number, y: number): Zoom {
    return x === 0 && y === 0 ? this : new Zoom(this.k, this.x + this.k * x, this.y + this.k * y);
  }

  apply(point: [number, number]): [number, number] {
    return [this.applyX(point[0]), this.applyY(point[1])];
  }

  applyX(x: number): number {
    return x * this.k + this.x;
  }

  applyY(y: number): number {
    return y * this.k + this.y;
  }

  invert(location: [number, number]): [number, number] {
    return [this.invertX(location[0]), this.invertY(location[1])];
  }

  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  invertY(y: number): number {
    return (y - this.y) / this.k;
  }

  rescaleX<S extends ZoomScale>(x: S): S {
    // d3's own: the scale's copy over the domain its range shows now (copy() is typed loosely).
    return x.copy().domain(x.range().map((p) => x.invert(this.invertX(p)))) as S;
  }

  rescaleY<S extends ZoomScale>(y: S): S {
    return y.copy().domain(y.range().map((p) => y.invert(this.invertY(p)))) as S;
  }

  toString(): string {
    return `translate(${String(this.x)},${String(this.y)}) scale(${String(this.k)})`;
  }
}

/** No zoom: d3-zoom's zoomIdentity. */
export const zoomIdentity = new Zoom(1, 0, 0);

/** The transform that shows the time axis at scale `k`, shifted by `x` pixels. */
export function axisZoom(k: number, x: number): Zoom {
  return new Zoom(k, x, 0);
}
