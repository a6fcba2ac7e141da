// d3-ease, as far as the standalone bundle needs it: the one easing glides use
// (src/controllers/zoom-controller.ts), as d3-ease writes it. The real module builds its
// polynomial, back and elastic easings with calls at its top level, which rollup cannot
// prove unused, so all of them (about 0.5 KB gzipped) rode along in the first load.
export function easeCubicInOut(t) {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}
