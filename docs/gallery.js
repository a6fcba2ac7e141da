// The gallery's last example: 100,000 events made up in the browser, handed to the element
// through its `events` property when that part of the page first comes near the view.
const COUNT = 100_000;
const CATEGORIES = ['military', 'diplomacy', 'politics', 'protest', 'media', 'economy', 'violence', 'context'];
const FIRST_YEAR = 1900;
const YEARS = 125;

/** A small seeded generator (mulberry32), so every visit shows the same events. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

/** `count` events between 1900 and 2024: mostly days, a tenth spans of up to a year. */
export function generateEvents(count) {
  const next = random(2026);
  const events = new Array(count);
  for (let i = 0; i < count; i++) {
    const year = FIRST_YEAR + Math.floor(next() * YEARS);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const event = { id: `e${i}`, title: `Event ${i + 1}`, start: `${year}-${pad(month)}-${pad(day)}`, category: CATEGORIES[i % CATEGORIES.length] };
    if (next() < 0.1) {
      const months = month + Math.floor(next() * 12);
      event.end = `${year + Math.floor((months - 1) / 12)}-${pad(((months - 1) % 12) + 1)}-${pad(day)}`;
      event.kind = 'span';
    }
    events[i] = event;
  }
  return events;
}

const timeline = document.getElementById('large-timeline');
const status = document.getElementById('large-status');
if (timeline && status) {
  const draw = async () => {
    const begun = performance.now();
    timeline.events = generateEvents(COUNT);
    await timeline.updateComplete;
    requestAnimationFrame(() => {
      status.textContent = `${COUNT.toLocaleString('en-GB')} events made and drawn in ${Math.round(performance.now() - begun).toLocaleString('en-GB')} ms.`;
    });
  };
  const watcher = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      watcher.disconnect();
      draw();
    },
    { rootMargin: '400px' },
  );
  // Once the page is laid out: before, every example is at the top and would seem in view.
  if (document.readyState === 'complete') watcher.observe(timeline);
  else window.addEventListener('load', () => watcher.observe(timeline), { once: true });
}
