/**
 * How categories look: a shape per built-in category and an accessible palette and shapes for
 * open ones, so colour is never the only cue; and the glyph template that draws them.
 */
import { html, type TemplateResult } from 'lit';
import { en } from '../strings.js';
import type { BuiltInCategory, CategoryDefinition, EventCategory } from '../dataset/types.js';
import { builtInCategory } from '../dataset/vocabulary.js';

/** A glyph's outline in a 12 x 12 box; hollow ones are stroked, not filled. */
export interface Shape {
  readonly path: string;
  readonly hollow?: boolean;
}

/**
 * A shape per category, so colour is never the only thing that tells categories apart.
 * Paths are drawn in a 12 x 12 box.
 */
export const CATEGORY_SHAPES: Record<BuiltInCategory, Shape> = {
  military: { path: 'M6 0.8L11.4 11H0.6Z' },
  diplomacy: { path: 'M6 0.4L11.6 6L6 11.6L0.4 6Z' },
  politics: { path: 'M1.4 1.4H10.6V10.6H1.4Z' },
  protest: { path: 'M6 0.8A5.2 5.2 0 1 1 5.99 0.8Z' },
  media: { path: 'M0.6 1H11.4L6 11.2Z' },
  economy: { path: 'M3.2 0.9H8.8L11.6 6L8.8 11.1H3.2L0.4 6Z' },
  violence: { path: 'M2 0.5L6 4.5L10 0.5L11.5 2L7.5 6L11.5 10L10 11.5L6 7.5L2 11.5L0.5 10L4.5 6L0.5 2Z' },
  context: { path: 'M6 1.6A4.4 4.4 0 1 1 5.99 1.6Z', hollow: true },
};

const FALLBACK: Shape = { path: 'M6 3A3 3 0 1 1 5.99 3Z' };

/**
 * Shapes for the open categories: first ones no built-in category has, then the built-in
 * ones again (in a colour of the open palette, so the pair still differs).
 */
const OPEN_SHAPES: readonly Shape[] = [
  { path: 'M6 0.5L11.5 4.6L9.4 11.2H2.6L0.5 4.6Z' }, // pentagon
  { path: 'M6 0.3L7.6 4.2L11.8 4.5L8.6 7.2L9.6 11.4L6 9.1L2.4 11.4L3.4 7.2L0.2 4.5L4.4 4.2Z' }, // star
  { path: 'M4.2 0.6H7.8V4.2H11.4V7.8H7.8V11.4H4.2V7.8H0.6V4.2H4.2Z' }, // plus
  { path: 'M0.8 0.8H11.2L6 6L11.2 11.2H0.8L6 6Z' }, // hourglass
  { path: 'M11 0.6V11.4L0.8 6Z' }, // triangle pointing back
  { path: 'M1 0.6V11.4L11.2 6Z' }, // triangle pointing forward
  { path: 'M1.6 1.6H10.4V10.4H1.6Z', hollow: true }, // hollow square
  ...Object.values(CATEGORY_SHAPES),
];

/**
 * How many colours the palette's continuation has (`--_p0` … in the styles, after the eight
 * public `--sahel-timeline-category-N`, one place per built-in category) and how many open
 * categories get a class of their own (`c-o0` …); past that, classes are shared.
 */
export const OPEN_PALETTE_SIZE = 8;
export const OPEN_SLOTS = 32;

/** How one category is drawn: its class (colour), part name, glyph and readable name. */
export interface CategoryLook {
  /** The category as the data writes it (a built-in name in lower case), or undefined. */
  readonly id: EventCategory | undefined;
  readonly label: string;
  /** `c-military`, `c-o3` (an open category) or `c-other` (none). */
  readonly className: string;
  /** The suffix of its `event-<category>` part. */
  readonly part: string;
  readonly shape: Shape;
}


/** A name usable in a CSS custom property's name and in a `part`: no spaces or punctuation. */
const slug = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'category';

/** Open categories are told apart without regard to case, as built-in ones are. */
const keyOf = (category: string): string => builtInCategory(category) ?? category.trim().toLowerCase();

/** Whether `value` is a CSS colour (not a url() or any other paint a page could be made to fetch). */
export const isColor = (value: string): boolean => typeof CSS !== 'undefined' && CSS.supports('color', value);

/** The looks of a dataset's categories, and the custom properties that colour them. */
export interface CategoryTable {
  /** How a category is drawn; events without one are drawn as `other`. */
  look(category: string | undefined): CategoryLook;
  /** Every category given, in legend order: the built-in ones, then the open ones. */
  readonly looks: readonly CategoryLook[];
  /** Custom properties for an ancestor of every mark: the page's colours and theming hooks. */
  readonly styles: Readonly<Record<string, string>>;
}

