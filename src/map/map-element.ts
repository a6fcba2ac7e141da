/**
 * <sahel-timeline-map>: where the events happened, linked to a timeline (`for`) or drawn from
 * its own `events`. The state it follows (the events shown, the window, the selection) comes
 * from the link (map-link.ts) or its properties; places and marks are pure (map-places.ts,
 * map-marks.ts, map-view.ts); the points are painted on a canvas (map-paint.ts) and the
 * outlines drawn as SVG, under one zoom transform; what is focusable is a button per mark.
 */
import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TimelineEvent } from '../dataset/types.js';
import { foldText } from '../dataset/fold.js';
import { validateEvents } from '../dataset/validate.js';
import { countryName } from '../render/intl.js';
import type { SelectCause } from '../events.js';
import { prepareTimeline, type PreparedEvent } from '../layout/prepare.js';
import { builtInLanguage, en, Words } from '../strings.js';
import type { SahelTimeline } from '../timeline-element.js';
import { MapLink } from './map-link.js';
import { gatherMarks, type MapMark } from './map-marks.js';
import type { NameContext } from './map-names.js';
import { renderMap } from './map-render.js';
import { loadOutlines, projectPlaces, type Outlines, type Projected } from './map-outlines.js';
import { placeColours, PointPainter, pointStyle } from './map-paint.js';
import { countInWindow, mapPlaces, type MapPlaces } from './map-places.js';
import { mapEn, mapFr, type MapStrings } from './map-strings.js';
import type { MapPicture } from './map-scene.js';
import { mapStyles } from './map.styles.js';
import { centreOn, constrain, corePlaces, fitTransform, inView, MAX_ZOOM, worldProjection, zoomAround, type MapTransform } from './map-view.js';
import { MapKeys } from './map-keys.js';
import { MapPointer } from './map-pointer.js';

/**
 * A map of where the events happened, linked to a `<sahel-timeline>`: it shows the events of the
 * timeline's window (the others faded), follows its filters, search and selection, and selects
 * on the timeline what the reader selects on it. Points are drawn by their place's precision:
 * a dot for an exact spot or a town, a dashed ring for a region, a shaded country.
 *
 * @summary A map linked to a timeline: where each event happened.
 *
 * @fires sahel-select - The reader selected an event on the map (detail: `{ event, cause }`).
 *
 * @csspart map - The map's frame.
 * @csspart mark - Each place's (or cluster's) button on the map.
 * @csspart attribution - The boundaries' source, in a corner.
 *
 * @cssprop --sahel-timeline-map-height - The map's height (default min(60vh, 420px)).
 * @cssprop --sahel-timeline-map-land - The land's colour.
 * @cssprop --sahel-timeline-map-water - The sea's colour.
 */
export class SahelTimelineMap extends LitElement {
  static override styles = mapStyles;

  /** The id of the `<sahel-timeline>` to follow, in the same document or shadow root. */
  @property({ type: String, attribute: 'for' }) for: string | undefined;

  /** The events to map when no timeline is followed (else the timeline's shown events are). */
  @property({ attribute: false }) events: readonly TimelineEvent[] | undefined;

  /** The selected event's id: set by the reader, the followed timeline or the page. */
  @property({ type: String, reflect: true }) selected: string | null = null;

  /** The language of the map's words and dates (else the timeline's, else the nearest `lang`). */
  @property({ type: String }) locale: string | undefined;

  /** The page's own words for any of the map's (see MapStrings). */
  @property({ attribute: false }) strings: Partial<MapStrings> | undefined;

  /** `light` or `dark`; unset follows the reader's preference. */
  @property({ type: String, reflect: true }) theme: 'light' | 'dark' | undefined;

  @state() private outlines: Outlines | undefined;
  @state() private shown: readonly PreparedEvent[] = [];
  @state() private width = 0;
  @state() private height = 0;
  @state() private t: MapTransform = { k: 1, x: 0, y: 0 };
  /** Updated at rest, after a zoom of the timeline settles: the marks' window, the shades'. */
  @state() private settledWindow: readonly [number, number] = [-Infinity, Infinity];

