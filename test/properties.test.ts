/**
 * SAHEL_TIMELINE_PROPERTIES, which types the React, Vue and Svelte bindings, names every
 * public property of <sahel-timeline>, and nothing else.
 */
import { expect } from '@open-wc/testing';
import { SAHEL_TIMELINE_PROPERTIES } from '../src/properties.js';
import { SahelTimeline } from '../src/timeline-element.js';

describe('SAHEL_TIMELINE_PROPERTIES', () => {
  it('names exactly the reactive properties <sahel-timeline> declares as public', () => {
    const declared = [...SahelTimeline.elementProperties]
      .filter(([, options]) => !options.state)
      .map(([name]) => String(name))
      .sort();
    const listed = [...SAHEL_TIMELINE_PROPERTIES].sort();
    const missing = declared.filter((name) => !listed.includes(name as never));
    const extra = listed.filter((name) => !declared.includes(name));
    expect(`missing: ${missing.join(', ')}; not properties: ${extra.join(', ')}`).to.equal('missing: ; not properties: ');
  });
});