/**
 * Gives every category a look. Colours come from the palette (`--sahel-timeline-category-N`):
 * each built-in category has its own place in it (military 1, diplomacy 2 … context 8, in
 * CATEGORY_SHAPES' order), and the open ones take the places left, in turn, then the palette's
 * continuation. So a dataset of its own categories takes the palette from its first colour,
 * and the Sahel dataset's look is the palette's defaults. Categories the page defines come
 * first among the open ones (in its order, so their colours do not move with the data), then
 * the others in the order met. A page's `color` and `--sahel-timeline-color-<category>` (which
 * wins) recolour a category, built-in or open. Shapes: the built-in ones their own, the open
 * ones the next of OPEN_SHAPES.
 */
export function categoryTable(
  present: Iterable<string | undefined>,
  definitions: readonly CategoryDefinition[] = [],
  /** Names of the built-in categories, and of an event without one (from the strings table). */
  names: { readonly categories: Readonly<Record<string, string>>; readonly uncategorised: string } = en,
): CategoryTable {
  const other: CategoryLook = { id: undefined, label: names.uncategorised, className: 'c-other', part: 'other', shape: FALLBACK };
  const byKey = new Map<string, CategoryLook>();
  const styles: Record<string, string> = {};
  const defined = new Map<string, CategoryDefinition>();
  for (const d of definitions) {
    if (typeof d.id === 'string' && d.id.trim() !== '' && !defined.has(keyOf(d.id))) defined.set(keyOf(d.id), d);
  }
  const given = [...present];
  // The palette's places no built-in category of this dataset takes, for the open ones.
  const order = Object.keys(CATEGORY_SHAPES);
  const builtIns = new Set([...defined.keys(), ...given].map((c) => (typeof c === 'string' ? builtInCategory(c) : undefined)));
  const places = order.map((_, i) => i + 1).filter((place) => !builtIns.has(order[place - 1] as BuiltInCategory));
  const paletteColour = (slot: number): string =>
    slot < places.length ? `var(--_cat${String(places[slot])})` : `var(--_p${String((slot - places.length) % OPEN_PALETTE_SIZE)})`;
  const open: string[] = [];
  const add = (category: string) => {
    const key = keyOf(category);
    if (byKey.has(key)) return;
    const definition = defined.get(key);
    const label = definition?.label?.trim() ? definition.label.trim() : undefined;
    const color = definition?.color !== undefined && isColor(definition.color) ? definition.color : undefined;
    const builtIn = builtInCategory(category);
    if (builtIn) {
      byKey.set(key, { id: builtIn, label: label ?? names.categories[builtIn] ?? builtIn, className: `c-${builtIn}`, part: builtIn, shape: CATEGORY_SHAPES[builtIn] });
      if (color) styles[`--_${builtIn}`] = `var(--sahel-timeline-color-${builtIn}, ${color})`;
      return;
    }
    const slot = open.length;
    open.push(key);
    const name = slug(key);
    byKey.set(key, {
      id: definition?.id.trim() ?? category.trim(),
      label: label ?? category.trim(),
      className: `c-o${slot % OPEN_SLOTS}`,
      part: name,
      shape: OPEN_SHAPES[(slot + Math.floor(slot / OPEN_PALETTE_SIZE)) % OPEN_SHAPES.length] ?? FALLBACK,
    });
    if (slot < OPEN_SLOTS) styles[`--_o${slot}`] = `var(--sahel-timeline-color-${name}, ${color ?? paletteColour(slot)})`;
  };
  for (const d of defined.values()) add(d.id);
  for (const c of given) if (typeof c === 'string' && c.trim() !== '') add(c);
  // Built-in ones in their fixed order, then the open ones as added (the sort is stable).
  const rank = (l: CategoryLook) => (l.id !== undefined && builtInCategory(l.id) ? order.indexOf(l.id) : order.length);
  const looks = [...byKey.values()].sort((a, b) => rank(a) - rank(b));
  return {
    look: (category) => (category === undefined || category.trim() === '' ? other : (byKey.get(keyOf(category)) ?? other)),
    looks,
    styles,
  };
}

/** The glyph of a category as an inline SVG, sized by CSS. */
export function glyph(category: CategoryLook | EventCategory | undefined): TemplateResult {
  const shape = shapeOf(category);
  return html`<svg class="glyph ${shape.hollow ? 'hollow' : ''}" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d=${shape.path}></path></svg>`;
}

function shapeOf(category: CategoryLook | EventCategory | undefined): Shape {
  if (typeof category === 'object') return category.shape;
  const builtIn = category === undefined ? undefined : builtInCategory(category);
  return builtIn ? CATEGORY_SHAPES[builtIn] : FALLBACK;
}
