// The benchmark's figures and report: medians over runs, work net of the empty page's floor,
// the budgets of issues #13 and #14, the legibility figures and goals of #30, the tables
// printed to the console, and the two files the run writes, bench/results.json (everything,
// raw runs included) and bench/results.md (the tables, the method, the budgets and goals; the
// docs site's Performance page shows it).
//
// `node bench/report.mjs` writes bench/results.md again from bench/results.json, without
// measuring: for a change to the report's wording.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enginesMarkdown } from './engines.mjs';
import { editMarkdown } from './edit.mjs';
import { serverMarkdown } from './server.mjs';
import { mapMarkdown } from './map.mjs';
import { storyMarkdown } from './story.mjs';
import { compare } from './legible.mjs';
import { BUDGETS, NAMES } from './options.mjs';
import { fmt, fmtInt, fmtN, median, pct, round } from './stats.mjs';

/** Median over runs of each figure (runs that did not finish are left out). */
export function summarise(runs) {
  const done = runs.filter((r) => r.ok);
  const pick = (f) => median(done.map(f));
  return {
    runs: runs.length,
    finished: done.length,
    dnf: done.length === 0 && runs.length > 0,
    mount: pick((r) => r.mount.ms),
    mountFrame1: pick((r) => r.mount.frame1),
    mountLongestTask: pick((r) => r.mount.longestTask),
    workRaw: pick((r) => r.gesture?.work),
    stepMedian: pick((r) => r.gesture?.stepMedian),
    stepP95: pick((r) => r.gesture?.stepP95),
    stepFrame1: pick((r) => r.gesture?.frame1Median),
    longestTaskMs: pick((r) => r.gesture?.longestTaskMs),
    workerWork: pick((r) => r.gesture?.workerWork),
    altWorkRaw: pick((r) => r.alt?.work),
    altStepMedian: pick((r) => r.alt?.stepMedian),
    heapMB: pick((r) => r.heapMB),
    heapBeforeMB: pick((r) => r.heapBeforeBytes / 2 ** 20),
    nodes: pick((r) => r.nodes),
    searchKeyMax: pick((r) => (r.searchKeys ? Math.max(...r.searchKeys) : null)),
    searchKeyMedian: pick((r) => (r.searchKeys ? median(r.searchKeys) : null)),
    elements: pick((r) => r.dom?.elements),
    rendered: pick((r) => r.mount.rendered),
    fitSpanDays: pick((r) => (r.fitSpanHours === null ? null : r.fitSpanHours / 24)),
    narrowestSpanDays: pick((r) => (r.narrowestSpanHours === null ? null : r.narrowestSpanHours / 24)),
  };
}

/**
 * Main-thread work net of the floor (the harness's own tasks: input, probe, CDP calls), set
 * on each size's summaries as `work` and `altWork`; gives the table's rows and the ratio.
 */
export function figures(summary, sizes, libs) {
  const floor = summary.floor;
  const net = (value, floorValue) => (value === null || floorValue === null ? null : Math.max(0, value - floorValue));
  /** The floor measured beside `n` events. */
  const floorAt = (n) => summary.floors[n] ?? floor;
  for (const n of sizes) {
    for (const lib of libs) {
      const s = summary[n][lib];
      if (!s) continue;
      s.work = net(s.workRaw, floorAt(n).workRaw);
      s.altWork = net(s.altWorkRaw, floorAt(n).altWorkRaw);
    }
  }

  /** How many times more main-thread work a step vis-timeline does; under 0.1 ms counts as 0.1 ms. */
  function workRatio(n) {
    const a = summary[n].vis;
    const b = summary[n].sahel;
    if (!a || !b || a.work === null || b.work === null) return null;
    return Math.max(a.work, 0.1) / Math.max(b.work, 0.1);
  }

  const rows = [];
  for (const n of sizes) {
    for (const lib of libs) {
      const s = summary[n][lib];
      if (s) rows.push({ n, lib, ...s, workRatio: lib === 'vis' ? workRatio(n) : null });
    }
  }
  return { rows, workRatio };
}

