/**
 * What the export chunk (render/export.ts) reads of the element to picture it: its properties
 * and the state its behaviours derived (the intake, the view's layout, the lanes), as values,
 * read-only. The behaviours themselves see far less (host.ts): no controller takes this.
 */
import type { Media, Source } from '../dataset/types.js';
import type { EraBand } from '../layout/eras.js';
import type { VerticalResult } from '../layout/vertical.js';
import type { LanesLayout } from '../layout/lane-stack.js';
import type { ShownLane } from '../layout/lanes.js';
import type { PackResult } from '../layout/pack.js';
import type { PreparedTimeline } from '../layout/prepare.js';
import type { RowGeometry } from '../layout/rows.js';
import type { AxisTick } from '../layout/ticks.js';
import type { CategoryTable } from '../render/glyphs.js';
import type { LabelMetrics } from '../render/label-metrics.js';
import type { SceneView } from '../render/scene.js';
import type { Words } from '../strings.js';
import type { ElementHost } from './host.js';

export interface TimelineHost extends ElementHost {
  /** Intake's state (DataController). */
  readonly data: {
    readonly all: PreparedTimeline;
    readonly prepared: PreparedTimeline;
    readonly looks: CategoryTable;
    readonly counts: ReadonlyMap<string, number>;
    readonly sources: readonly Source[];
    readonly loading: boolean;
    readonly reading: number | undefined;
  };
  /** The view laid out (ViewController). */
  readonly view: {
    readonly laidOutWidth: number;
    readonly size: { readonly width: number; readonly height: number };
    /** Time down the plot (`orientation="vertical"`): its marks and clusters. */
    readonly vertical: VerticalResult | undefined;
    readonly ticks: AxisTick[];
    readonly eras: EraBand[];
    readonly layout: PackResult;
    readonly lanes: LanesLayout | undefined;
    readonly rows: RowGeometry;
    readonly stacked: boolean;
    readonly labels: LabelMetrics;
    /** The layout as the scene is drawn from (render/scene.ts), as the gesture canvas draws it. */
    sceneView(): SceneView;
  };
  /** The lanes as shown (LaneController). */
  readonly grouping: { readonly lanes: readonly ShownLane[] };
  /** The interface's words in the element's language. */
  readonly words: Words;
  /** The title card as shown: the page's heading, summary and media, else the data's in the reader's language. */
  titleCard(): { title?: string; summary?: string; media?: Media };
}
