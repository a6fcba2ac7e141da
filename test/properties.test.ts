/**
 * The public properties are declared once, in TimelineProperties: the element declares none of
 * its own, and none shadows a member every element has (as `title` did), so the types derived
 * from the class (SahelTimelineProperties: the React, Vue and Svelte bindings) name them all,
 * and SahelTimelineAttributes (Svelte's attributes) names the attributes the declaration gives.
 */
import { expect } from '@open-wc/testing';
import type { SahelTimelineAttributeName, SahelTimelineAttributes, SahelTimelineProperties } from '../src/properties.js';
import { SahelTimeline } from '../src/timeline-element.js';
import { TimelineProperties } from '../src/timeline-properties.js';

const publicProperties = (of: typeof TimelineProperties) =>
  [...of.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name)).sort();

/** Each public property's attribute as Lit reads the declaration: the one named, else the name in lower case; none with `attribute: false`. */
const declaredAttributes = () =>
  [...TimelineProperties.elementProperties]
    .filter(([, options]) => !options.state && options.attribute !== false)
    .map(([name, options]) => [String(name), typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase()] as const);

/** Whether `K` is a key of the derived type (checked by tsc, where this file is type-checked). */
type Has<K extends string> = K extends keyof SahelTimelineProperties ? true : false;

/** Whether two types are the same (checked by tsc). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * The attributes, as the derived type must name them: tsc fails this file when the type names
 * one more (`unlisted` then names it) or one fewer, and the test below when the declaration does.
 */
const ATTRIBUTES = [
  'pending', 'src', 'locale', 'selected', 'start', 'end', 'min-span', 'wheel-zoom', 'theme', 'label', 'query',
  'heading', 'hash', 'mode', 'orientation', 'summary', 'play-interval', 'embed-media', 'group-by', 'editable',
] as const satisfies readonly SahelTimelineAttributeName[];
type Unlisted = Exclude<SahelTimelineAttributeName, (typeof ATTRIBUTES)[number]>;
const unlisted: [Unlisted] extends [never] ? 'none' : Unlisted = 'none';

describe('TimelineProperties', () => {
  it('declares every public reactive property of <sahel-timeline>: the element adds none', () => {
    expect(publicProperties(SahelTimeline)).to.deep.equal(publicProperties(TimelineProperties));
    expect(publicProperties(TimelineProperties)).to.include.members(['events', 'heading', 'selected', 'groupBy']);
  });

  it('no property shadows a member of HTMLElement, so none is dropped from SahelTimelineProperties', () => {
    const shadowing = publicProperties(TimelineProperties).filter((name) => name in HTMLElement.prototype);
    expect(shadowing).to.deep.equal([]);
  });

  it('SahelTimelineProperties has the properties and nothing internal (a type check)', () => {
    const checks: [Has<'heading'>, Has<'events'>, Has<'playInterval'>, Has<'title'>, Has<'data'>, Has<'zoomTo'>, Has<'shownEvents'>] = [true, true, true, false, false, false, false];
    expect(checks).to.have.length(7);
  });

  it("every attribute is its property's name in kebab-case, and SahelTimelineAttributes names each one", () => {
    const declared = declaredAttributes();
    expect(declared.filter(([name, attribute]) => attribute !== name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))).to.deep.equal([]);
    expect(declared.map(([, attribute]) => attribute).sort()).to.deep.equal([...ATTRIBUTES].sort());
    expect(unlisted).to.equal('none');
  });

  it('SahelTimelineAttributes types each attribute as the values of its property that HTML can write (a type check)', () => {
    type A = Required<SahelTimelineAttributes>;
    const checks: [Same<A['group-by'], string>, Same<A['play-interval'], number>, Same<A['wheel-zoom'], boolean>, Same<A['theme'], 'light' | 'dark'>, Same<A['selected'], string>] = [true, true, true, true, true];
    const none: [Has<'events'>, 'events' extends SahelTimelineAttributeName ? true : false, 'hidden-categories' extends SahelTimelineAttributeName ? true : false] = [true, false, false];
    expect([...checks, ...none]).to.have.length(8);
  });
});
