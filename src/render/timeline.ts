/**
 * The element's top-level template: the DOM's painter of the view (stage 7 of pipeline.ts),
 * from what the behaviours keep. The toolbar, the notice, the plot (axis, eras' bands, the
 * marks or the lanes), the legend, the list of eras, the details or the title card, the live
 * region and the screen-reader list; and the words the element says of itself (its
 * accessible name, the window in view, "12 of 25 events").
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { exportChunk as exporter } from '../controllers/chunks.js';
import type { TimelineHost } from '../controllers/timeline-host.js';
import { localizeOne } from '../dataset/localize.js';
import type { Media, TimelineEvent, Translations } from '../dataset/types.js';
import type { SelectCause } from '../events.js';
import { formatYearAsKnown, yearOf } from '../layout/chronology.js';
import { formatWindowRange } from '../layout/format.js';
import type { ClusterLayout } from '../layout/pack.js';
import type { BehavioursHost, TimelineBehaviours } from '../timeline-behaviours.js';
import { renderAxis } from './axis.js';
import { renderEventList } from './event-list.js';
import { renderLegend } from './legend.js';
import { domMarks } from './marks.js';
import { renderNotice } from './notice.js';
import { renderSearch } from './search.js';
import { setStyles } from './set-styles.js';
import { renderToolbar } from './toolbar.js';

/** The element as its template reads it. */
export interface TimelineView extends TimelineHost, BehavioursHost {
  zoomBy(factor: number): void;
  fit(): void;
}

