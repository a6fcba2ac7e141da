/**
 * Pictures of the view (`toSVG()`, `toPNG()`) and the toolbar's export panel: all of it
 * (render/export.ts: the scene, the SVG writer, the canvas painter, the panel, its state and
 * styles) is a chunk, loaded the first time a picture is asked for or the panel is opened.
 */
import type * as ExportModule from '../render/export.js';
import { OnDemand } from './on-demand.js';

export type { ExportModule };

/** The export chunk (once per page). */
export const exporter = new OnDemand<typeof ExportModule>(() => import('../render/export.js'));
