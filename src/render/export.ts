/**
 * Pictures of the view, a chunk loaded on demand (ExportController): `toSVG()` and `toPNG()`
 * build the plot's scene from the element's layout, in the colours and font its CSS resolves
 * to now (build-scene.ts, as the gesture canvas does), frame it with the heading, lanes' names,
 * legend and source (picture.ts), and write it as SVG (scene-svg.ts) or paint it on a canvas
 * (scene-canvas.ts); and the toolbar's export panel, which downloads either.
 */
import { css, html, type TemplateResult } from 'lit';
import { adoptChunkStyles } from '../controllers/chunk-styles.js';
import type { TimelineHost } from '../controllers/timeline-host.js';
import type { Source } from '../dataset/types.js';
import type { Words } from '../strings.js';
import { buildScene } from './build-scene.js';
import { buildVerticalScene } from './vertical-scene.js';
import { buildPicture, type LaneName, type Picture, type PictureFrame } from './picture.js';
import { readSceneStyle } from './plot-colours.js';
import type { Scene } from './scene.js';
import { sceneToPng } from './scene-canvas.js';
import { sceneToSvg } from './scene-svg.js';
import { CanvasMeasure } from './text-measure.js';

/** What the element shows of itself beside the layout: its heading and the window in words. */
export interface ExportText {
  readonly title: string;
  readonly range: string;
}

/** The view as a standalone SVG file. */
export function toSvg(host: TimelineHost): string {
  const { picture } = pictureOf(host);
  return sceneToSvg(picture.scene, picture.title);
}

/** The view as a PNG, `scale` pixels to a CSS pixel (2 when not a positive number; 8 at most). */
export function toPng(host: TimelineHost, scale: number): Promise<Blob> {
  const s = Number.isFinite(scale) && scale > 0 ? Math.min(scale, 8) : 2;
  return sceneToPng(pictureOf(host).picture.scene, s);
}

/**
 * The heading and the range as the element shows them: the title card's title (the page's
 * or the data's), else the timeline's accessible name; the toolbar's range.
 */
export function exportText(host: TimelineHost): ExportText {
  // Undefined until the element is first connected: a picture of it is still drawn.
  const root = host.renderRoot as HTMLElement | DocumentFragment | undefined;
  // The title card's heading as the reader sees it (the page's, else the data's in their language).
  const about = host.titleCard().title?.trim() ?? '';
  const title = about !== '' ? about : (root?.querySelector('.plot')?.getAttribute('aria-label') ?? host.words.strings.timelineEmpty);
  return { title, range: root?.querySelector('.range')?.textContent.trim() ?? '' };
}

/**
 * The picture of the view, and the plot's scene in it (undefined while there is nothing to
 * draw): the scene the gesture canvas would paint for the same view.
 */
export function pictureOf(host: TimelineHost): { picture: Picture; plot: Scene | undefined } {
  const el = (host.renderRoot as HTMLElement | DocumentFragment | undefined)?.querySelector<HTMLElement>('.plot') ?? null;
  const style = readSceneStyle(el, host.data.looks);
  const measure = new CanvasMeasure(style.font);
  const frame = exportFrame(host, exportText(host));
  const view = host.view.sceneView();
  // A timeline not laid out yet (not in the page) is drawn at a size of its own.
  const sized = view.width > 0 && view.height > 0 ? view : { ...view, width: frame.width, height: frame.plotHeight };
  const down = view.vertical;
  const plot = frame.message !== undefined ? undefined : down ? buildVerticalScene(sized, down, style, measure) : buildScene(sized, style, measure);
  return { picture: buildPicture(frame, plot, style, measure), plot };
}

/** What a picture shows around the plot: the heading and range, a message for an empty plot, the lanes' names, legend and source. */
export function exportFrame(host: TimelineHost, text: ExportText): PictureFrame {
  const { data, view, words } = host;
  const s = words.strings;
  const count = data.prepared.events.length;
  const message =
    data.reading !== undefined ? words.fill(s.reading, { percent: words.percent(data.reading) })
    : count > 0 ? undefined
    : data.loading ? s.loading
    : data.all.events.length > 0 ? s.noMatches
    : s.noEvents;
  const lanes = view.lanes;
  let names: LaneName[] | undefined;
  if (lanes) {
    names = [];
    for (const [i, box] of lanes.boxes.entries()) {
      if (box.bottom - lanes.scrollTop < 0 || box.top - lanes.scrollTop > lanes.viewport) continue;
      const name = host.grouping.lanes[i]?.label;
      if (name !== undefined) names.push({ name, y: box.top - lanes.scrollTop });
    }
  }
  const hidden = new Set(host.hiddenCategories);
  return {
    // Down the plot, the picture's plot is as wide as it is and as long as its time.
    width: view.vertical ? view.size.width : view.laidOutWidth > 0 ? view.laidOutWidth : 800,
    plotHeight: view.vertical ? view.laidOutWidth : view.size.height > 0 ? view.size.height : 340,
    title: text.title,
    range: message === undefined ? text.range : '',
    message,
    ...(lanes && names && { lanes: { names, viewport: lanes.viewport } }),
    legend: data.looks.looks.filter((l) => l.id !== undefined && data.counts.has(l.id) && !hidden.has(l.id)),
    source: sourceLine(data.sources, host.src, words),
  };
}

