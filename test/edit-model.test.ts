/**
 * Editing's pure parts (edit/edit-dates.ts, edit-changes.ts, edit-history.ts, edit-form.ts):
 * dates moved at their own precision, changes that never make an invalid event, a history
 * that gives back the exact arrays, and the form's words going where the reader saw them.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { daysInMonth } from '../src/dataset/calendar.js';
import { readPartialDate, toIntervalMs } from '../src/dataset/dates.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { validateEvents } from '../src/dataset/validate.js';
import { applyChange, moveEvent, resizeEvent, withLane } from '../src/edit/edit-changes.js';
import { atPrecision, shiftDate, snapUnit, tickSnap, type SnapUnit } from '../src/edit/edit-dates.js';
import { formAfter } from '../src/edit/edit-form.js';
import { EditHistory } from '../src/edit/edit-history.js';

const YEAR = 365.2425 * 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** A partial date of any precision, years from 100 BCE to 3000 (four-digit years, signed before 1 CE). */
const partialDate = fc
  .tuple(fc.integer({ min: -99, max: 3000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }), fc.nat(3))
  .map(([y, m, d, h, min, digits]) => {
    const year = `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
    const day = Math.min(d, daysInMonth(y, m));
    return [year, `${year}-${pad(m)}`, `${year}-${pad(m)}-${pad(day)}`, `${year}-${pad(m)}-${pad(day)}T${pad(h)}:${pad(min)}Z`][digits] as string;
  });
const unit: fc.Arbitrary<SnapUnit> = fc.oneof(
  fc.constantFrom<SnapUnit>({ unit: 'minute', count: 1 }, { unit: 'hour', count: 1 }, { unit: 'day', count: 1 }, { unit: 'month', count: 1 }),
  fc.constantFrom(1, 10, 100).map((count): SnapUnit => ({ unit: 'year', count })),
);
const RANK: Readonly<Record<'minute' | 'hour' | 'day' | 'month' | 'year', number>> = { minute: 0, hour: 0, day: 1, month: 2, year: 3 };
const precisionOf = (iso: string) => {
  const d = readPartialDate(iso);
  if (typeof d === 'string') throw new Error(d);
  return d.precision;
};
const start = (iso: string) => {
  const d = readPartialDate(iso);
  if (typeof d === 'string') throw new Error(d);
  return toIntervalMs(d)[0];
};

describe('edit-dates', () => {
  it('shiftDate(iso, unit, k) writes a real date at the precision it was given, and k then -k comes back when no day was cut short', () => {
    fc.assert(
      fc.property(partialDate, unit, fc.integer({ min: -40, max: 40 }), (iso, u, k) => {
        // As snapUnit gives them: never finer than the date.
        fc.pre(RANK[u.unit] >= RANK[precisionOf(iso)]);
        const moved = shiftDate(iso, u, k);
        expect(moved, iso).to.be.a('string');
        expect(precisionOf(moved as string)).to.equal(precisionOf(iso));
        const day = Number(iso.slice(iso.startsWith('-') ? 9 : 8, iso.startsWith('-') ? 11 : 10));
        if (!(day > 28)) expect(shiftDate(moved as string, u, -k)).to.equal(iso);
      }),
    );
  });

  it('shiftDate keeps the last day there is: 31 January a month on is 28 February, 29 February a year on is 28 February', () => {
    expect(shiftDate('2021-01-31', { unit: 'month', count: 1 }, 1)).to.equal('2021-02-28');
    expect(shiftDate('2020-02-29', { unit: 'year', count: 1 }, 1)).to.equal('2021-02-28');
    expect(shiftDate('2021-12-31T23:30Z', { unit: 'hour', count: 1 }, 1)).to.equal('2022-01-01T00:30Z');
    expect(shiftDate('2022-03-27T14:30+01:00', { unit: 'minute', count: 1 }, 15), 'the zone as written').to.equal('2022-03-27T14:45+01:00');
    expect(shiftDate('-0043-03-15', { unit: 'year', count: 1 }, 44), 'across year 0').to.equal('0001-03-15');
  });

  it('snapUnit(step, precision) is the coarser of the ticks and the date: a year known to the year moves by years on an axis of days', () => {
    expect(snapUnit(86_400_000, 'year')).to.deep.equal({ unit: 'year', count: 1 });
    expect(snapUnit(30 * 86_400_000, 'day')).to.deep.equal({ unit: 'month', count: 1 });
    expect(tickSnap(5 * YEAR)).to.deep.equal({ unit: 'year', count: 1 });
    expect(tickSnap(50 * YEAR)).to.deep.equal({ unit: 'year', count: 10 });
    expect(tickSnap(1e6 * YEAR)).to.deep.equal({ unit: 'year', count: 1e6 });
  });

  it('atPrecision(iso, p) cuts a date short or starts it at its first day, and back again', () => {
    expect(atPrecision('2021-03-05', 'month')).to.equal('2021-03');
    expect(atPrecision('2021', 'day')).to.equal('2021-01-01');
    expect(atPrecision('2021-03-05', 'minute')).to.equal('2021-03-05T00:00');
    fc.assert(
      fc.property(partialDate, fc.constantFrom('year', 'month', 'day', 'minute' as const), (iso, p) => {
        expect(precisionOf(atPrecision(iso, p))).to.equal(p);
      }),
    );
  });
});

describe('edit-changes', () => {
  it('moveEvent keeps a span as long as it was, in days, when it moves by days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: -500, max: 500 }), (from, length, k) => {
        const day = (n: number) => new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10) as TimelineEvent['start'];
        const e: TimelineEvent = { id: 'x', title: 'X', start: day(from), end: day(from + length) };
        const moved = moveEvent(e, { unit: 'day', count: 1 }, k);
        if (typeof moved === 'string') throw new Error(moved);
        expect(start(moved.end as string) - start(moved.start)).to.equal(length * 86_400_000);
      }),
    );
  });

  it('resizeEvent never gives an end before the start: it refuses instead, and what it gives is valid', () => {
    fc.assert(
      fc.property(partialDate, fc.integer({ min: -50, max: 50 }), unit, (iso, k, u) => {
        const e: TimelineEvent = { id: 'x', title: 'X', start: iso as TimelineEvent['start'], kind: 'point' };
        const r = resizeEvent(e, u, k);
        if (typeof r === 'string') {
          expect(r).to.equal('endBeforeStart');
          return;
        }
        expect(validateEvents([r]).issues, JSON.stringify(r)).to.deep.equal([]);
        if (r.end !== undefined) expect(r.kind, 'a point given an end is a span').to.equal('span');
      }),
    );
  });

  it('applyChange(list, change) gives a new array and never changes the page’s', () => {
    const list: TimelineEvent[] = [{ id: 'a', title: 'A', start: '2020' }, { id: 'b', title: 'B', start: '2021' }];
    const copy = structuredClone(list);
    const a = list[0] as TimelineEvent;
    const moved = applyChange(list, { kind: 'move', before: a, after: { ...a, start: '2022' } });
    expect(moved).to.not.equal(list);
    expect(moved.map((e) => e.start)).to.deep.equal(['2022', '2021']);
    expect(applyChange(list, { kind: 'remove', before: a, after: null }).map((e) => e.id)).to.deep.equal(['b']);
    expect(applyChange(list, { kind: 'add', before: null, after: { id: 'c', title: 'C', start: '2023' } })).to.have.length(3);
    // Found by id when the event given is a copy (validated, translated).
    expect(applyChange(list, { kind: 'edit', before: { ...a }, after: { ...a, title: 'Z' } })[0]?.title).to.equal('Z');
    expect(list).to.deep.equal(copy);
  });

  it('withLane(e, field, from, to) replaces one value of a list, sets or leaves out a single one', () => {
    const e: TimelineEvent = { id: 'x', title: 'X', start: '2020', countries: ['ML', 'RU'], category: 'military' };
    expect(withLane(e, 'countries', 'ML', 'BF').countries).to.deep.equal(['RU', 'BF']);
    expect(withLane(e, 'countries', 'ML', 'RU').countries, 'never twice').to.deep.equal(['RU']);
    expect(withLane(e, 'countries', 'ML', '').countries).to.deep.equal(['RU']);
    expect(withLane(e, 'category', 'military', 'politics').category).to.equal('politics');
    expect('category' in withLane(e, 'category', 'military', ''), 'the lane of events with none').to.equal(false);
  });
});

describe('EditHistory', () => {
  it('undo() and redo() give back the exact arrays, and a new change after an undo cannot be redone', () => {
    const h = new EditHistory();
    const lists = [[], [], [], []] as TimelineEvent[][];
    const change = { kind: 'move' as const, before: null, after: null };
    h.push({ change, before: lists[0] as TimelineEvent[], after: lists[1] as TimelineEvent[] });
    h.push({ change, before: lists[1] as TimelineEvent[], after: lists[2] as TimelineEvent[] });
    expect(h.undo()?.before).to.equal(lists[1]);
    expect(h.undo()?.before).to.equal(lists[0]);
    expect(h.undo()).to.equal(undefined);
    expect(h.redo()?.after).to.equal(lists[1]);
    h.push({ change, before: lists[1] as TimelineEvent[], after: lists[3] as TimelineEvent[] });
    expect(h.redoable).to.equal(undefined);
    expect(h.undoable?.after).to.equal(lists[3]);
  });

  it('keeps the newest steps within its budget of list entries, and always the last', () => {
    const h = new EditHistory();
    const big = new Array<TimelineEvent>(1_000_000);
    const change = { kind: 'move' as const, before: null, after: null };
    for (let i = 0; i < 5; i++) h.push({ change, before: big, after: big });
    let n = 0;
    while (h.undo()) n++;
    expect(n).to.be.within(1, 2);
  });
});

describe('formAfter', () => {
  const page: TimelineEvent = {
    id: 'x', title: 'Coup', summary: 'Soldiers took power.', start: '2021-05-24', end: '2021-05-25', kind: 'span', desk: 'Politics',
    translations: { fr: { title: 'Coup d’État' } },
  } as TimelineEvent;
  const values = { title: 'Coup', start: '2021-05-24', end: '2021-05-25', category: '', summary: 'Soldiers took power.', lane: undefined };

  it('writes the words a French reader saw from the translation back into it, and keeps the page’s own fields', () => {
    const shown = { ...page, title: 'Coup d’État' };
    const r = formAfter(page, shown, { ...values, title: 'Deuxième coup d’État' }, 'fr-ML');
    if (!('event' in r)) throw new Error('refused');
    expect(r.event.title).to.equal('Coup');
    expect(r.event.translations?.fr?.title).to.equal('Deuxième coup d’État');
    expect((r.event as unknown as { desk: string }).desk).to.equal('Politics');
  });

  it('refuses each field in turn: a blank title, dates that are not, an end before the start', () => {
    expect(formAfter(page, page, { ...values, title: ' ', start: '2021-02-30' }, 'en')).to.deep.equal({ errors: { title: 'title', start: 'start' } });
    expect(formAfter(page, page, { ...values, end: '2020' }, 'en')).to.deep.equal({ errors: { end: 'endBeforeStart' } });
    const r = formAfter(page, page, { ...values, end: '' }, 'en');
    if (!('event' in r)) throw new Error('refused');
    expect(r.event.end).to.equal(undefined);
    expect(r.event.kind, 'a span without its end is no longer a span').to.equal(undefined);
  });
});
