/**
 * The public properties are declared once, in TimelineProperties: the element declares none of
 * its own, and none shadows a member every element has (as `title` did), so the types derived
 * from the class (SahelTimelineProperties: the React, Vue and Svelte bindings) name them all.
 */
import { expect } from '@open-wc/testing';
import type { SahelTimelineProperties } from '../src/properties.js';
import { SahelTimeline } from '../src/timeline-element.js';
import { TimelineProperties } from '../src/timeline-properties.js';

const publicProperties = (of: typeof TimelineProperties) =>
  [...of.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name)).sort();

/** Whether `K` is a key of the derived type (checked by tsc, where this file is type-checked). */
type Has<K extends string> = K extends keyof SahelTimelineProperties ? true : false;

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
});
