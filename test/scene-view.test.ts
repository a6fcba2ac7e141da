/**
 * One scene, many painters: the gesture canvas (render/ink.ts) and the pictures of the view
 * (render/export.ts) are given the same scene of the plot (render/scene.ts) for the same view,
 * caught as each was given it during a real ctrl+wheel gesture and an export of its window.
 */
import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/dataset/types.js';
import { pictureOf } from '../src/render/export.js';
import type { SceneItem } from '../src/render/scene.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { frames, mount, plotPoint, sendWheel, until } from './helpers.js';

const EVENTS: TimelineEvent[] = [
  { id: 'campaign', title: 'A long campaign through the northern regions', start: '2021-02-01', end: '2021-11-30', category: 'military' },
  { id: 'talks', title: 'Talks open', start: '2021-04-12', category: 'diplomacy' },
  { id: 'vote', title: 'A vote', start: '2021-08', category: 'politics' },
  { id: 'mission', title: 'A mission that goes on', start: '2021-05-03', kind: 'ongoing', category: 'military' },
  { id: 'year', title: 'Something that year', start: '2021', category: 'diplomacy' },
];

const inking = (el: SahelTimeline) => el.renderRoot.querySelector('[part~="plot"]')?.classList.contains('inking') ?? false;

/** A ctrl+wheel notch in at `fx` across the plot; resolves once a step is on the canvas. */
async function notch(el: SahelTimeline, fx = 0.5, what = 'the canvas'): Promise<void> {
  await sendWheel({ ...plotPoint(el, fx, 0.3), deltaY: -100, modifiers: ['Control'] });
  await until(() => inking(el), 2000, what);
  await frames(1);
}

/**
 * The scene the gesture canvas last painted, and the plot's scene of a picture of the view
 * taken now (in the same task: the view cannot move between them).
 */
function scenes(el: SahelTimeline): { ink: unknown; exported: unknown; items: readonly SceneItem[] } {
  const ink = el.view.painter?.scene;
  if (!ink) throw new Error('the canvas painted no scene');
  const { picture, plot } = pictureOf(el);
  if (!plot) throw new Error('the picture has no plot');
  // The picture shows the plot's scene itself, within its frame.
  expect(plot.items.every((item) => picture.scene.items.includes(item))).to.equal(true);
  return { ink: structuredClone(ink), exported: structuredClone(plot), items: ink.items };
}

const texts = (items: readonly SceneItem[], role: string) => items.flatMap((i) => (i.kind === 'text' && i.role === role ? [i.text] : []));

describe('<sahel-timeline> one scene for the gesture canvas and the export', () => {
  it('on the Sahel data with its eras and an event selected, mid-gesture, the canvas and toSVG() are given equal scenes', async () => {
    const el = await mount();
    const first = el.shownEvents[Math.floor(el.shownEvents.length / 2)];
    el.selected = first?.id ?? null;
    await el.updateComplete;
    await notch(el);
    const { ink, exported, items } = scenes(el);
    expect(ink).to.deep.equal(exported);
    expect(texts(items, 'title').length).to.be.greaterThan(2);
    expect(texts(items, 'era').length).to.be.greaterThan(0);
    expect(texts(items, 'tick').length).to.be.greaterThan(2);
    await notch(el, 0.3);
    const later = scenes(el);
    expect(later.ink).to.deep.equal(later.exported);
    expect(later.ink, 'another step, another scene').to.not.deep.equal(ink);
  });

  it('in lanes, with eras, in the dark theme and on a narrow plot whose labels stack, the canvas and the export are given equal scenes', async () => {
    for (const [attrs, width] of [['group-by="category" style="--sahel-timeline-height: 520px"', 1000], ['', 420]] as const) {
      const el = await mount(EVENTS, attrs, 'reduce', 'dark', width);
      el.eras = [
        { title: 'Transition', start: '2021-01', end: '2021-06' },
        { title: 'Painted', start: '2021-06', end: '2021-12', color: 'url(https://example.org/p.svg#x)' },
      ];
      el.selected = 'vote';
      await until(() => el.renderRoot.querySelector('.era-label') !== null, 3000, 'the eras');
      await notch(el, 0.4, `the canvas (${attrs || 'narrow'})`);
      const { ink, exported, items } = scenes(el);
      expect(ink, attrs || 'narrow').to.deep.equal(exported);
      expect(texts(items, 'date').length).to.be.greaterThan(0);
      expect(items.some((i) => i.kind === 'rect' && i.paint === 'fade')).to.equal(true);
      expect(items.some((i) => i.kind === 'rect' && i.paint === 'hatch')).to.equal(true);
      expect(items.some((i) => i.kind === 'rect' && i.paint === 'none'), 'the selected bar has its ring').to.equal(true);
      expect(JSON.stringify(items)).to.not.contain('example.org');
      if (attrs) expect(items.filter((i) => i.kind === 'group').length, 'lanes are clipped to their stack').to.equal(1);
      await until(() => !inking(el), 3000, 'the end of the gesture');
      // The next timeline where this one was, in the viewport.
      el.parentElement?.remove();
    }
  });
});
