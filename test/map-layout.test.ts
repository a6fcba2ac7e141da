/**
 * The map's pure parts (issue #33): which events are where (mapPlaces), how many of a place's
 * events a window holds (countInWindow), the focusable marks (gatherMarks), the zoom transform
 * kept over the world (constrain, zoomAround), and the places the map opens on (corePlaces).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimelineEvent } from '../src/dataset/types.js';
import { prepareTimeline } from '../src/layout/prepare.js';
import { CLUSTER_RADIUS, gatherMarks } from '../src/map/map-marks.js';
import { countInWindow, mapPlaces } from '../src/map/map-places.js';
import { clampZoom, constrain, corePlaces, zoomAround } from '../src/map/map-view.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2020, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10) as TimelineEvent['start'];
/** Countries every test knows: a label point each. */
const ANCHORS: Record<string, [number, number]> = { ML: [-2, 17], BF: [-1.5, 12.3], FR: [2.5, 46.5] };
const anchor = (code: string) => ANCHORS[code];

/** An event: a point (lon, lat), a country, or nowhere; `days` after 2020 for `length` days. */
const eventArb = fc.record({
  where: fc.oneof(
    fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 30 })).map(([lon, lat]) => ({ name: 'P', lon, lat })),
    fc.constantFrom({ name: 'Mali' }, { name: 'Somewhere in Burkina Faso', countries: ['BF'] }, { name: 'Atlantis', countries: ['XX'] }),
    fc.constant(undefined),
  ),
  day: fc.integer({ min: 0, max: 2000 }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 800 })),
});

function events(list: readonly { where: unknown; day: number; length: number }[]): TimelineEvent[] {
  return list.map((e, i) => {
    const w = e.where as { name: string; lon?: number; lat?: number; countries?: string[] } | undefined;
    return {
      id: `e${String(i)}`,
      title: `Event ${String(i)}`,
      start: iso(T0 + e.day * DAY),
      ...(e.length > 0 && { end: iso(T0 + (e.day + e.length) * DAY) }),
      ...(w && { place: { name: w.name, ...(w.lon !== undefined && { lon: w.lon, lat: w.lat }) } }),
      ...(w?.countries && { countries: w.countries }),
    };
  });
}

describe('mapPlaces(events, anchor)', () => {
  it('puts every event with coordinates at one place there, a country event at its country, and counts the rest off the map', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (list) => {
        const prepared = prepareTimeline(events(list)).events;
        const { places, placesOf, unmapped } = mapPlaces(prepared, anchor);
        let off = 0;
        prepared.forEach((p, e) => {
          const own = placesOf[e] ?? [];
          const place = p.event.place;
          if (place?.lat !== undefined) {
            expect(own.length).to.equal(1);
            expect([places[own[0] ?? -1]?.lon, places[own[0] ?? -1]?.lat]).to.deep.equal([place.lon, place.lat]);
          } else if (place?.name === 'Mali' || p.event.countries?.[0] === 'BF') {
            expect(own.map((i) => places[i]?.country)).to.deep.equal([place?.name === 'Mali' ? 'ML' : 'BF']);
          } else {
            expect(own).to.deep.equal([]);
            off++;
          }
          for (const i of own) expect(places[i]?.events).to.include(e);
        });
        expect(unmapped).to.equal(off);
        // One place a point: no two places share coordinates.
        expect(new Set(places.map((p) => p.key)).size).to.equal(places.length);
      }),
    );
  });
});

describe('countInWindow(mapped, start, end, out)', () => {
  it('counts, for each place, its events overlapping the window, as a walk through them all would', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), fc.integer({ min: -100, max: 2600 }), fc.integer({ min: 1, max: 2000 }), (list, from, span) => {
        const prepared = prepareTimeline(events(list)).events;
        const mapped = mapPlaces(prepared, anchor);
        const { places } = mapped;
        const start = T0 + from * DAY;
        const end = start + span * DAY;
        const out = new Uint32Array(places.length);
        countInWindow(mapped, start, end, out);
        const want = places.map((p) => p.events.filter((e) => (prepared[e]?.start ?? 0) < end && (prepared[e]?.end ?? 0) > start).length);
        expect([...out]).to.deep.equal(want);
      }),
    );
  });
});

