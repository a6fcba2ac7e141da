/**
 * Eras as the reader sees them: faint labelled bands behind the events (part `era`), and a
 * list of them under the plot with their dates (part `era-list`), which is what screen readers
 * read: the bands themselves are decoration, hidden from them.
 *
 * A chunk loaded on demand (EraController), with the checking and layout of eras and their
 * styles: a page without eras never downloads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatEventDate } from '../layout/format.js';
import { formatIssue } from '../dataset/validate.js';
import { TimelineEvents, timelineEvent } from '../events.js';
import { timeEras, type EraBand, type PreparedEra } from '../layout/eras.js';
import { AXIS_HEIGHT, ERA_LINE, ERA_PAD } from '../layout/rows.js';
import type { Words } from '../strings.js';
import { isColor, OPEN_PALETTE_SIZE } from './glyphs.js';
import { setStyles } from './set-styles.js';

export { eraBands } from '../layout/eras.js';
export { eras as eraStyles } from '../styles/eras.js';

/**
 * Eras as given, checked, in the reader's `language` and timed against the data's end
 * (pipeline.ts `timeEras`); when `report`, their problems go to the console and fire
 * `sahel-error` (origin `eras`) on `host`.
 */
export function checkEras(host: EventTarget, given: unknown, language: string, dataEnd: number | undefined, report: boolean): PreparedEra[] {
  const { list, shown, issues } = timeEras(given, language, dataEnd);
  if (report && issues.length > 0) {
    console.warn(`<sahel-timeline> eras: ${String(issues.length)} could not be drawn as given.\n${issues.slice(0, 20).map(formatIssue).join('\n')}`);
    const total = Array.isArray(given) ? given.length : 0;
    host.dispatchEvent(timelineEvent(TimelineEvents.error, { origin: 'eras', issues, total, shown, usable: true, message: '' }));
  }
  return list;
}

/**
 * The bands of the eras in view, the plot `height` pixels tall, each with its title where
 * layout/eras.ts placed it (the canvas painter draws them there too). A title may run past
 * its band, so the band does not clip it. Each band is named on hover, for titles cut or left out.
 */
export function renderEraBands(bands: readonly EraBand[], height: number): TemplateResult | typeof nothing {
  if (bands.length === 0) return nothing;
  return html`<div class="eras" aria-hidden="true">
    ${bands.map(
      (b) => html`<div
        class="era ${b.era.ongoing ? 'ongoing' : ''}"
        part="era"
        title=${b.era.era.title}
        ${setStyles({ transform: `translateX(${b.x0}px)`, width: `${b.x1 - b.x0}px`, height: `${Math.max(0, height - AXIS_HEIGHT)}px`, '--_era': eraColour(b.era) })}
      >${b.title
        ? html`<span class="era-label" dir="auto" ${setStyles({ left: `${b.title.x - b.x0}px`, 'inset-block-end': `${ERA_PAD + b.title.line * ERA_LINE}px` })}>${b.title.text}</span>`
        : nothing}</div>`,
    )}
  </div>`;
}

/** An era's colour: its own, else the palette's in turn. */
export function eraColour(era: PreparedEra): string {
  const own = era.era.color;
  return own !== undefined && isColor(own) ? own : `var(--_p${String(era.index % OPEN_PALETTE_SIZE)})`;
}

/** An era's dates as words ("11 Jan 2013 – 15 Jul 2014", "since 18 Aug 2020"). */
export function eraDates(era: PreparedEra, words: Words): string {
  const e = era.era;
  return formatEventDate({ id: '', title: e.title, start: e.start, ...(e.end !== undefined && { end: e.end }), kind: e.end === undefined ? 'ongoing' : 'span' }, words.locale, 'short', words.strings.since, words.strings);
}

/** The eras listed under the plot: each with its swatch, title and dates. */
export function renderEraList(eras: readonly PreparedEra[], words: Words): TemplateResult | typeof nothing {
  if (eras.length === 0) return nothing;
  return html`<div class="era-list" part="era-list">
    <span class="era-list-title" id="eras-title">${words.strings.eras}</span>
    <ul aria-labelledby="eras-title">
      ${eras.map(
        (e) => html`<li><span class="era-swatch" aria-hidden="true" ${setStyles({ '--_era': eraColour(e) })}></span><span dir="auto">${e.era.title}</span> <span class="era-dates">${eraDates(e, words)}</span></li>`,
      )}
    </ul>
  </div>`;
}
