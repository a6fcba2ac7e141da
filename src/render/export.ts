/**
 * Pictures of the view, a chunk loaded on demand (ExportController): `toSVG()` and `toPNG()`
 * read the element's layout and its resolved colours into an ExportView, build a scene
 * (export-scene.ts, pure) and write it as SVG (export-svg.ts) or paint it on a canvas
 * (export-canvas.ts); and the toolbar's export panel, which downloads either.
 */
import { css, html, type TemplateResult } from 'lit';
import { adoptChunkStyles } from '../controllers/chunk-styles.js';
import type { TimelineHost } from '../controllers/timeline-host.js';
import type { Source } from '../dataset/types.js';
import type { Words } from '../strings.js';
import { sceneToPng } from './export-canvas.js';
import { buildScene, type ExportView, type Measure, type Scene, type ScenePart } from './export-scene.js';
import { sceneToSvg } from './export-svg.js';
import { readPlotColours } from './plot-colours.js';

/** What the element shows of itself beside the layout: its heading and the window in words. */
export interface ExportText {
  readonly title: string;
  readonly range: string;
}

/** The view as a standalone SVG file. */
export function toSvg(host: TimelineHost): string {
  return sceneToSvg(sceneOf(host));
}

/** The view as a PNG, `scale` pixels to a CSS pixel (2 when not a positive number; 8 at most). */
export function toPng(host: TimelineHost, scale: number): Promise<Blob> {
  const s = Number.isFinite(scale) && scale > 0 ? Math.min(scale, 8) : 2;
  return sceneToPng(sceneOf(host), s);
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

function sceneOf(host: TimelineHost): Scene {
  const plot = (host.renderRoot as HTMLElement | DocumentFragment | undefined)?.querySelector<HTMLElement>('.plot') ?? null;
  const family = plot ? getComputedStyle(plot).fontFamily : '';
  // The element's family list, ending with a generic family so that any reader's system draws the text.
  const font = family === '' ? 'system-ui, sans-serif' : /(^|,)\s*(sans-serif|serif|monospace|system-ui|cursive|fantasy)\s*$/.test(family) ? family : `${family}, sans-serif`;
  return buildScene(exportView(host, exportText(host), plot, font), measurer(font));
}

/** The view's layout, with the colours and font its CSS resolves to now (the reader's theme). */
export function exportView(host: TimelineHost, text: ExportText, plot: HTMLElement | null, font: string): ExportView {
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
  let parts: ScenePart[];
  if (lanes) {
    parts = [];
    for (const [i, box] of lanes.boxes.entries()) {
      if (box.bottom - lanes.scrollTop < 0 || box.top - lanes.scrollTop > lanes.viewport) continue;
      const label = host.grouping.lanes[i]?.label;
      parts.push({ y: box.bodyTop - lanes.scrollTop, layout: lanes.packed.get(i), density: lanes.density.get(i), labelY: box.top - lanes.scrollTop, ...(label !== undefined && { label }) });
    }
  } else {
    parts = [{ y: 0, layout: view.layout }];
  }
  const hidden = new Set(host.hiddenCategories);
  const legend = data.looks.looks.filter((l) => l.id !== undefined && data.counts.has(l.id) && !hidden.has(l.id));
  return {
    width: view.laidOutWidth > 0 ? view.laidOutWidth : 800,
    plotHeight: view.size.height > 0 ? view.size.height : 340,
    title: text.title,
    range: message === undefined ? text.range : '',
    message,
    ticks: view.ticks,
    eras: view.eras,
    parts,
    clip: lanes ? lanes.viewport : undefined,
    rows: lanes?.rows ?? view.rows,
    stacked: view.stacked,
    selected: host.selected,
    look: (c) => data.looks.look(c),
    legend,
    shortDate: (e) => view.labels.shortDate(e),
    number: (n) => words.number(n),
    source: sourceLine(data.sources, host.src, words),
    palette: palette(plot, host),
    font,
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

/** The plot's colours as its CSS resolves them (custom properties, theme, forced by `theme`). */
function palette(plot: HTMLElement | null, host: TimelineHost): ExportView['palette'] {
  const fallback = { text: '#1b1f24', muted: '#57606a', background: '#ffffff', surface: '#f4f6f8', grid: '#d8dee4' };
  if (!plot) return { ...fallback, categories: new Map<string, string>(), palette: ['#00708a'] };
  const resolved = readPlotColours(plot, host.data.looks);
  const { read } = resolved;
  return {
    text: resolved.css.color || fallback.text,
    muted: read('--_muted', fallback.muted),
    background: read('--_bg', fallback.background),
    surface: read('--_surface', fallback.surface),
    grid: read('--_grid', fallback.grid),
    categories: resolved.categories,
    palette: resolved.palette,
  };
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** Text widths in `font`, measured on a canvas, as labels are. */
function measurer(font: string): Measure {
  measuring ??= document.createElement('canvas').getContext('2d');
  const g = measuring;
  const widths = new Map<string, number>();
  return (text, size, weight) => {
    if (!g) return text.length * size * 0.55;
    const key = `${String(size)}|${String(weight)}|${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      g.font = `${String(weight)} ${String(size)}px ${font}`;
      w = g.measureText(text).width;
      widths.set(key, w);
    }
    return w;
  };
}

/** A file name from the timeline's title: `sahel-russia-timeline.svg`. */
export function fileName(title: string, extension: string): string {
  const base = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
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
