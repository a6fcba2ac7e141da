/**
 * The map's template: the outlines (SVG, under the zoom transform), the canvas the points are
 * painted on, a button per mark (named by map-names.ts, placed through the CSSOM so that strict
 * CSP pages keep them), the zoom buttons, the boundaries' source and the status line.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { inputCause } from '../events.js';
import { icons } from '../render/icons.js';
import { setStyles } from '../render/set-styles.js';
import type { Words } from '../strings.js';
import type { MapKeys } from './map-keys.js';
import type { MapMark } from './map-marks.js';
import { markLabel, type NameContext } from './map-names.js';
import type { MapStrings } from './map-strings.js';
import type { MapTransform } from './map-view.js';

/** What the template reads of the map. */
export interface MapView {
  readonly map: MapStrings;
  readonly words: Words;
  readonly projected: { readonly sphere: string; readonly land: string; readonly shaded: ReadonlyMap<string, string> } | undefined;
  readonly t: MapTransform;
  readonly marks: readonly MapMark[];
  /** Undefined until the outlines have come (the marks' names need them). */
  readonly names: NameContext | undefined;
  readonly keys: MapKeys;
  readonly selected: string | null;
  readonly status: string;
  kind(mark: MapMark): 'place' | 'country' | 'cluster';
  inWindow(mark: MapMark): boolean;
  eventId(event: number): string | undefined;
  shadeClass(code: string): string;
  zoomBy(factor: number): void;
  fit(): void;
  light(id: string | null): void;
}

export function renderMap(v: MapView): TemplateResult {
  const { map, projected: p, t } = v;
  const transform = `translate(${String(t.x)} ${String(t.y)}) scale(${String(t.k)})`;
  const names = v.names;
  return html`<div class="map" part="map" role="group" aria-label=${map.map} aria-describedby="help">
      <svg class="land" aria-hidden="true" focusable="false">
        ${p
          ? svg`<g transform=${transform}>
          <path class="sphere" d=${p.sphere}></path>
          <path class="countries" d=${p.land}></path>
          ${[...p.shaded].map(([code, d]) => svg`<path class=${v.shadeClass(code)} d=${d}></path>`)}
        </g>`
          : nothing}
      </svg>
      <canvas class="points" aria-hidden="true"></canvas>
      <div class="marks" @keydown=${v.keys.onKeyDown} @focusin=${v.keys.onFocusIn} @focusout=${v.keys.onFocusOut}>
        ${names ? v.marks.map((m, i) => renderMark(v, m, i, names)) : nothing}
      </div>
      <div class="controls">
        <button class="control" part="control" type="button" aria-label=${map.zoomIn} title=${map.zoomIn} @click=${() => { v.zoomBy(2); }}>${icons.zoomIn}</button>
        <button class="control" part="control" type="button" aria-label=${map.zoomOut} title=${map.zoomOut} @click=${() => { v.zoomBy(0.5); }}>${icons.zoomOut}</button>
        <button class="control" part="control" type="button" aria-label=${map.fit} title=${map.fit} @click=${() => { v.fit(); }}>${icons.fit}</button>
      </div>
      <p class="attribution" part="attribution">${map.attribution}</p>
    </div>
    <p class="status" role="status">${v.status}</p>
    <p id="help" class="sr-only">${map.mapHelp}</p>`;
}

/** A mark's button: the event it names (or its cluster), pressed when that event is selected. */
function renderMark(v: MapView, m: MapMark, i: number, ctx: NameContext): TemplateResult {
  const cursor = v.keys.cursorOf(m);
  const names = v.keys.names(m);
  const id = names ? v.eventId(m.events[cursor] ?? -1) : undefined;
  const kind = v.kind(m);
  // Its count shows where it holds several: the name says it too ("3 events around…", "(1 of 3)").
  const label = markLabel(m, cursor, names, ctx);
  return html`<button
    class="mark ${kind} ${v.inWindow(m) ? '' : 'out'}"
    part="mark"
    type="button"
    tabindex=${v.keys.tabIndex(i, v.marks.length)}
    data-id=${id ?? nothing}
    aria-pressed=${String(id !== undefined && id === v.selected)}
    aria-label=${label}
    title=${label}
    ${setStyles({ left: `${m.x.toFixed(1)}px`, top: `${m.y.toFixed(1)}px` })}
    @click=${(e: MouseEvent) => { v.keys.press(i, inputCause(e)); }}
    @pointerenter=${() => { if (id !== undefined) v.light(id); }}
    @pointerleave=${() => { v.light(null); }}
  >${kind === 'place' || m.count < 2 ? nothing : ctx.words.number(m.count)}</button>`;
}
