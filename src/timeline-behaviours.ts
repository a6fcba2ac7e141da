/**
 * The element's behaviours, composed: each controller is made here with its own host (the
 * element, seen through the narrow interface its module declares) and its inputs, the values
 * and callbacks it uses. This class is those inputs: each method reads one value from the
 * behaviour that keeps it, or passes one action on, so that no controller imports or holds
 * another; what two of them share (the events shown, the lanes, the view's window) goes
 * through here as values.
 */
import type { SelectCause } from './events.js';
import { AnnouncerController, type AnnouncerInputs } from './controllers/announcer-controller.js';
import { ClusterController, type ClusterInputs } from './controllers/cluster-controller.js';
import { DataController } from './controllers/data-controller.js';
import { EditController, type EditInputs } from './controllers/edit-controller.js';
import { EraController, type EraInputs } from './controllers/era-controller.js';
import { FilterController, type FilterInputs } from './controllers/filter-controller.js';
import { HashController } from './controllers/hash-controller.js';
import { HintController } from './controllers/hint-controller.js';
import type { ElementHost, ViewPort } from './controllers/host.js';
import { LaneController, type LaneInputs } from './controllers/lane-controller.js';
import { LanguageController } from './controllers/language-controller.js';
import { NavigationController, type NavigationInputs } from './controllers/navigation-controller.js';
import { PanelsController } from './controllers/panels-controller.js';
import { PlayController } from './controllers/play-controller.js';
import { PrintController, type PrintInputs } from './controllers/print-controller.js';
import type { PlotRoom, ScreenRoom } from './controllers/resize-controller.js';
import type { PlayerInputs } from './controllers/player.js';
import type { StoryInputs } from './controllers/story-view.js';
import { RovingFocus } from './controllers/roving-focus.js';
import { SelectionController, type SelectionInputs } from './controllers/selection-controller.js';
import { StoryController } from './controllers/story-controller.js';
import { VerticalController } from './controllers/vertical-controller.js';
import { ToolbarController } from './controllers/toolbar-controller.js';
import type { UrlHashInputs } from './controllers/url-hash.js';
import { ViewController, type ViewLanes, type ViewOptions } from './controllers/view-controller.js';
import type { MeasureTitle } from './layout/eras.js';
import type { ViewScale } from './layout/pack.js';
import type { PreparedTimeline } from './layout/prepare.js';
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
  /** Updates the element now, not at the next microtask (printing lays out before the browser does). */
  updateNow: () => void;
}

type Inputs = FilterInputs & LaneInputs & EraInputs & UrlHashInputs & PlayerInputs & ViewOptions;
type MoreInputs = NavigationInputs & SelectionInputs & ClusterInputs & AnnouncerInputs & PrintInputs & StoryInputs & EditInputs;

export class TimelineBehaviours implements Inputs, MoreInputs {
  // Made in this order: the controllers that add themselves to the host are called (hostUpdate,
  // hostUpdated) in it.
  readonly data: DataController = new DataController(this.el);
  readonly filters: FilterController = new FilterController(this.el, this);
  readonly grouping: LaneController = new LaneController(this.el, this);
  readonly periods: EraController = new EraController(this.el, this);
  readonly links: HashController = new HashController(this.el, this);
  readonly player: PlayController = new PlayController(this.el, this);
  readonly view: ViewController = new ViewController(this.el, this);
  readonly nav: NavigationController = new NavigationController(this.el, this);
  readonly selection: SelectionController = new SelectionController(this.el, this);
  readonly clusters: ClusterController = new ClusterController(this.el, this);
  readonly liveRegion: AnnouncerController = new AnnouncerController(this.el, this);
  readonly hint: HintController = new HintController(this.el);
  readonly toolbar: ToolbarController = new ToolbarController(this.el);
  readonly legendFocus: RovingFocus = new RovingFocus(this.el);
  readonly panels: PanelsController = new PanelsController(this.el);
  readonly wording: LanguageController = new LanguageController(this.el);
  readonly print: PrintController = new PrintController(this.el, this);
  readonly story: StoryController = new StoryController(this.el, this);
  /** The vertical layout's chunk (`orientation="vertical"`). */
  readonly vertical = new VerticalController(this.el);
  /** Editing in place (`editable`), its chunk. */
  readonly editing: EditController = new EditController(this.el, this);

  constructor(
    private readonly el: BehavioursHost,
    private readonly options: BehavioursOptions,
  ) {}

  // Intake's values.
  all(): PreparedTimeline {
    return this.data.all;
  }

  prepared(): PreparedTimeline {
    return this.data.prepared;
  }

  looks(): ReturnType<Inputs['looks']> {
    return this.data.looks;
  }