  private window: readonly [number, number] = [-Infinity, Infinity];
  private lit: string | null = null;
  private places: MapPlaces | undefined;
  private projected: Projected | undefined;
  private counts = new Uint32Array(0);
  private colours: string[] = [];
  private marks: MapMark[] = [];
  private marksFor: readonly unknown[] = [];
  private settle: ReturnType<typeof setTimeout> | undefined;
  private fitted = false;
  private readonly painter = new PointPainter();
  private looks: ReturnType<typeof pointStyle> | undefined;
  private indexById = new Map<string, number>();
  private readonly schemeQuery = matchMedia('(prefers-color-scheme: dark)');
  /** The reader's colour scheme: when it flips, the colours are read again. */
  @state() protected scheme = this.schemeQuery.matches;
  private readonly onScheme = (): void => { this.scheme = this.schemeQuery.matches; };
  private readonly observer = new ResizeObserver(([entry]) => {
    const box = entry?.contentRect;
    if (box && (box.width !== this.width || box.height !== this.height)) {
      this.width = box.width;
      this.height = box.height;
    }
  });

  private readonly link = new MapLink(this, {
    target: () => this.for,
    onUpdate: (tl) => { this.follow(tl); },
    onWindow: (start, end) => { this.moveWindow(start, end); },
    onLight: (id) => { this.light(id, false); },
  });

  /** @internal */
  readonly keys = new MapKeys(this, {
    marks: () => this.marks,
    selected: () => (this.selected === null ? -1 : (this.indexById.get(this.selected) ?? -1)),
    canPart: (mark) => this.t.k < MAX_ZOOM && mark.places.length > 1,
    select: (id, cause) => { this.choose(id, cause); },
    light: (id) => { this.light(id, true); },
    zoom: (factor) => { this.zoomBy(factor); },
    zoomInto: (mark) => { this.zoomInto(mark); },
    eventId: (e) => this.shown[e]?.event.id,
  });

  private readonly pointer = new MapPointer(this, {
    transform: () => this.t,
    set: (t) => { this.move(t); },
  });

  /** Zooms the map in (factor > 1) or out around its middle. */
  zoomBy(factor: number): void {
    this.move(zoomAround(this.t, factor, this.width / 2, this.height / 2));
  }

  /** Moves the map, never past the world's edges. */
  private move(t: MapTransform): void {
    this.t = this.projected ? constrain(t, this.projected.world, this.width, this.height) : t;
  }

  /**
   * A picture of the map as a standalone SVG file: the outlines as the map shows them now, the
   * shaded countries, each place's point, the clusters' counts, a heading and the boundaries'
   * source. Asynchronous: the exporter is loaded on demand.
   */
  async toSVG(): Promise<string> {
    const m = await import('./map-export.js');
    return m.toSvg(this.picture(), this.renderRoot as ShadowRoot);
  }

  /** The same picture as `toSVG()`, as a PNG Blob `scale` times the map's size in CSS pixels (default 2, at most 8). */
  async toPNG(scale = 2): Promise<Blob> {
    const m = await import('./map-export.js');
    return m.toPng(this.picture(), this.renderRoot as ShadowRoot, scale);
  }

  /** What a picture of the map draws. */
  private picture(): MapPicture {
    const p = this.projected;
    const places = this.places;
    const o = this.outlines;
    const { map, words } = this.mapWords;
    const selected = this.placeOf(this.selected);
    const shaded = [...(places?.countries ?? [])].flatMap((code) => {
      const shape = o?.countries.get(code);
      const i = places?.places.findIndex((pl) => pl.country === code) ?? -1;
      return shape ? [{ shape, inWindow: this.placeIn(i) }] : [];
    });
    return {
      width: this.width,
      height: this.height,
      projection: p?.projection ?? worldProjection(this.width, this.height, 0),
      t: this.t,
      countries: o ? [...o.countries.values()] : [],
      shaded,
      places: places?.places ?? [],
      xs: p?.xs ?? new Float64Array(0),
      ys: p?.ys ?? new Float64Array(0),
      counts: this.counts,
      colours: this.colours,
      marks: this.marks,
      selected,
      heading: this.link.timeline?.titleCard().title ?? map.map,
      attribution: map.attribution,
      number: (n) => words.number(n),
    };
  }

  /** Fits the map to the events' places again. */
  fit(): void {
    this.fitted = false;
    this.requestUpdate();
  }

  /** The timeline followed, if found. @internal */
  get timeline(): SahelTimeline | undefined {
    return this.link.timeline;
  }

