/**
 * The renderer of marks and clusters: turns the packed layout into the plot's focusable
 * event buttons and cluster pills. One module behind a small interface (`MarkRenderer`), so
 * that a faster renderer can replace this DOM one; tests reach what it draws through
 * test/harness.ts, not its markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { inputCause, type SelectCause } from '../events.js';
import { labelBefore, type ClusterLayout, type MarkLayout, type PackResult } from '../layout/pack.js';
import type { PreparedEvent } from '../layout/prepare.js';
import { rowY, type RowGeometry } from '../layout/rows.js';
import { dateFormatter, formatUtc, intlCanWrite } from '../layout/chronology.js';

const MONTHS = { month: 'short', year: 'numeric' } as const;
const YEARS = { year: 'numeric' } as const;
import type { Words } from '../strings.js';
import { POINT_BOX } from './geometry.js';
import type { CategoryTable } from './glyphs.js';
import { shorten, type LabelMetrics } from './label-metrics.js';
import { setStyles } from './set-styles.js';

/** What marks are drawn with, besides their layout. */
export interface MarkContext {
  readonly looks: CategoryTable;
  readonly labels: LabelMetrics;
  readonly rows: RowGeometry;
  /** Labels put the date on a line of its own. */
  readonly stacked: boolean;
  /** Time-order position of the event Tab lands on. */
  readonly activeOrder: number;
  readonly selected: string | null;
  /**
   * The event under the pointer or holding the focus, when lanes show it more than once: its
   * other copies are highlighted with it.
   */
  readonly linked: string | null;
  /** Start of the window in view, to say a cluster reaches in "from" before it. */
  readonly windowStart: number;
  readonly words: Words;
  onSelect(id: string, cause: SelectCause): void;
  onCluster(c: ClusterLayout): void;
}

/** Draws a layout. */
export interface MarkRenderer {
  render(layout: PackResult, ctx: MarkContext): unknown;
}

/** Marks as buttons in the DOM: focusable, named, and styled by CSS parts. */
export const domMarks: MarkRenderer = {
  render(layout, ctx) {
    return html`${repeat(layout.clusters, (c) => `c${c.first}`, (c) => renderCluster(c, ctx))}${repeat(
      layout.marks,
      (m) => m.item.event.id,
      (m) => renderMark(m, ctx),
    )}`;
  },
};

function renderCluster(c: ClusterLayout, ctx: MarkContext): TemplateResult {
  return clusterButton(c, ctx, 'cluster', { transform: `translate(${c.x0}px, 6px)`, width: `${c.x1 - c.x0}px` });
}

/**
 * A cluster's pill, across or down the plot (`className`, and `box`: its styles): its count
 * shown as its name writes it (WCAG 2.5.3), out of Tab's way; activating it zooms to its events.
 */
export function clusterButton(c: ClusterLayout, ctx: MarkContext, className: string, box: Readonly<Record<string, string>>): TemplateResult {
  return html`<button
    class=${className}
    part="cluster"
    type="button"
    tabindex="-1"
    aria-label=${clusterName(c, ctx)}
    ${setStyles(box)}
    .textContent=${ctx.words.number(c.count)}
    @click=${() => { ctx.onCluster(c); }}
  ></button>`;
}

/** What an event's button is drawn with besides its event: its own classes and styles, its date as written, whether its title is cut. */
export interface EventButton {
  readonly classes: string;
  readonly box: Readonly<Record<string, string>>;
  readonly when: string;
  readonly cut: boolean;
}

/**
 * An event's button, across or down the plot: Tab's stop when it is the active event, pressed
 * when selected, named by `markName`, with a tooltip only where its title is cut (the name
 * already reads it all); `content` is its bar, glyph and label.
 */
export function eventButton(item: PreparedEvent, ctx: MarkContext, b: EventButton, content: unknown): TemplateResult {
  const e = item.event;
  const cat = ctx.looks.look(e.category);
  return html`<button
    class="event ${cat.className} ${b.classes}"
    part="event event-${cat.part}"
    type="button"
    tabindex=${item.order === ctx.activeOrder ? '0' : '-1'}
    data-id=${e.id}
    aria-pressed=${ctx.selected === e.id ? 'true' : 'false'}
    aria-label=${markName(item, b.when, ctx)}
    title=${b.cut ? e.title : nothing}
    ${setStyles(b.box)}
    @click=${(ev: MouseEvent) => { ctx.onSelect(e.id, inputCause(ev)); }}
  >${content}</button>`;
}

