// The search keystroke figure (#14): a search typed into the element's box, key by key, each
// key's work timed from the key down to the end of what it set off.
import { SEARCH_TEXT } from './options.mjs';
import { fmt, sleep } from './stats.mjs';

/** Types SEARCH_TEXT into the search box; the keys' times go into `result.searchKeys`, what is left drawn into `result.searchShown`. */
export async function measureSearch(page, label, result) {
  await page.evaluate(() => window.bench.focusSearch());
  // A reader who clicks into the box takes a moment before the first key: the index is
  // built in short tasks meanwhile (a first key sooner finishes it, and pays for that).
  await sleep(300);
  const keys = [];
  for (const key of SEARCH_TEXT) {
    await page.evaluate(() => window.bench.armSearch());
    await page.keyboard.type(key);
    keys.push(await page.evaluate(() => window.bench.searchDone()));
  }
  result.searchKeys = keys;
  console.log(`  ${label}: search keys ${keys.map((k) => fmt(k, 0)).join(', ')} ms`);
  result.searchShown = await page.evaluate(() => window.bench.renderedCount());
}