/** Each budget of BUDGETS that the run measured, with its value and whether it was met. */
export function checkBudgets(summary, sizes, libs, workRatio) {
  const budgets = [];
  if (libs.includes('sahel')) {
    for (const b of BUDGETS) {
      if (!sizes.includes(b.n)) continue;
      if (b.what === 'workRatio' && !libs.includes('vis')) continue;
      if (b.lib && !summary[b.n][b.lib]) continue;
      const value = b.what === 'workRatio' ? workRatio(b.n) : summary[b.n][b.lib ?? 'sahel'][b.what];
      const met = value !== null && (b.max !== undefined ? value <= b.max : value >= b.min);
      budgets.push({ ...b, value: round(value, 2), met });
    }
  }
  return budgets;
}

// Two decimals where one would hide which side of the limit a value is on (6.02 is not 6.0).
const budgetNumber = (b) => fmt(b.value, Math.abs(b.value - (b.max ?? b.min)) < 0.05 ? 2 : 1);
const budgetValue = (b) => (b.value === null ? 'no figure' : b.unit === 'x' ? `${budgetNumber(b)}x` : b.what === 'nodes' ? fmtInt(b.value) : `${budgetNumber(b)} ${b.unit}`);

/** How each figure was measured, one sentence each, for results.json and results.md. */
export function methodLines(settings, floor) {
  const { sizes, runs, notches, altSteps, warmupSteps, stepGapMs, mountCapMs, viewport, element, span, zoomWindow, trailingMs, laneSizes } = settings;
  return [
    `Datasets: ${sizes.map(fmtN).join(', ')} point events with day-precision dates spread uniformly over ${span.start} to ${span.end}, generated in each page from a seed (bench/data.mjs, so no data crosses CDP); vis-timeline gets the same events as items \`{ id, content, start }\`.`,
    `Headless Chromium, viewport ${viewport.width}×${viewport.height}, the component ${element.width}×${element.height} (for \`<sahel-timeline>\`, the element's box; vis-timeline's \`height\` option and container width); one fresh page per run, each figure the median of ${runs} runs. A library that does not mount within ${mountCapMs / 1000} s is reported as not finishing, and not run at larger sizes.`,
    'Mount: from `el.events = data` (on an element already laid out, showing no events) or `new Timeline(container, items, options)` to the second animation frame after its marks first show.',
    `Main thread per step (the headline): from the fit view the mount leaves, ${notches} ctrl + wheel notches in (deltaY −100) then ${notches} out, at the middle of the plot, sent through the browser's input pipeline, each waited for until the second animation frame after it plus ${stepGapMs} ms. The whole gesture is traced, and ${trailingMs} ms after its last step (work deferred to a gesture's end counts) (Chromium's \`toplevel\` category) and the page's renderer main thread's busy time between two \`performance.mark\`s around it (the union of its \`ThreadControllerImpl::RunTask\` events: input, script, style, layout, paint, and work deferred to timers or frames) is divided by the steps, minus the same on an empty page with the same probe and a wheel listener, measured beside each size (median ${fmt(floor.workRaw)} ms).`,
    `Step to 2nd frame: the median time from a gesture step's wheel event to the second animation frame after it (raw; ${fmt(floor.stepMedian)} ms on the empty page, so a step whose work fits in its frame reads as about one frame).`,
    `Alternating (the earlier, kind case): from the window ${zoomWindow.start} to ${zoomWindow.end}, ${warmupSteps} unmeasured steps, then ${altSteps} traced steps alternating in and out, so the same marks stay on screen; main-thread work per step as above, minus the empty page's (${fmt(floor.altWorkRaw)} ms).`,
    'vis-timeline options: its defaults plus `zoomKey: \'ctrlKey\'` and the height. The two libraries zoom by different factors per notch (see "Narrowest" in results.json\'s summary). The ratio counts main-thread work under 0.1 ms as 0.1 ms.',
    `sahel-timeline, 20 lanes (#14): the same element and data at ${laneSizes.map(fmtN).join(', ')} events, grouped into 20 lanes by a \`groupBy\` function; the plot scrolls, and only the lanes in view are laid out.`,
    'Heap: V8 heap in use after a forced GC (CDP `Runtime.getHeapUsage`), page and data included. DOM nodes: every node, inside shadow roots too.',
  ];
}

