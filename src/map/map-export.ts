/**
 * Pictures of the map, a chunk the map loads when one is first asked for: the map's scene
 * (map-scene.ts) in the colours its theme resolves to now, written as SVG or painted as a PNG
 * by the timeline's own writers.
 */
import { sceneToPng } from '../render/scene-canvas.js';
import { sceneToSvg } from '../render/scene-svg.js';
import { buildMapScene, type MapColours, type MapPicture } from './map-scene.js';

/** The tokens a picture reads, each resolved to a colour the writers take (`rgb(…)`). */
const TOKENS = { text: '--_text', muted: '--_muted', background: '--_bg', surface: '--_surface', water: '--_water', land: '--_land', focus: '--_focus' } as const;

/** The map's colours as its CSS resolves them: each token through a probe's `color`, so `color-mix()` comes out as a colour. */
export function mapColours(root: ShadowRoot | HTMLElement): MapColours {
  const frame = root.querySelector('.map') ?? (root instanceof HTMLElement ? root : null);
  const probe = document.createElement('span');
  probe.hidden = true;
  frame?.append(probe);
  const read = (token: string) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  };
  const c = Object.fromEntries(Object.entries(TOKENS).map(([k, token]) => [k, read(token)])) as Record<keyof typeof TOKENS, string>;
  probe.style.color = `color-mix(in srgb, var(--_accent) 12%, transparent)`;
  const shade = getComputedStyle(probe).color;
  probe.style.color = `color-mix(in srgb, var(--_accent) 30%, transparent)`;
  const shadeInWindow = getComputedStyle(probe).color;
  const font = getComputedStyle(probe).fontFamily;
  probe.remove();
  return { ...c, shade, shadeInWindow, font };
}

/** The map as a standalone SVG file. */
export function toSvg(picture: MapPicture, root: ShadowRoot): string {
  return sceneToSvg(buildMapScene(picture, mapColours(root)), picture.heading);
}

/** The map as a PNG, `scale` pixels to a CSS pixel (2 when not a positive number; 8 at most). */
export function toPng(picture: MapPicture, root: ShadowRoot, scale: number): Promise<Blob> {
  const s = Number.isFinite(scale) && scale > 0 ? Math.min(scale, 8) : 2;
  return sceneToPng(buildMapScene(picture, mapColours(root)), s);
}