/** "Source: …": the dataset's sources, else the host of the file `src` read, else the page's. */
export function sourceLine(sources: readonly Source[], src: string | undefined, words: Words): string {
  const names = sources.map((s) => (s.publisher ? `${s.title}, ${s.publisher}` : s.title)).filter((t) => t.trim() !== '');
  if (names.length > 0) return words.fill(words.strings.exportSource, { sources: words.list(names) });
  let where = '';
  try {
    where = src ? new URL(src, location.href).host : '';
  } catch {
    // An address that does not parse names no host: the page's is used.
  }
  where ||= location.host;
  return where === '' ? '' : words.fill(words.strings.exportSource, { sources: where });
}

/** A file name from the timeline's title: `sahel-russia-timeline.svg`. */
export function fileName(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || 'timeline'}.${extension}`;
}

/**
 * Downloads `blob` as `name` through a link (`<a download>` with a `blob:` URL): a download,
 * which a strict Content-Security-Policy does not block. The link lives in `root`, hidden.
 */
export function download(root: HTMLElement | DocumentFragment, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  // Kept a while: some browsers read the URL after the click has returned.
  setTimeout(() => { URL.revokeObjectURL(url); }, 30_000);
}

const open = new WeakSet<TimelineHost>();

/** Whether a timeline's export panel is open. */
export function shown(host: TimelineHost): boolean {
  return open.has(host);
}

/** Opens a timeline's export panel (its first button takes the focus) or closes it. */
export async function toggle(host: TimelineHost): Promise<void> {
  if (open.has(host)) {
    close(host, false);
    return;
  }
  open.add(host);
  host.requestUpdate();
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('#export button')?.focus();
}

/** Closes the panel; with `refocus`, the focus goes back to the toolbar's export button. */
function close(host: TimelineHost, refocus: boolean): void {
  open.delete(host);
  host.requestUpdate();
  if (refocus) host.renderRoot.querySelector<HTMLElement>('[aria-controls="export"]')?.focus();
}

/** Downloads the view as an SVG or PNG file named after the timeline. */
export async function save(host: TimelineHost, kind: 'svg' | 'png'): Promise<void> {
  const blob = kind === 'svg' ? new Blob([toSvg(host)], { type: 'image/svg+xml' }) : await toPng(host, 2);
  download(host.renderRoot, blob, fileName(exportText(host).title, kind));
}

/** The panel the toolbar's export button opens: download the view as SVG or as PNG (Esc closes it). */
export function renderExportPanel(host: TimelineHost): TemplateResult {
  adoptChunkStyles(host.shadowRoot, [exportStyles]);
  const s = host.words.strings;
  return html`<div
    id="export"
    class="export"
    part="export-panel"
    role="group"
    aria-label=${s.exportView}
    ?hidden=${!open.has(host)}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close(host, true);
    }}
  >
    <button type="button" class="export-as" @click=${() => { void save(host, 'svg'); }}>${s.downloadSvg}</button>
    <button type="button" class="export-as" @click=${() => { void save(host, 'png'); }}>${s.downloadPng}</button>
  </div>`;
}

/** The export panel's styles, adopted with the chunk. */
export const exportStyles = css`
  .export[hidden] {
    display: none;
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    padding: 8px 12px;
    border-block-end: 1px solid var(--_grid);
    background: var(--_surface);
  }
  .export-as {
    min-block-size: 28px;
    padding: 2px 10px;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: var(--_bg);
    color: inherit;
    font: inherit;
    font-size: 13px;
    cursor: pointer;
  }
  .export-as:hover {
    border-color: var(--_muted);
  }
  @media (pointer: coarse) {
    .export-as {
      min-block-size: 44px;
    }
  }
  @media print {
    .export {
      display: none;
    }
  }
`;
