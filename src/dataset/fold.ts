/**
 * Text folded for matching, so that case and accents do not count ("bamako" finds "Bamako",
 * "senegal" finds "Sénégal"): shared by the search index and by reading country names.
 */
const NON_ASCII = /[^\0-\x7f]/;
const MARKS = /\p{M}/gu;

/** Text folded for matching: lower case, accents and other combining marks removed. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Most text is ASCII: the Unicode decomposition is only paid for where it can change something.
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}