  /** The map's words in its language, and the words its dates are written with. @internal */
  get mapWords(): { map: MapStrings; words: Words } {
    const tl = this.link.timeline;
    const lang = this.locale ?? tl?.readerLanguage ?? this.closest('[lang]')?.getAttribute('lang') ?? navigator.language;
    const base = builtInLanguage(lang) === 'fr' ? mapFr : mapEn;
    const words = tl?.words ?? new Words(en, lang);
    return { map: this.strings ? { ...base, ...this.strings } : base, words };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadOutlines().then((o) => { this.outlines = o; });
    this.schemeQuery.addEventListener('change', this.onScheme);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    this.schemeQuery.removeEventListener('change', this.onScheme);
    clearTimeout(this.settle);
  }

  protected override firstUpdated(): void {
    const box = this.renderRoot.querySelector('.map');
    if (box) {
      this.observer.observe(box);
      this.pointer.attach(box as HTMLElement);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('for')) this.link.find();
    if (!this.link.timeline && (changed.has('events') || changed.has('for'))) {
      // A map of its own events: checked as the timeline checks them (bad places are reported there).
      this.shown = prepareTimeline(validateEvents(this.events ?? []).events).events;
      this.window = [-Infinity, Infinity];
      this.settledWindow = this.window;
    }
    const o = this.outlines;
    if (!o) return;
    const placesChanged = changed.has('shown') || changed.has('outlines') || !this.places;
    if (placesChanged) {
      const same = (a: string, b: string) => foldText(a).trim() === foldText(b).trim();
      // Read once: without a timeline, mapWords makes its Words (three Intl formatters) anew.
      const { locale } = this.mapWords.words;
      this.places = mapPlaces(this.shown, (code) => o.anchor(code), (name, codes) => codes.find((c) => same(countryName(c, locale), name)));
      this.counts = new Uint32Array(this.places.places.length);
      this.indexById = new Map(this.shown.map((p, i) => [p.event.id, i]));
      // New places: their counts for the window (later windows count them as they come).
      countInWindow(this.places, this.window[0], this.window[1], this.counts);
    }
    // The colours again when the theme or the reader's scheme flips.
    if (placesChanged || changed.has('theme') || changed.has('scheme')) {
      this.colours = placeColours(this.link.timeline, this.places?.places ?? [], this.shown, this);
      this.looks = undefined;
    }
    if (placesChanged || changed.has('width') || changed.has('height')) this.project(o);
    if (!this.fitted && this.width > 0 && this.places && this.projected) {
      this.fitted = true;
      // A country's events count half: its label point stands for somewhere in it.
      const core = corePlaces(this.places.places.map((p) => ({ ...p, weight: p.events.length / (p.country ? 2 : 1) })));
      this.move(fitTransform(this.projected.xs, this.projected.ys, core, this.width, this.height));
    }
    if (changed.has('selected')) this.bringIntoView();
    // The marks again only where the places or the view moved: not for a key's step through a
    // mark, a light or the window settling, which gather them as they were.
    const view = [this.places, this.projected, this.t, this.width, this.height];
    if (this.places && this.projected && view.some((v, i) => v !== this.marksFor[i])) {
      this.marksFor = view;
      this.marks = gatherMarks(this.places.places, this.projected.xs, this.projected.ys, this.t, this.width, this.height);
    }
  }

  protected override updated(): void {
    this.paint();
  }

  protected override render(): TemplateResult {
    const { map, words } = this.mapWords;
    const unmapped = this.places?.unmapped ?? 0;
    return renderMap({
      map,
      words,
      projected: this.projected,
      t: this.t,
      marks: this.marks,
      names: this.outlines ? this.nameContext(words, map, this.outlines) : undefined,
      keys: this.keys,
      selected: this.selected,
      status: this.places?.places.length === 0 && this.shown.length > 0 ? map.empty : unmapped > 0 ? words.plural(map.unmapped, unmapped) : '',
      kind: (m) => (m.places.length > 1 ? 'cluster' : this.places?.places[m.places[0] ?? -1]?.precision === 'country' ? 'country' : 'place'),
      inWindow: (m) => m.places.some((i) => this.placeIn(i)),
      eventId: (e) => this.shown[e]?.event.id,
      shadeClass: (code) => this.shadeClass(code),
      zoomBy: (f) => { this.zoomBy(f); },
      fit: () => { this.fit(); },
      light: (id) => { this.light(id, true); },
    });
  }