/** The element's template. */
export function renderTimeline(el: TimelineView, b: TimelineBehaviours): TemplateResult {
  const { data, view } = b;
  const { words } = el;
  const prepared = data.prepared;
  const count = prepared.events.length;
  const w = view.currentWindow();
  const selectedOrder = b.selection.order;
  const selected = b.selection.event;
  const listed = b.clusters.listed;
  // The story view (a chunk): the details and the title card as slides above the plot.
  const story = b.story.view();
  const name = accessibleName(el, b);
  // The details and a cluster's list come in a chunk of their own, asked for when wanted.
  // A story always opens on a title card: with no title of its own, what the plot shows.
  const given = el.titleCard();
  const about = story ? { ...given, title: given.title ?? name } : given;
  const titleCard = selected === undefined && count > 0 && (about.title !== undefined || about.summary !== undefined || about.media !== undefined);
  const panels = b.panels.get(selected !== undefined || listed !== undefined || b.toolbar.keysShown || titleCard);
  const activeOrder = view.held?.activeOrder ?? b.nav.activeOrder();
  // During a wheel, drag or pinch gesture the buttons keep the layout it started from
  // (and the canvas draws the current one): see ViewController.inking.
  const marks = view.held?.layout ?? view.layout;
  const lanes = view.held ? view.held.lanes : view.lanes;
  const ticks = view.held?.ticks ?? view.ticks;
  const eras = view.held?.eras ?? view.eras;
  const laidDown = view.held ? view.held.vertical : view.vertical;
  // Time down the plot (`orientation="vertical"`): its chunk paints the axis, eras and marks.
  // Until its chunk has come, the plot is empty.
  const vertical = el.orientation === 'vertical';
  const down = vertical ? b.vertical.module() : undefined;
  const drawn = vertical ? laidDown : lanes ? lanes.packed.get(b.grouping.active) : marks;
  const activeDrawn = drawn?.marks.some((m) => m.item.order === activeOrder) ?? false;
  const markContext = {
    looks: data.looks,
    labels: view.labels,
    rows: lanes?.rows ?? view.rows,
    stacked: view.stacked,
    activeOrder,
    selected: el.selected,
    linked: lanes ? b.grouping.linked(el.shadowRoot?.activeElement?.closest('.plot') != null, b.nav.activeId) : null,
    windowStart: view.held?.windowStart ?? w.start,
    words,
    onSelect: (id: string, cause: SelectCause) => { b.selection.select(id, cause); },
    onCluster: (c: ClusterLayout) => { b.clusters.activate(c); },
  };
  // Shared parts written once: "1 Mar – 1 Apr 2020".
  const range = rangeText(el, b);
  // The selected event's details, else the title card: under the plot, or the story's slide.
  const slideWords = story?.words(words);
  const link = selected && el.hash ? b.links.linkControl(selected.event.id, () => { b.liveRegion.say(words.strings.linkCopied); }) : undefined;
  // Editing (`editable`, a chunk): its bar, the details' buttons, and the form in their place.
  const editor = b.editing.editor;
  const edit = editor && b.editing.chunk;
  // Written again only when what it shows changes, not at each step of a zoom.
  const slide = guard(
    [selected?.event, panels, about.title, about.summary, about.media, count, words, data.sources, data.looks, link?.href, link?.state, el.embedMedia,
      slideWords, editor?.version],
    () => selected && panels
      ? edit && editor.formFor === selected.event.id
        ? edit.renderEditForm(editor, selected.event)
        : panels.renderDetails(
          selected.event, data.sources, words, (cause) => { b.nav.closeDetails(cause); },
          data.looks.look(selected.event.category), link, el.embedMedia, slideWords?.slide, edit ? edit.renderEditActions(editor, selected.event.id) : nothing,
        )
      : titleCard && panels
        ? panels.renderTitleCard(about, count, words, el.embedMedia, slideWords)
        : nothing,
  );
  const pick = (p: { event: TimelineEvent }, cause: SelectCause) => {
    // By id: the list may be a moment behind a search being typed.
    const order = b.data.prepared.orderOf.get(p.event.id);
    if (order === undefined) return;
    b.selection.select(p.event.id, cause);
    b.nav.focusEvent(order);
  };
  return html`
    <div class="frame" part="base" ${setStyles(data.looks.styles)}>
      ${renderToolbar(
        b.toolbar,
        words,
        {
          host: el,
          step: (by, cause) => { b.selection.step(by, cause); },
          playing: b.player.playing,
          togglePlay: () => { b.player.toggle(); },
          exportShown: exporter.loaded?.shown(el) ?? false,
          toggleExport: () => { void exporter.load().then((m) => m.toggle(el)); },
          empty: count === 0,
          atFirst: count === 0 || selectedOrder === (el.mode === 'story' ? undefined : 0),
          atLast: count === 0 || selectedOrder === count - 1,
        },
        range,
        renderSearch(words, el.query, shownCount(el, b), { input: (q) => { el.query = q; }, step: (by) => { b.selection.step(by, 'keyboard'); }, focus: () => { b.filters.prepareSearch(); } }),
      )}
      ${edit ? edit.renderEditBar(editor) : nothing}
      ${panels
        ? guard([b.toolbar.keysShown, words, slideWords, vertical, editor], () =>
            panels.renderKeysHelp(b.toolbar.keysShown, words, editor ? [...(slideWords?.keys ?? []), ...editor.words.keys] : slideWords?.keys, vertical))
        : html`<div id="keys" class="keys" part="keys-panel" hidden></div>`}
      ${exporter.loaded?.renderExportPanel(el) ?? html`<div id="export" hidden></div>`}
      ${renderNotice(data.noticeText(words), () => { data.problem = undefined; el.requestUpdate(); b.nav.focusPlot(); }, words)}
      ${story && count > 0 ? story.render(slide, about.title ?? '', words) : nothing}
      <div
        class="plot ${vertical ? 'vertical' : ''}"
        part="plot"
        role="group"
        aria-roledescription=${words.strings.timeline}
        aria-label=${name}
        aria-describedby="plot-help"
        tabindex=${activeDrawn ? '-1' : '0'}
        ${setStyles({ '--_fit-height': `${String(view.plotHeight)}px`, ...(view.laidOutWidth > 0 && { '--_laid-width': `${String(vertical ? view.size.width : view.laidOutWidth)}px` }) })}
        @keydown=${(e: KeyboardEvent) => { b.nav.onKeyDown(e); }}
        @focusin=${(e: FocusEvent) => { b.nav.onFocusIn(e); }}
      >
        <div class="row-probe" aria-hidden="true"></div>
        <div class="room-probe" aria-hidden="true"></div>
        ${down && laidDown
          ? guard([laidDown, ticks, eras, activeOrder, el.selected, words, data.looks, view.size.width], () =>
              down.renderVertical(
                { laid: laidDown, ticks, eras, eraColour: b.periods.chunk?.eraColour, width: view.size.width, length: view.laidOutWidth },
                markContext,
              ))
          : nothing}
        ${!vertical && count > 0 && b.periods.chunk ? guard([eras, view.size.height], () => b.periods.chunk?.renderEraBands(eras, view.size.height)) : nothing}
        ${!vertical && count > 0 ? guard([ticks, view.size.height], () => renderAxis(ticks, view.size.height)) : nothing}
        <canvas class="ink" aria-hidden="true"></canvas>
        ${vertical ? nothing : lanes && b.grouping.chunk
          ? b.grouping.chunk.renderLanes(b.grouping.lanes, lanes, {
              marks: markContext,
              active: b.grouping.active,
              words,
              onToggle: (i) => { b.grouping.toggle(i); },
              onScroll: (top) => { view.scrollLanes(top); },
              onHover: (e) => { b.grouping.hover(e); },
            })
          : html`<div class="marks">${guard([marks, activeOrder, el.selected, words, data.looks, view.rows, view.stacked], () => domMarks.render(marks, markContext))}</div>`}
        ${data.reading !== undefined
          ? html`<div class="empty" role="status">${words.fill(words.strings.reading, { percent: words.percent(data.reading) })}</div>`
          : count === 0 ? html`<div class="empty">${data.loading ? words.strings.loading : data.all.events.length > 0 ? words.strings.noMatches : words.strings.noEvents}</div>` : nothing}
        <div class="hint ${b.hint.shown ? 'shown' : ''}" part="hint" aria-hidden="true">${words.strings.wheelHint}</div>
      </div>
      ${panels?.renderClusterList(listed, prepared, data.looks, words, () => { b.clusters.close(); }, pick) ?? nothing}
      ${guard([data.looks, data.counts, b.filters.counts, el.hiddenCategories, words, b.legendFocus.active], () =>
        renderLegend(data.looks, data.counts, b.filters.counts, el.hiddenCategories, words, b.legendFocus, (id) => { b.filters.toggleCategory(id); }),
      )}
      ${guard([b.periods.list, words], () => b.periods.chunk?.renderEraList(b.periods.list, words) ?? nothing)}
      ${el.mode === 'story' ? nothing : selected ? html`<div @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); b.nav.closeDetails('keyboard'); } }}>${slide}</div>` : slide}
      <p id="plot-help" class="sr-only">${words.strings.plotHelp}</p>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${b.wording.ready ? b.liveRegion.text : ''}</div>
      ${renderEventList(b.liveRegion.listed ?? prepared, b.liveRegion.settled ?? w, words, name, pick)}
    </div>
  `;
}

