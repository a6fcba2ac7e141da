/**
 * The zoom transform the view holds before d3-zoom's chunk has come (layout/zoom-transform.ts),
 * and the pan limits it is held to (layout/scale.ts constrainTransform), against d3-zoom's own.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { zoom, ZoomTransform } from 'd3-zoom';
import { constrainTransform, fitWindow, zoomLimits } from '../src/layout/scale.js';
import { axisZoom, Zoom, zoomIdentity } from '../src/layout/zoom-transform.js';

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const close = (a: number, b: number) => {
  expect(a).to.be.closeTo(b, 1e-9 * (1 + Math.abs(b)));
};

describe('zoom transform', () => {
  it('new Zoom(k, x, y) scales, translates, applies, inverts and rescales as d3-zoom\'s ZoomTransform does', () => {
    fc.assert(
      fc.property(finite(0.01, 1e4), finite(-1e6, 1e6), finite(-1e3, 1e3), finite(0.1, 10), finite(-1e3, 1e3), finite(-1e3, 1e3), (k, x, y, by, dx, p) => {
        const ours = new Zoom(k, x, y);
        const d3 = new ZoomTransform(k, x, y);
        for (const [a, b] of [
          [ours.scale(by), d3.scale(by)],
          [ours.translate(dx, p), d3.translate(dx, p)],
        ] as const) {
          expect(a).to.be.instanceOf(Zoom);
          close(a.k, b.k);
          close(a.x, b.x);
          close(a.y, b.y);
        }
        close(ours.applyX(p), d3.applyX(p));
        close(ours.invertX(p), d3.invertX(p));
        const [ax, ay] = ours.apply([p, dx]);
        const [bx, by_] = d3.apply([p, dx]);
        close(ax, bx);
        close(ay, by_);
        const [ix, iy] = ours.invert([p, dx]);
        const [jx, jy] = d3.invert([p, dx]);
        close(ix, jx);
        close(iy, jy);
        const scale = scaleLinear().domain([2000, 2030]).range([0, 800]);
        const [d0, d1] = ours.rescaleX(scale).domain();
        const [e0, e1] = d3.rescaleX(scale).domain();
        close(d0 ?? NaN, e0 ?? NaN);
        close(d1 ?? NaN, e1 ?? NaN);
        expect(ours.toString()).to.equal(d3.toString());
      }),
    );
  });

  it('zoomIdentity and axisZoom(k, x) are d3\'s identity and identity.translate(x, 0).scale(k)', () => {
    const parts = (t: { k: number; x: number; y: number }) => [t.k, t.x, t.y];
    expect(parts(zoomIdentity)).to.deep.equal([1, 0, 0]);
    expect(parts(axisZoom(3, -120))).to.deep.equal(parts(new ZoomTransform(1, 0, 0).translate(-120, 0).scale(3)));
  });

  it('constrainTransform(t, zoomLimits(…), width) pans a transform within the limits where d3-zoom\'s constrain does', () => {
    const fit = fitWindow([Date.UTC(2013, 0, 11), Date.UTC(2022, 7, 15)], 86_400_000, 0);
    const d3Constrain = zoom<HTMLElement, unknown>().constrain();
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 3000 }), fc.integer({ min: 50, max: 900 }), finite(0, 1), finite(-1e7, 1e7), (width, height, at, x) => {
        const limits = zoomLimits(fit, 86_400_000, width);
        const [min, max] = limits.scaleExtent;
        const k = min + at * (Math.min(max, 1e4) - min);
        const ours = constrainTransform({ k, x }, limits, width);
        const d3 = d3Constrain(
          new ZoomTransform(k, x, 0),
          [
            [0, 0],
            [width, height],
          ],
          [
            [limits.translateExtent[0][0], 0],
            [limits.translateExtent[1][0], height],
          ],
        );
        close(ours.k, d3.k);
        expect(ours.x).to.be.closeTo(d3.x, 1e-6 * (1 + Math.abs(d3.x)));
      }),
    );
  });
});
