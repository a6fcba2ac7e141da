// Main-thread busy time from a Chromium trace: the measurement under every "main thread per
// step" figure. `traced` runs a function between two performance marks under a trace of the
// `toplevel` category, and adds up the page's renderer main thread's tasks between them.

/**
 * The page's renderer main thread's busy time in a trace of Chromium's `toplevel` category:
 * the union of its `RunTask` events (every task it ran: input, script, style, layout, paint,
 * and what a library defers to timers or frames), between the two marks `traced` has the page
 * set. The marks also name the thread: another renderer (a closed or first page's) can be
 * busier than the page's own during a trace.
 */
export function mainThreadBusy(buffer) {
  const { traceEvents } = JSON.parse(Buffer.from(buffer).toString('utf8'));
  const mark = (name) => traceEvents.find((e) => e.name === name && e.cat?.includes('blink.user_timing'));
  const start = mark('bench-traced-start');
  const end = mark('bench-traced-end');
  if (!start || !end) throw new Error('the trace has no bench marks: cannot tell the page\'s main thread');
  const [from, to, main] = [start.ts, end.ts, `${start.pid}:${start.tid}`];
  // The page's workers (the element paints a gesture's steps in one): reported beside, so that
  // work moved off the main thread is seen, not lost.
  const workers = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.pid === start.pid && e.args?.name === 'DedicatedWorker thread').map((e) => `${e.pid}:${e.tid}`));
  const main_ = busyOf(traceEvents, (thread) => thread === main, from, to);
  const worker = busyOf(traceEvents, (thread) => workers.has(thread), from, to);
  return { busyMs: main_.busyMs, longestTaskMs: main_.longestTaskMs, workerMs: worker.busyMs };
}

/** The union of the `RunTask` events of the threads `which` accepts, between `from` and `to`. */
function busyOf(traceEvents, which, from, to) {
  const tasks = [];
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !which(`${e.pid}:${e.tid}`)) continue;
    const a = Math.max(e.ts, from);
    const b = Math.min(e.ts + (e.dur ?? 0), to);
    if (b > a) tasks.push([a, b]);
  }
  // A nested run loop nests RunTask events: count each microsecond once.
  tasks.sort((x, y) => x[0] - y[0]);
  let busy = 0;
  let longest = 0;
  let [s, e] = tasks[0] ?? [0, 0];
  for (const [a, b] of [...tasks.slice(1), [Infinity, Infinity]]) {
    if (a <= e) {
      e = Math.max(e, b);
      continue;
    }
    busy += e - s;
    longest = Math.max(longest, e - s);
    [s, e] = [a, b];
  }
  return { busyMs: busy / 1000, longestTaskMs: longest / 1000 };
}

/**
 * Runs `fn` under a trace; returns its result and the main thread's busy time between two
 * marks the page sets just before and after it.
 */
export async function traced(page, fn) {
  await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
  let value;
  let buffer;
  try {
    await page.evaluate(() => performance.mark('bench-traced-start'));
    value = await fn();
    await page.evaluate(() => performance.mark('bench-traced-end'));
  } finally {
    buffer = await page.tracing.stop();
  }
  return { value, ...mainThreadBusy(buffer) };
}
