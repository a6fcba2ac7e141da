/**
 * The plot's colours and font as its CSS resolves them (theme, custom properties, a page's
 * categories), read when a drawing needs them: the gesture canvas (ink.ts) and pictures of the
 * view (export.ts) build their scene in the colours the reader sees.
 */
import { OPEN_PALETTE_SIZE, type CategoryTable } from './glyphs.js';
import type { SceneStyle } from './scene.js';

export interface PlotColours {
  /** The plot's computed style (its `color` is the text colour, its `fontFamily` the font). */
  readonly css: CSSStyleDeclaration;
  /** A custom property of the plot, or `fallback` when it is unset. */
  readonly read: (name: string, fallback: string) => string;
  /** Each category look's colour (`--_c`), by class name; the text colour where a look has none. */
  readonly categories: Map<string, string>;
  /** The open palette (`--_p0`…), which eras without a colour take in turn. */
  readonly palette: string[];
}

/** Reads the plot's colours: each category's by a hidden probe of its class, then the palette. */
export function readPlotColours(plot: HTMLElement, looks: CategoryTable): PlotColours {
  const css = getComputedStyle(plot);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const categories = new Map<string, string>();
  // A probe per look, all put in before any is read: styles are worked out once, not once a look.
  const probes = [...looks.looks, looks.look(undefined)].map((look) => {
    const probe = document.createElement('span');
    probe.hidden = true;
    probe.className = look.className;
    return probe;
  });
  plot.append(...probes);
  for (const probe of probes) categories.set(probe.className, getComputedStyle(probe).getPropertyValue('--_c').trim() || css.color);
  for (const probe of probes) probe.remove();
  const palette = Array.from({ length: OPEN_PALETTE_SIZE }, (_, i) => read(`--_p${String(i)}`, css.color));
  return { css, read, categories, palette };
}

/** Where the plot is not drawn yet: the light theme's colours (styles/tokens.ts). */
const FALLBACK = { font: 'system-ui, sans-serif', text: '#1b1f24', muted: '#57606a', background: '#ffffff', surface: '#f4f6f8', grid: '#d8dee4' };

/** The colours and font a scene of the plot is drawn in (scene.ts), read once for a gesture or a picture. */
export function readSceneStyle(plot: HTMLElement | null, looks: CategoryTable): SceneStyle {
  if (!plot) return { ...FALLBACK, categories: new Map<string, string>(), palette: ['#00708a'] };
  const { css, read, categories, palette } = readPlotColours(plot, looks);
  return {
    font: css.fontFamily || FALLBACK.font,
    text: css.color || FALLBACK.text,
    muted: read('--_muted', FALLBACK.muted),
    background: read('--_bg', FALLBACK.background),
    surface: read('--_surface', FALLBACK.surface),
    grid: read('--_grid', FALLBACK.grid),
    categories,
    palette,
  };
}