const HEADER = [
  'Events',
  'Library',
  'Main thread per step (ms)',
  'Step to 2nd frame (ms)',
  'Alternating: main thread per step (ms)',
  'Mount (ms)',
  'Heap (MB)',
  'DOM nodes',
  'vis/sahel main thread',
];

/** A row of the table, as text. */
const cells = (r, mountCapMs) => {
  const gone = r.skipped ?? (r.dnf ? `did not finish (mount > ${mountCapMs / 1000} s)` : null);
  if (gone) return [fmtInt(r.n), NAMES[r.lib], gone, '–', '–', '–', '–', '–', ''];
  return [
    fmtInt(r.n),
    NAMES[r.lib],
    fmt(r.work),
    fmt(r.stepMedian),
    fmt(r.altWork),
    fmt(r.mount, 0),
    fmt(r.heapMB),
    fmtInt(r.nodes),
    r.workRatio === null ? '' : `${fmt(r.workRatio)}x`,
  ];
};

/** The sentence on the empty page's floor, beside each size. */
function floorNote({ settings: { sizes }, summary, floor }) {
  const floorAt = (n) => summary.floors[n] ?? floor;
  return (
    `The empty page (the floor, measured beside each size and subtracted from its main-thread work): ` +
    `${sizes.map((n) => `${fmt(floorAt(n).workRaw)} ms a gesture step beside ${fmtN(n)}`).join(', ')}; ` +
    `${sizes.map((n) => fmt(floorAt(n).altWorkRaw)).join(', ')} ms an alternating step; its step to the 2nd frame ${fmt(floor.stepMedian)} ms.`
  );
}

const machineLine = (machine) =>
  `${machine.cpu} (${machine.cores} cores, ${machine.memoryGB} GB), ${machine.os}, Node ${machine.node}, ${machine.chromium}, on ${machine.date.slice(0, 10)}; load average ${machine.loadAverageBefore[0]} at the start, ${machine.loadAverageAfter[0]} at the end`;