  counts(): ReadonlyMap<string, number> {
    return this.data.counts;
  }

  suggested(): string | undefined {
    return this.data.groupBy;
  }

  given(): unknown {
    return this.data.eras;
  }

  extent(): readonly [number, number] | null {
    return this.data.all.extent;
  }

  relocalized(): boolean {
    return this.data.relocalized;
  }

  edited(): boolean {
    return this.editing.edited;
  }

  list(): ReturnType<EditInputs['list']> {
    return Array.isArray(this.el.events) ? this.el.events : this.data.base.list;
  }

  tickStep(): number {
    const [a, b] = this.view.ticks;
    return a && b ? b.time - a.time : this.view.currentWindow().end - this.view.currentWindow().start;
  }

  laneField(): string | undefined {
    const { by, on } = this.grouping;
    return on ? (typeof by === 'string' ? by.trim() : '') : undefined;
  }

  opening(): ReturnType<Inputs['opening']> {
    return this.data.opening;
  }

  orderOf(id: string): number | undefined {
    return this.data.prepared.orderOf.get(id);
  }

  settled(): boolean {
    return !this.data.loading && this.data.all.events.length > 0;
  }

  // The filters' source, and the lanes'.
  source(): ReturnType<Inputs['source']> {
    return this.filters.source;
  }

  request(): ReturnType<Inputs['request']> {
    return this.filters.request;
  }

  laneTimelines(): ReturnType<Inputs['laneTimelines']> {
    return this.grouping.chunk?.lanesAmong;
  }

  verticalPack(): ReturnType<Inputs['verticalPack']> {
    return this.vertical.module()?.packVertical;
  }

  lanes(): ViewLanes | undefined {
    const { on, lanes: list, active, chunk } = this.grouping;
    // Lanes are drawn across only: down the plot, the keys and the view see none.
    return on && this.el.orientation !== 'vertical' ? { list, active, step: chunk?.laneStep, pack: chunk?.packLanes, source: this.filters.source, request: this.filters.request } : undefined;
  }

  enterLane(index: number): void {
    this.grouping.active = index;
  }

  relinks(id: string | null): boolean {
    return this.grouping.relinks(id);
  }

  eraBands(x: ViewScale, width: number, measure: MeasureTitle): ReturnType<Inputs['eraBands']> {
    return this.periods.bands(x, width, measure);
  }

  eraLines(): number {
    return this.periods.lines;
  }

  // The view.
  get port(): ViewPort {
    return this.view.port;
  }

  inking(): boolean {
    return this.view.inking;
  }

  mayInk(): boolean {
    return this.options.mayInk();
  }

  rangeText(): string {
    return this.options.rangeText();
  }

  screenRoom(): ScreenRoom {
    return this.view.size.screen;
  }

  layOutFor(paper: PlotRoom | undefined): void {
    this.view.size.paper = paper;
    this.options.updateNow();
  }

  onScrollPassThrough(): void {
    this.hint.show();
  }

  onRangeChange(): void {
    this.liveRegion.schedule();
  }

  // The focus and the selection.
  pinned(): ReturnType<Inputs['pinned']> {
    return this.nav.pinned();
  }

  activeOrder(): number {
    return this.nav.activeOrder();
  }

  focusPlot(): void {
    this.nav.focusPlot();
  }

  selectedOrder(): number | undefined {
    return this.selection.order;
  }

  select(id: string | null, cause: SelectCause): boolean {
    return this.selection.select(id, cause);
  }

  stepSelection(by: 1 | -1, cause: SelectCause): void {
    this.selection.step(by, cause);
  }

  playing(): boolean {
    return this.player.playing;
  }

  onSelect(id: string | null, cause: SelectCause | undefined): void {
    if (id !== null) this.nav.activeId = id;
    if (cause !== undefined) this.links.selected(id);
    this.story.view()?.selected(cause);
  }

  /** A story whose slide the filters hid moves on to `id`: the URL names it in place of the hidden one. */
  moveOn(id: string | null): void {
    this.links.replacing = true;
    this.links.selected(id);
    this.links.replacing = false;
    this.selection.select(id);
  }

  quietMove(): void {
    this.liveRegion.quietMove();
  }

  selectPlayed(id: string): void {
    // Each event play walks to replaces the history entry rather than adding one.
    this.links.replacing = true;
    this.selection.select(id, 'play');
    this.links.replacing = false;
  }

  announce(text: string): void {
    this.liveRegion.now(text);
  }

  focusEvent(id: string): void {
    const order = this.data.prepared.orderOf.get(id);
    if (order !== undefined) this.nav.focusEvent(order);
  }
}
