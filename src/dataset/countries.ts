/**
 * Country names and lower-case codes read as ISO 3166-1 alpha-2 codes, where one is meant.
 */
import { foldText } from './fold.js';

const CODE = /^[A-Z]{2}$/;

/** Case, accents (folded as the search folds them), spacing and the kind of apostrophe do not tell two names apart. */
const nameKey = (s: string): string => foldText(s).replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();

/** Withdrawn ISO 3166-1 codes that ICU names after the countries now coded otherwise ("HV": "Burkina Faso"). */
const WITHDRAWN = 'AN BU CS DD DY FX HV NH RH SU TP UK VD YD YU ZR';

/** Lower-case codes and English names to codes; `null` where one name stands for two codes. */
let byName: Map<string, string | null> | undefined;

function namesToCodes(): Map<string, string | null> {
  if (byName) return byName;
  const map = new Map<string, string | null>();
  byName = map;
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  } catch {
    return map;
  }
  const add = (key: string, code: string) => {
    const known = map.get(key);
    map.set(key, known === undefined || known === code ? code : null);
  };
  // Built once, on the first name that is not a code: most datasets never need it.
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        continue;
      }
      if (!name || name === code || /^unknown/i.test(name)) continue;
      // Withdrawn codes (FX, HV) are named after the codes that replaced them: not a second
      // country of that name. Chromium and Firefox canonicalize them to their replacements;
      // WebKit does not, hence the list (ISO 3166-3's codes that ICU still names).
      if (WITHDRAWN.includes(code) || Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      add(code.toLowerCase(), code);
      add(nameKey(name), code);
    }
  }
  return map;
}

/**
 * The ISO 3166-1 alpha-2 code a country is written as: an upper-case code as it is, a
 * lower-case code (`"ml"`) or an English name (`"France"`, `"cote d'ivoire"`) read as its
 * code; `undefined` when the text names no country, or more than one.
 * @internal
 */
export function readCountry(value: string): string | undefined {
  if (CODE.test(value)) return value;
  return namesToCodes().get(nameKey(value)) ?? undefined;
}
