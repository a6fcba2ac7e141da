// Small helpers of the benchmark: waiting, warnings gathered for the report, medians and
// percentiles, and numbers as the tables write them.

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every warning of the run, in order: printed as it happens, and listed again in the report. */
export const warnings = [];
export function warn(message) {
  warnings.push(message);
  console.warn(`  WARNING: ${message}`);
}

/** Resolves like `promise`, or with `fallback` after `ms`. */
export function withTimeout(promise, ms, fallback) {
  let timer;
  return Promise.race([promise, new Promise((resolve) => (timer = setTimeout(() => resolve(fallback), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

export const round = (x, digits = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);
export const fmt = (x, digits = 1) => (x === null || x === undefined ? '–' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
export const fmtInt = (x) => (x === null || x === undefined ? '–' : Math.round(x).toLocaleString('en-US'));
export const fmtN = (n) => n.toLocaleString('en-US');
/** A share as a percentage, rounded down to a tenth (94.99% is not 95.0%). */
export const pct = (x) => (x === null || x === undefined ? '–' : `${fmt(Math.floor(x * 1000) / 10)}%`);
