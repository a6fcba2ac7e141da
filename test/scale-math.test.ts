import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { constrainTransform, fitWindow, transformFor, windowOf, zoomLimits } from '../src/layout/scale.js';

const DAY = 86_400_000;
const fit = fitWindow([Date.UTC(2013, 0, 11), Date.UTC(2022, 7, 15)], DAY, 0);

describe('scale', () => {
  it('windowOf(transformFor(w)) gives back w, for any window and width', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5e11, max: 5e11, noNaN: true }),
        fc.double({ min: DAY, max: 1e12, noNaN: true }),
        fc.integer({ min: 100, max: 3000 }),
        (offset, span, width) => {
          const w = { start: fit.start + offset, end: fit.start + offset + span };
          const back = windowOf(transformFor(w, fit, width), fit, width);
          expect(back.start).to.be.closeTo(w.start, span * 1e-9 + 1);
          expect(back.end).to.be.closeTo(w.end, span * 1e-9 + 1);
        },
      ),
    );
  });

  it('constrainTransform keeps the view between min-span and twice the data, and near the data', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2e12, max: 2e12, noNaN: true }),
        fc.double({ min: 1000, max: 1e13, noNaN: true }),
        fc.integer({ min: 100, max: 3000 }),
        (offset, span, width) => {
          const limits = zoomLimits(fit, DAY, width);
          const t = constrainTransform(transformFor({ start: fit.start + offset, end: fit.start + offset + span }, fit, width), limits, width);
          const w = windowOf(t, fit, width);
          const fitSpan = fit.end - fit.start;
          expect(w.end - w.start).to.be.at.least(DAY * 0.999);
          expect(w.end - w.start).to.be.at.most(fitSpan * 2 * 1.001);
          // Never further than half the fitted span beyond either end of it.
          expect(w.start).to.be.at.least(fit.start - fitSpan / 2 - fitSpan * 1e-6);
          expect(w.end).to.be.at.most(fit.end + fitSpan / 2 + fitSpan * 1e-6);
        },
      ),
    );
  });
});
