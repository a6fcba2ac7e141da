/**
 * Country names written the way the reader's language writes them, with `Intl`
 * objects made once per language (they are slow to make, and the details render often).
 * A locale `Intl` cannot read falls back to the browser's.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DisplayNames | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DisplayNames | Intl.ListFormat>(
  key: string,
  make: (locale: string | undefined) => T,
  locale: string | undefined,
): T {
  const k = `${key}|${locale ?? ''}`;
  let f = cache.get(k) as T | undefined;
  if (!f) {
    try {
      f = make(locale);
    } catch {
      f = make(undefined);
    }
    cache.set(k, f);
  }
  return f;
}

/**
 * A country's name in the reader's language: "ML" reads "Mali". Anything that is not a
 * two-letter region code `Intl` knows stays as given.
 */
export function countryName(code: string, locale: string | undefined): string {
  // ZZ is CLDR's "Unknown Region": a name that would hide what the data said.
  if (!/^[A-Za-z]{2}$/.test(code) || code.toUpperCase() === 'ZZ') return code;
  try {
    return cached('r', (l) => new Intl.DisplayNames(l, { type: 'region', fallback: 'none' }), locale).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Countries by name in the reader's language, as a list: ["SD", "RU"] reads "Sudan, Russia". */
export function formatCountries(countries: readonly string[], locale: string | undefined): string {
  return cached('l', (l) => new Intl.ListFormat(l, { type: 'unit', style: 'short' }), locale).format(countries.map((c) => countryName(c, locale)));
}
