/**
 * ISO 8601 durations (`min-span`) read as milliseconds. Pure.
 */
const ISO_DURATION = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const UNIT_MS = [365.2425 * 86_400_000, 30.436875 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000];

/**
 * An ISO 8601 duration (`P1D`, `PT12H`, `P2W`, `P1Y6M`) in milliseconds, with years and
 * months at their mean Gregorian length. Returns `undefined` for anything else.
 */
export function parseIsoDuration(text: string): number | undefined {
  const m = ISO_DURATION.exec(text.trim());
  if (!m || text.trim() === 'P' || text.trim().endsWith('T')) return undefined;
  let ms = 0;
  for (let i = 0; i < UNIT_MS.length; i++) {
    const v = m[i + 1];
    if (v !== undefined) ms += Number(v) * (UNIT_MS[i] ?? 0);
  }
  return ms > 0 ? ms : undefined;
}
