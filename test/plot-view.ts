/**
 * A view of the plot as the painters are given it (`SceneView`, what `ViewController.sceneView()`
 * hands them), made by hand for the pure tests of the scene (test/scene.test.ts) and of the
 * pictures (test/export-svg.test.ts), which change only what they test.
 */
import { rowGeometry } from '../src/layout/rows.js';
import { categoryTable } from '../src/render/glyphs.js';
import { shorten } from '../src/render/label-metrics.js';
import type { SceneView, TextMeasure } from '../src/render/scene.js';

/** 0.55 of the size a character: any fixed measure serves a pure test. */
export const measure: TextMeasure = { width: (text, size) => text.length * size * 0.55, drop: (size) => size * 0.26 };

/**
 * A plot 800 by 300, one strip of rows, nothing selected: ticks at 2020 (major), July and 2021
 * (major, its label left out as if it had no room), no eras, marks or lanes; the categories
 * `military` and `diplomacy`; every date labelled `2021`, titles as wide as `m` measures them.
 */
export function plotView(overrides: Partial<SceneView> = {}, m: TextMeasure = measure): SceneView {
  return {
    width: 800,
    height: 300,
    ticks: [
      { time: 0, x: 100, label: '2020', labelled: true, major: true },
      { time: 1, x: 400, label: 'Jul', labelled: true, major: false },
      { time: 2, x: 700, label: '2021', labelled: false, major: true },
    ],
    eras: [],
    layout: { marks: [], clusters: [] },
    lanes: undefined,
    rows: rowGeometry(300, 34, false),
    stacked: false,
    selected: null,
    looks: categoryTable(['military', 'diplomacy']),
    labels: { shortDate: () => '2021', titleWidth: (e) => m.width(shorten(e.title), 13, 500) },
    words: { number: (n) => String(n) },
    ...overrides,
  };
}
