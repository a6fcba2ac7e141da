/**
 * The element's behaviours, composed: each controller is made here with its own host (the
 * element, seen through the narrow interface its module declares) and the values and
 * callbacks it uses, read from the others here and only here. No controller imports or holds
 * another; what two of them share (the events shown, the lanes, the view's window) is passed
 * as values through these closures.
 */
import { AnnouncerController } from './controllers/announcer-controller.js';
import { ClusterController } from './controllers/cluster-controller.js';
import { DataController } from './controllers/data-controller.js';
import { EraController } from './controllers/era-controller.js';
import { FilterController } from './controllers/filter-controller.js';
import { HashController } from './controllers/hash-controller.js';
import { HintController } from './controllers/hint-controller.js';
import type { ElementHost } from './controllers/host.js';
import { LaneController } from './controllers/lane-controller.js';
import { LanguageController } from './controllers/language-controller.js';
import { NavigationController } from './controllers/navigation-controller.js';
import { PanelsController } from './controllers/panels-controller.js';
import { PlayController } from './controllers/play-controller.js';
import { RovingFocus } from './controllers/roving-focus.js';
import { SelectionController } from './controllers/selection-controller.js';
import { ToolbarController } from './controllers/toolbar-controller.js';
import { ViewController } from './controllers/view-controller.js';
import type { Words } from './strings.js';

/** The element as its behaviours are made with it: its properties, and its language and words. */
export interface BehavioursHost extends ElementHost {
  readonly language: string | undefined;
  readonly readerLanguage: string;
  readonly words: Words;
  readonly wordsReady: boolean;
}

/** What the composition needs of the element that no behaviour owns. */
export interface BehavioursOptions {
  /** Whether a gesture starting now may draw on the canvas (see ViewOptions.mayInk). */
  mayInk: () => boolean;
  /** The toolbar's range in words. */
  rangeText: () => string;
}

export class TimelineBehaviours {
  readonly data: DataController;
  readonly filters: FilterController;
  readonly grouping: LaneController;
  readonly periods: EraController;
  readonly links: HashController;
  readonly player: PlayController;
  readonly view: ViewController;
  readonly nav: NavigationController;
  readonly selection: SelectionController;
  readonly clusters: ClusterController;
  readonly liveRegion: AnnouncerController;
  readonly hint: HintController;
  readonly toolbar: ToolbarController;
  readonly legendFocus: RovingFocus;
  readonly panels: PanelsController;
  readonly wording: LanguageController;

  // Made in this order: the controllers that add themselves to the host are called (hostUpdate,
  // hostUpdated) in it.
  constructor(el: BehavioursHost, options: BehavioursOptions) {
    const prepared = () => this.data.prepared;
    const lanes = () => (this.grouping.on ? { list: this.grouping.lanes, active: this.grouping.active } : undefined);
    const select = (id: string | null, cause: Parameters<SelectionController['select']>[1]) => { this.selection.select(id, cause); };
    this.data = new DataController(el);
    this.filters = new FilterController(el, { all: () => this.data.all, looks: () => this.data.looks, counts: () => this.data.counts });
    this.grouping = new LaneController(el, {
      all: () => this.data.all,
      prepared,
      looks: () => this.data.looks,
      suggested: () => this.data.groupBy,
      inking: () => this.view.inking,
    });
    this.periods = new EraController(el, { given: () => this.data.eras, extent: () => this.data.all.extent });
    this.links = new HashController(el, {
      orderOf: (id) => prepared().orderOf.get(id),
      settled: () => !this.data.loading && this.data.all.events.length > 0,
      select,
      view: { width: () => this.view.laidOutWidth, reveal: (order, animate) => { this.view.reveal(order, animate); } },
    });
    this.player = new PlayController(el, {
      prepared,
      selectedOrder: () => this.selection.order,
      select: (id) => {
        // Each event play walks to replaces the history entry rather than adding one.
        this.links.replacing = true;
        this.selection.select(id, 'play');
        this.links.replacing = false;
      },
      view: { reveal: (order, animate) => { this.view.reveal(order, animate); } },
      announce: (text) => { this.liveRegion.now(text); },
    });
    this.view = new ViewController(el, {
      ...options,
      onScrollPassThrough: () => { this.hint.show(); },
      onRangeChange: () => { this.liveRegion.schedule(); },
      prepared,
      looks: () => this.data.looks,
      relocalized: () => this.data.relocalized,
      opening: () => this.data.opening,
      eraBands: (x, width, measure) => this.periods.bands(x, width, measure),
      eraLines: () => this.periods.lines,
      lanes: () => (this.grouping.on ? { list: this.grouping.lanes, active: this.grouping.active, pack: this.grouping.chunk?.packLanes } : undefined),
      pinned: () => this.nav.pinned(),
      activeOrder: () => this.nav.activeOrder(),
    });
    const port = this.view.port;
    this.nav = new NavigationController(el, {
      prepared,
      lanes,
      enterLane: (i) => { this.grouping.active = i; },
      relinks: (id) => this.grouping.relinks(id),
      view: port,
      select,
    });
    this.selection = new SelectionController(el, {
      prepared,
      view: port,
      onSelect: (id, cause) => {
        if (id !== null) this.nav.activeId = id;
        if (cause !== undefined) this.links.selected(id);
      },
    });
    this.clusters = new ClusterController(el, { view: port, focusPlot: () => { this.nav.focusPlot(); } });
    this.liveRegion = new AnnouncerController(el, { prepared, view: port });
    this.hint = new HintController(el);
    this.toolbar = new ToolbarController(el);
    this.legendFocus = new RovingFocus(el);
    this.panels = new PanelsController(el);
    this.wording = new LanguageController(el);
  }
}
