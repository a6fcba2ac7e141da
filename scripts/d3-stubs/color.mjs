// d3-color, as far as the standalone bundle needs it: not at all. d3-interpolate (which
// d3-zoom imports for its smooth zoom path) refers to d3-color's parsers in its colour
// interpolators, and rollup cannot prove those unused, so the real module (about 3.5 KB
// gzipped) would ride along. Nothing in sahel-timeline interpolates a colour; should
// anything try, it is told so.
const none = () => {
  throw new Error('sahel-timeline: colours are not interpolated in the standalone bundle');
};
export { none as color, none as rgb, none as hsl, none as lab, none as hcl, none as cubehelix };