/** The report in the console: the table, the floor, the raw figures behind them, the budgets and the warnings. */
export function printReport(results) {
  const { settings, summary, floor, table: rows, budgets, warnings, machine } = results;
  const table = [HEADER, ...rows.map((r) => cells(r, settings.mountCapMs))];
  // Console table, columns padded.
  const widths = HEADER.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  console.log('');
  for (const [i, row] of table.entries()) {
    console.log(row.map((c, j) => (j < 2 ? String(c).padEnd(widths[j]) : String(c).padStart(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(`\n${floorNote(results)}`);

  // Diagnostics: the raw figures behind the table.
  console.log('\nDiagnostics (raw, floor not subtracted; medians over runs):');
  const diag = [
    ['Events', 'Library', 'Runs', 'Mount to 1st frame', 'Longest task mounting', 'Gesture: main thread', 'Gesture: worker', 'Step: wheel to 1st frame', 'Step p95', 'Longest task', 'Alternating: main thread', 'Alternating step', 'Fit view (days)', 'Narrowest (days)'],
    ...[{ n: 0, lib: 'empty' }, ...settings.sizes.flatMap((n) => settings.libs.filter((lib) => summary[n][lib]).map((lib) => ({ n, lib })))].map(({ n, lib }) => {
      const s = lib === 'empty' ? floor : summary[n][lib];
      return [
        n ? fmtInt(n) : '–',
        NAMES[lib],
        `${s.finished}/${s.runs}`,
        fmt(s.mountFrame1, 0),
        fmt(s.mountLongestTask, 0),
        fmt(s.workRaw),
        fmt(s.workerWork),
        fmt(s.stepFrame1),
        fmt(s.stepP95),
        fmt(s.longestTaskMs),
        fmt(s.altWorkRaw),
        fmt(s.altStepMedian),
        fmt(s.fitSpanDays, 0),
        fmt(s.narrowestSpanDays, 2),
      ];
    }),
  ];
  const dw = diag[0].map((_, i) => Math.max(...diag.map((row) => String(row[i]).length)));
  for (const row of diag) console.log(`  ${row.map((c, j) => (j < 2 ? String(c).padEnd(dw[j]) : String(c).padStart(dw[j]))).join('  ')}`);
  console.log(`Machine: ${machineLine(machine)}.`);
  console.log(`Bundle: dist/sahel-timeline.bundle.js, ${machine.bundle.bytes.toLocaleString('en-US')} bytes, sha256 ${machine.bundle.sha256}… (served from a copy taken at the start).`);

  console.log("\nBudgets of #13, and #14's search keystroke (sahel-timeline):");
  for (const b of budgets) console.log(`  ${b.met ? 'met   ' : 'MISSED'}  ${fmtInt(b.n).padStart(9)} events: ${b.label} (${budgetValue(b)})`);
  if (warnings.length) {
    console.log(`\n${warnings.length} warning(s):`);
    for (const w of warnings) console.log(`  - ${w}`);
  }
}

/**
 * bench/results.md: what the benchmark measures in a paragraph, the table, the floor, the
 * machine and the budgets met, then the method and each budget. From results.json's content
 * alone, so `node bench/report.mjs` can write it again.
 */
export function resultsMarkdown(results) {
  const { settings, machine, method, table: rows, budgets, warnings } = results;
  const element = settings.element;
  const notches = settings.notches;
  const trailingMs = settings.trailingMs ?? 1000;
  const mdTable = [
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${cells(r, settings.mountCapMs).join(' | ')} |`),
  ].join('\n');
  const met = budgets.filter((b) => b.met).length;
  const missed = budgets.filter((b) => !b.met).map((b) => `${b.label} at ${fmtInt(b.n)} (${budgetValue(b)})`).join('; ') || 'none';
  const budgetLines = budgets.map((b) => `- ${b.met ? 'met' : '**missed**'}: ${fmtInt(b.n)} events, ${b.label} (${budgetValue(b)})`).join('\n');
  return `# Benchmark results

<!-- Written by \`npm run bench\` (bench/run.mjs) on ${machine.date.slice(0, 10)}; the docs site's Performance page shows it. -->

\`npm run bench\` measures what a reader does: on a ${element.width}×${element.height} element opened at the fit view, ${notches} ctrl + wheel notches in then ${notches} out through headless Chromium's input pipeline, and the main figure is the renderer main thread's busy time per step from a trace (\`toplevel\` RunTask events), minus the same on an empty page (the trace runs ${trailingMs} ms past the last notch, so work deferred to a gesture's end counts; the worker that paints a gesture's steps where the page allows one is not in it, its time is in bench/results.json, \`workerWork\`). Each figure is the median of ${settings.runs} fresh pages, with [vis-timeline](https://github.com/visjs/vis-timeline) on the same data and input in the same run; the other columns are the time from a wheel event to the second frame after it, the main-thread work of steps alternating around one year (the kind case), mount to the second frame after the marks show, and the JS heap and DOM nodes after mounting.

${mdTable}

${floorNote(results)}

Measured on ${machineLine(machine)}. Budgets (#13, and #14's search keystroke) met: ${met} of ${budgets.length}; missed: ${missed}. Timings are never test results.

${method.map((m) => `- ${m}`).join('\n')}

Budgets of issue #13 for \`<sahel-timeline>\`:

${budgetLines}
${warnings.length ? `\nWarnings:\n\n${warnings.map((w) => `- ${w}`).join('\n')}\n` : ''}${results.legibility ? `\n${legibilityMarkdown(results.legibility)}` : ''}${results.engines ? `\n${enginesMarkdown(results.engines)}` : ''}${results.story ? `\n${storyMarkdown(results.story)}` : ''}${results.map ? `\n${mapMarkdown(results.map)}` : ''}${results.edit ? `\n${editMarkdown(results.edit)}` : ''}${results.server ? `\n${serverMarkdown(results.server)}` : ''}`;
}

// ---- Legibility (#30) ----------------------------------------------------------------------

const viewName = (step) => (step === 0 ? 'opening' : `notch ${step}`);
const spanText = (days) => (days >= 10 ? fmtInt(days) : fmt(days, 1));
/** "18 (51.4%)": how many events in the window are legible, and their share. */
const shareText = (side) => `${fmtInt(side.legible)} (${pct(side.share)})`;

const LEGIBILITY_HEADER = ['View', 'Window (days)', 'Events in window', 'sahel-timeline', 'vis-timeline', 'Height (px)', 'sahel-timeline: in pills, unlabelled'];

/** A row of a case's legibility table, as text. */
const legibilityCells = (r) => [
  viewName(r.step),
  spanText(r.spanDays),
  fmtInt(r.inWindow),
  shareText(r.sahel),
  shareText(r.vis),
  r.sahel.lanes ? `${fmtInt(r.sahel.height)} (lanes ${fmtInt(r.sahel.lanes.shown)} of ${fmtInt(r.sahel.lanes.content)})` : fmtInt(r.sahel.height),
  `${fmtInt(r.sahel.inPills)}, ${fmtInt(r.sahel.unlabelled)}`,
];

/** How the legibility figures are measured, one sentence each. */
function legibilityMethod(legibility) {
  const { notches, minChars } = legibility;
  return [
    'Each case is a fresh page in headless Chromium at its viewport, `<sahel-timeline>` across the page\'s width at its default height (as tall as its rows need, up to its maximum), opened as a reader opens it: the Sahel story is the element with no data (its built-in dataset), by country `group-by="country"`; the generated events are the speed figures\' (bench/data.mjs) with a field of 5 values in turn, `group-by="desk"`.',
    `The views: the opening view, then after each of ${notches} ctrl + wheel notches in (the speed figures' gesture, deltaY −100 at the middle of the plot), each read at rest: 450 ms after the notch (d3-zoom's 150 ms and the element's 250 ms before its buttons replace the gesture's canvas), once the plot is no longer \`.inking\` and its window, marks and height have not changed for three frames, with the mouse moved off the plot.`,
    'Events in the window: those whose instants (their dates at their precision, as `toInterval` reads them; an ongoing one to the end of the data) overlap the element\'s window (`visibleRange`); the same events count for both libraries.',
    `Legible, for both libraries alike (bench/legible.mjs): an event drawn on its own with a label (the element: a mark \`[part~="plot"] [data-id]\` with a \`[part~="label"]\`, as test/harness.ts reads them; vis-timeline: its item's box or range with its content), the label's whole height showing inside what clips it (the plot, the lanes' scroller; vis-timeline's item panel), at least ${minChars} characters of its title showing across (or all of a shorter one; the element cuts a label short with an ellipsis, vis-timeline clips a range's content at its end, and the plot's edges cut both), and overlapping no other label or pill by more than 1 px. An event in several lanes counts once, if any of its copies is legible. Events in a pill, marks without a label, and items stacked out of sight or clipped are not.`,
    'vis-timeline: the same events (one shorter than a day as a box at its start, a longer one as a range over its instants; in lanes, as groups in the element\'s lane order, an event in several lanes an item in each), in a container as wide as the element\'s plot, at each view\'s window (`setWindow`, no animation) and with `height` set to the height of the element\'s plot in that view (both heights include the time axis), its text in the element\'s label font; otherwise its defaults, stacking included. Read once its items have not moved for three frames.',
    'Height: the element\'s plot (`[part~="plot"]`, the axis included); with lanes, also how much of the lanes\' stack shows of its whole height (the rest scrolls inside the plot).',
  ];
}

/** The legibility part of bench/results.md: the goals, a summary line a case, then each case's views. */
export function legibilityMarkdown(legibility) {
  const { cases, goals, machine } = legibility;
  const summary = [
    '| Case | Events | Opening view: sahel-timeline | Opening view: vis-timeline | Height at opening (px) | Views: sahel-timeline more | every event in both | sahel-timeline as many or fewer |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...cases.map((c) => {
      const o = c.rows[0];
      const is = c.rows.filter((r) => r.inWindow > 0).map(compare);
      const n = (k) => is.filter((x) => x === k).length;
      return `| ${c.label} | ${fmtInt(c.events)} | ${shareText(o.sahel)} | ${shareText(o.vis)} | ${fmtInt(o.sahel.height)} | ${n('more')} | ${n('all')} | ${n('fewer')} |`;
    }),
  ].join('\n');
  const verdict = (g) => (g.met === null ? 'not measured' : g.met ? 'met' : '**not met**');
  const goalLines = goals.map((g) => `- ${verdict(g)}: ${g.label} (${g.value})`).join('\n');
  const tables = cases
    .map((c) => {
      const rows = c.rows.map((r) => `| ${legibilityCells(r).join(' | ')} |`);
      const note = c.visOneStack ? `${c.visOneStack}.\n\n` : '';
      return [`### ${c.label}`, '', `${note}| ${LEGIBILITY_HEADER.join(' | ')} |`, `|${LEGIBILITY_HEADER.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows].join('\n');
    })
    .join('\n\n');
  const warningLines = legibility.warnings?.length ? `\nWarnings of the legibility run:\n\n${legibility.warnings.map((w) => `- ${w}`).join('\n')}\n` : '';
  return `## Legibility

<!-- Written by \`npm run bench\` or \`node bench/run.mjs --only=legibility\` on ${machine.date.slice(0, 10)}. -->

How many of the events in the window a reader can read, in the same room (#30): the share of the events in the window that each library draws on its own with a label that shows, at the opening view and after each notch of the zoom gesture in, vis-timeline in the same width, window and height as \`<sahel-timeline>\`'s plot.

${summary}

Goals of issue #30, reported, never an error:

${goalLines}

Measured on ${machineLine(machine)}.

${legibilityMethod(legibility).map((m) => `- ${m}`).join('\n')}

${tables}
${warningLines}`;
}

/** The legibility figures in the console. */
export function printLegibility(legibility) {
  console.log('\nLegibility (#30): events in the window labelled legibly');
  for (const c of legibility.cases) {
    console.log(`\n${c.label}, ${fmtInt(c.events)} events${c.visOneStack ? ` (${c.visOneStack})` : ''}`);
    const table = [LEGIBILITY_HEADER, ...c.rows.map(legibilityCells)];
    const widths = LEGIBILITY_HEADER.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
    for (const [i, row] of table.entries()) {
      console.log(`  ${row.map((cell, j) => (j === 0 ? String(cell).padEnd(widths[j]) : String(cell).padStart(widths[j]))).join('  ')}`);
      if (i === 0) console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
    }
  }
  console.log('\nGoals of #30:');
  for (const g of legibility.goals) {
    console.log(`  ${g.met === null ? '–      ' : g.met ? 'met    ' : 'NOT MET'}  ${g.label} (${g.value})`);
    for (const b of g.behind ?? []) console.log(`           ${b.label}, ${viewName(b.step)}: ${pct(b.ours)} against ${pct(b.theirs)}`);
  }
}

/** bench/results.json as the last run wrote it, if there is one. */
export function previousResults() {
  const file = new URL('results.json', import.meta.url);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** Writes bench/results.json and bench/results.md. */
export function writeResults(results) {
  writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(new URL('results.md', import.meta.url), resultsMarkdown(results));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = JSON.parse(readFileSync(new URL('results.json', import.meta.url), 'utf8'));
  writeFileSync(new URL('results.md', import.meta.url), resultsMarkdown(results));
  console.log(`Wrote bench/results.md from bench/results.json (the run of ${results.machine.date.slice(0, 10)}).`);
}