/** A title card: a heading, a summary, media. */
export interface TitleCard {
  title?: string;
  summary?: string;
  media?: Media;
}

/**
 * The title card as shown: the page's `heading`, `summary` and `media` as given, else the
 * file's or the built-in data's (`about`) in the reader's `language`.
 */
export function titleCardOf(
  page: { readonly heading?: string | undefined; readonly summary?: string | undefined; readonly media?: Media | undefined },
  about: TitleCard & { translations?: Translations },
  language: string,
): TitleCard {
  const given = localizeOne(about, language);
  const title = page.heading !== undefined && page.heading.trim() !== '' ? page.heading : given.title;
  const summary = page.summary ?? given.summary;
  const media = page.media ?? given.media;
  return {
    ...(title !== undefined && title.trim() !== '' && { title }),
    ...(summary !== undefined && summary.trim() !== '' && { summary }),
    ...(media !== undefined && { media }),
  };
}

/** While the filters hide some events, how many are shown of all ("12 of 25 events"); else nothing. */
export function shownCount(el: BehavioursHost, b: TimelineBehaviours): string {
  if (!b.filters.active) return '';
  const { words } = el;
  return words.fill(words.strings.shownOf, { shown: words.number(b.data.prepared.events.length), events: words.events(b.data.all.events.length) });
}

/** The window in view as the toolbar writes it ("1 Mar – 1 Apr 2020"), or nothing. */
export function rangeText(el: BehavioursHost, b: TimelineBehaviours): string {
  if (b.view.laidOutWidth <= 0 || b.data.prepared.events.length === 0) return '';
  const w = b.view.currentWindow();
  return formatWindowRange(w.start, w.end, el.language, 'short', el.words.strings);
}

/** The plot's accessible name: `label`, else what it shows ("25 events, 2013 to 2024"). */
function accessibleName(el: BehavioursHost, b: TimelineBehaviours): string {
  if (el.label) return el.label;
  const { words } = el;
  const extent = b.data.prepared.extent;
  const n = b.data.prepared.events.length;
  if (!extent || n === 0) return words.strings.timelineEmpty;
  // Years are written as people write them ("2013", "44 BCE", "66 million years ago"); the
  // count is grouped as the language groups it ("10,000").
  const first = formatYearAsKnown(yearOf(extent[0]), el.language, words.strings);
  const last = formatYearAsKnown(yearOf(extent[1] - 1), el.language, words.strings);
  const years = first === last ? first : words.fill(words.strings.yearSpan, { start: first, end: last });
  return words.fill(words.strings.timelineName, { events: words.events(n), years });
}