describe('gatherMarks(places, xs, ys, t, width, height)', () => {
  const placesArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 5 })), { maxLength: 80 });
  it('puts every place in exactly one mark, with all its events; lone places stay a radius apart', () => {
    fc.assert(
      fc.property(placesArb, (list) => {
        let next = 0;
        const places = list.map(([x, y, n]) => ({
          key: `${String(x)},${String(y)}`,
          name: 'P',
          lon: x,
          lat: y,
          precision: 'town' as const,
          events: Array.from({ length: n }, () => next++),
        }));
        const xs = Float64Array.from(list.map(([x]) => x));
        const ys = Float64Array.from(list.map(([, y]) => y));
        const marks = gatherMarks(places, xs, ys, { k: 1, x: 0, y: 0 }, 400, 300);
        const seen = marks.flatMap((m) => m.places).sort((a, b) => a - b);
        expect(seen).to.deep.equal(places.map((_, i) => i));
        const sorted = (list: readonly number[]) => [...list].sort((a, b) => a - b);
        for (const m of marks) expect(sorted(m.events)).to.deep.equal(sorted(m.places.flatMap((i) => places[i]?.events ?? [])));
        const lone = marks.filter((m) => m.places.length === 1);
        for (const [i, a] of lone.entries()) for (const b of lone.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.at.least(CLUSTER_RADIUS - 1e-9);
        // West to east: the arrow keys' order.
        expect(marks.map((m) => m.x)).to.deep.equal([...marks.map((m) => m.x)].sort((a, b) => a - b));
      }),
    );
  });
});

describe('the map transform', () => {
  const world = [0, 0, 500, 250] as const;
  it('constrain(t, world, w, h) leaves no edge of a world larger than the box inside it, and centres a smaller one', () => {
    const offset = fc.double({ min: -1e5, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 1, max: 50, noNaN: true }), offset, offset, (k, x, y) => {
        const t = constrain({ k, x, y }, world, 400, 300);
        for (const [lo, hi, off, room] of [[world[0], world[2], t.x, 400], [world[1], world[3], t.y, 300]] as const) {
          const a = k * lo + off;
          const b = k * hi + off;
          if (b - a >= room) {
            expect(a).to.be.at.most(1e-6);
            expect(b).to.be.at.least(room - 1e-6);
          } else expect(Math.abs(a + b - room)).to.be.below(1e-6);
        }
      }),
    );
  });

  it('zoomAround(t, factor, px, py) keeps the point under the pointer where it was, within the zoom limits', () => {
    const zoom = fc.double({ min: 1, max: 100, noNaN: true });
    const factor = fc.double({ min: 0.1, max: 10, noNaN: true });
    fc.assert(
      fc.property(zoom, factor, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 300 }), (k, f, px, py) => {
        const t = { k, x: 10, y: -20 };
        const z = zoomAround(t, f, px, py);
        expect(z.k).to.equal(clampZoom(k * f));
        const gx = (px - t.x) / t.k;
        expect(Math.abs(z.k * gx + z.x - px)).to.be.below(1e-6);
      }),
    );
  });

  it('corePlaces opens on where most events are: a story in the Sahel with a vote in New York opens on the Sahel', () => {
    const sahel = [
      { lon: -8, lat: 12.6, weight: 10 },
      { lon: -1.5, lat: 12.4, weight: 4 },
      { lon: -4.6, lat: 14.3, weight: 2 },
      { lon: -74, lat: 40.7, weight: 2 },
    ];
    expect(corePlaces(sahel).sort()).to.deep.equal([0, 1, 2]);
  });
});