  private nameContext(words: Words, map: MapStrings, outlines: Outlines): NameContext {
    return { words, map, outlines, places: this.places?.places ?? [], events: this.shown, inWindow: (e) => this.settledIn(e) };
  }

  /** Whether an event (by index) is in the window as it last settled. */
  private settledIn(e: number): boolean {
    const p = this.shown[e];
    return p !== undefined && p.start < this.settledWindow[1] && p.end > this.settledWindow[0];
  }

  /** Whether any of a place's events is in the window as it last settled. */
  private placeIn(place: number): boolean {
    return this.places?.places[place]?.events.some((e) => this.settledIn(e)) ?? false;
  }

  /** The first place of an event (by id), or -1: off the map, or none. */
  private placeOf(id: string | null): number {
    return id === null ? -1 : (this.places?.placesOf[this.indexById.get(id) ?? -1]?.[0] ?? -1);
  }

  private shadeClass(code: string): string {
    const i = this.places?.places.findIndex((p) => p.country === code) ?? -1;
    const selected = this.selected !== null && (this.places?.places[i]?.events.includes(this.indexById.get(this.selected) ?? -1) ?? false);
    return `shade ${this.placeIn(i) ? 'in-window' : ''} ${selected ? 'selected' : ''}`;
  }

  /** Follows the timeline: its events shown, its window, its selection. */
  private follow(tl: SahelTimeline): void {
    const shown = tl.data.prepared.events;
    if (shown !== this.shown) this.shown = shown;
    if (tl.selected !== this.selected) this.selected = tl.selected;
  }

  /** The timeline's window moved: the points repainted now, the marks once it settles. */
  private moveWindow(start: number, end: number): void {
    if (start === this.window[0] && end === this.window[1]) return;
    this.window = [start, end];
    if (this.places) countInWindow(this.places, start, end, this.counts);
    this.paint();
    clearTimeout(this.settle);
    this.settle = setTimeout(() => { this.settledWindow = this.window; }, 150);
  }

  /** Lights an event (null: none) on the map and, when the reader lit it here, on the timeline. */
  private light(id: string | null, here: boolean): void {
    if (id === this.lit) return;
    this.lit = id;
    if (here) this.link.light(id);
    this.paint();
  }

  /** Selects an event for the reader, on the map and on the timeline followed. */
  private choose(id: string, cause: SelectCause): void {
    this.selected = id;
    const tl = this.link.timeline;
    if (tl) {
      tl.selected = id;
      tl.zoomToEvent(id);
    }
    const event = this.shown[this.indexById.get(id) ?? -1]?.event ?? null;
    this.dispatchEvent(new CustomEvent('sahel-select', { detail: { event, cause }, bubbles: true, composed: true }));
  }

  /** Zooms in on a cluster until its places part. */
  private zoomInto(mark: MapMark): void {
    const p = this.projected;
    if (!p) return;
    this.move(fitTransform(p.xs, p.ys, mark.places, this.width, this.height, 60, MAX_ZOOM));
  }

  /** Moves the map so that the selected event's place shows. */
  private bringIntoView(): void {
    const p = this.projected;
    const i = this.placeOf(this.selected);
    if (!p) return;
    if (i < 0) return;
    this.keys.show(i);
    if (!inView(this.t, p.xs[i] ?? 0, p.ys[i] ?? 0, this.width, this.height)) this.move(centreOn(this.t, p.xs[i] ?? 0, p.ys[i] ?? 0, this.width, this.height));
  }

  private project(o: Outlines): void {
    if (this.places && this.width > 0) this.projected = projectPlaces(o, this.places, this.width, this.height);
  }

  /** Paints the points for the current window, transform, selection and light. */
  private paint(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const p = this.projected;
    const places = this.places;
    if (!canvas || !p || !places) return;
    // The theme's colours, read when the colours may have changed (not each step: reading
    // computed styles in the middle of the timeline's update would lay its page out twice).
    this.looks ??= pointStyle(this);
    const points = { ...this.looks, places: places.places, xs: p.xs, ys: p.ys, counts: this.counts, colours: this.colours };
    this.painter.draw(canvas, points, [this.placeOf(this.selected), this.placeOf(this.lit)], this.t, this.width, this.height);
  }
}