/** A cluster's accessible name: how many events, and when ("5 events, Jan – May 2022"). */
export function clusterName(c: Pick<ClusterLayout, 'start' | 'end' | 'count'>, ctx: Pick<MarkContext, 'words' | 'windowStart'>): string {
  const { words } = ctx;
  // A cluster at the left edge may hold long events that began well before the view; else
  // it is named by the months its events cover ("Jan – May 2022"), or its years far back.
  const last = Math.max(c.start, c.end - 1);
  const options = intlCanWrite(c.start, last) ? MONTHS : YEARS;
  const first = formatUtc(c.start, words.locale, options, words.strings);
  const end = formatUtc(last, words.locale, options, words.strings);
  const when =
    c.start < ctx.windowStart ? words.fill(words.strings.clusterFrom, { date: first }) : first === end ? first : options === MONTHS ? dateFormatter(words.locale, MONTHS).formatRange(c.start, last) : `${first} – ${end}`;
  // The pill shows the count as the name writes it (WCAG 2.5.3). No title: one with the
  // name's words is read a second time, as the description.
  return words.plural(words.strings.cluster, c.count, { when });
}

/**
 * An event's accessible name: its visible text (WCAG 2.5.3), the title and `when` its label
 * writes, then what only colour and shape show: how precise its date is, its category.
 */
export function markName(item: PreparedEvent, when: string, ctx: Pick<MarkContext, 'words' | 'looks'>): string {
  const cat = ctx.looks.look(item.event.category);
  return `${item.event.title}, ${when}, ${ctx.words.strings.precision[item.precision]}${cat.id !== undefined ? `, ${cat.label}` : ''}`;
}

function renderMark(m: MarkLayout, ctx: MarkContext): TemplateResult {
  const { labels, stacked } = ctx;
  const e = m.item.event;
  const cat = ctx.looks.look(e.category);
  const pitch = ctx.rows.pitch;
  const left = Math.min(m.x0, m.glyphX, m.labelX);
  const right = Math.max(m.x1, m.glyphX + POINT_BOX, m.labelX + m.labelWidth);
  const when = labels.shortDate(e);
  // A tooltip only where the label is cut short: the button's name already reads it all.
  const cut = m.labelWidth < labels.width(e, { stacked }) || shorten(e.title) !== e.title;
  // The accessible name is the visible text (WCAG 2.5.3) plus what only colour and shape
  // show. An aria-label, not hidden text: browsers put a space before out-of-flow and flex
  // children in a name ("Title 27 Mar 2022 , known to the day").
  const imprecise = m.band && m.item.kind === 'point' && (m.item.precision === 'year' || m.item.precision === 'month');
  const barClass = `bar ${m.item.kind === 'ongoing' ? 'ongoing' : ''} ${imprecise ? 'imprecise' : ''}`;
  // The glyph stands at the event's date, a point's instant or a band's start, and the label
  // beside it, ending against it where it is on the left. A mark without a label (no row had
  // room for one) is named by its button and its tooltip.
  // Written without white space between tags and with text set as properties: every text
  // node and Lit marker is a DOM node, and a view holds a few hundred marks.
  const box = { transform: `translate(${left}px, ${rowY(ctx.rows, m.row)}px)`, width: `${right - left}px`, ...(stacked && { height: `${pitch - 4}px` }) };
  const classes = `${ctx.linked === e.id ? 'linked' : ''} ${m.row < 0 ? 'in-strip' : ''}`;
  return eventButton(m.item, ctx, { classes, box, when, cut }, html`${m.band ? html`<span class=${barClass} part="bar" ${setStyles({ left: `${m.x0 - left}px`, width: `${m.x1 - m.x0}px` })}></span>` : nothing}<svg
    class="glyph point ${cat.shape.hollow ? 'hollow' : ''}" viewBox="0 0 12 12" aria-hidden="true" focusable="false" ${setStyles({ left: `${m.glyphX - left}px` })}
  ><path d=${cat.shape.path}></path></svg>${m.labelWidth > 0
    ? html`<span class="label ${labelBefore(m) ? 'before' : ''} ${stacked ? 'stacked' : ''}" part="label" ${setStyles({ left: `${m.labelX - left}px`, width: `${m.labelWidth}px` })}
      ><span class="text" dir="auto" .textContent=${shorten(e.title)}></span> <span class="when" .textContent=${when}></span></span>`
    : nothing}`);
}
