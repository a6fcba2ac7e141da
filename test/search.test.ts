import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildSearchIndex, foldText, queryTerms } from '../src/dataset/search.js';
import { runSteps } from '../src/dataset/steps.js';
import type { TimelineEvent } from '../src/dataset/types.js';

const names: Record<string, string> = { ML: 'Mali', CI: 'Côte d’Ivoire' };
const countryNames = (code: string) => [names[code] ?? code];
const build = (events: TimelineEvent[]) => runSteps(buildSearchIndex(events, countryNames));

describe('search', () => {
  it('foldText(s) ignores case and accents, and folding twice changes nothing (property)', () => {
    expect(foldText('Sécurité À BAMAKO')).to.equal('securite a bamako');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(foldText(foldText(s))).to.equal(foldText(s));
      }),
      { numRuns: 300 },
    );
    // Case is ignored letter for letter; letters whose capital is two letters (ß, ᾀ) are not claimed.
    const latin = fc.string({ unit: fc.constantFrom(...Array.from('aAeEéÉèÈêÊëËcCçÇoOôÔiIîÎïÏuUùÙüÜœŒ -’')), maxLength: 12 });
    fc.assert(
      fc.property(latin, (s) => {
        expect(foldText(s.toUpperCase())).to.equal(foldText(s.toLowerCase()));
        expect(foldText(s)).to.equal(foldText(s.normalize('NFD').replace(/\p{M}/gu, '')));
      }),
      { numRuns: 300 },
    );
  });

  it('queryTerms splits on any space and drops empty words', () => {
    expect(queryTerms('  Wagner\t MALI\n')).to.deep.equal(['wagner', 'mali']);
    expect(queryTerms('   ')).to.deep.equal([]);
  });

  it('SearchIndex.positions finds every word in any field, countries by name, as plain text', () => {
    const index = build([
      { id: 'a', title: 'Coup in Bamako', start: '2020', countries: ['ML'] },
      { id: 'b', title: 'Talks', start: '2021', summary: 'In Abidjan (a port).', countries: ['CI'] },
      { id: 'c', title: 'Star*', start: '2022', actors: ['Wagner Group'], place: { name: 'Ségou' } },
    ]);
    const ids = (q: string) => [...index.positions(q)].map((i) => 'abc'[i]);
    expect(ids('mali coup')).to.deep.equal(['a']);
    expect(ids('cote d’ivoire')).to.deep.equal(['b']);
    expect(ids('(a port)')).to.deep.equal(['b']);
    expect(ids('*')).to.deep.equal(['c']);
    expect(ids('group segou')).to.deep.equal(['c']);
    expect(ids('.*')).to.deep.equal([]);
    // No word spans two fields.
    expect(ids('bamako ml')).to.deep.equal(['a']);
    expect(ids('bamakoml')).to.deep.equal([]);
    // An empty query matches everything.
    expect(ids('')).to.deep.equal(['a', 'b', 'c']);
  });

  it('SearchIndex.positions(q) after any earlier queries is what matching every event anew gives (property)', () => {
    // Titles and queries from a small alphabet, so that queries often narrow, widen or repeat.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', ' '), maxLength: 5 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.array(word, { minLength: 1, maxLength: 8 }), (titles, queries) => {
        const events = titles.map((title, i): TimelineEvent => ({ id: String(i), title: title || 'x', start: '2020' }));
        const index = build(events);
        for (const q of queries) {
          const terms = queryTerms(q);
          const expected = events.flatMap((e, i) => (terms.every((t) => foldText(e.title).includes(t)) ? [i] : []));
          expect([...index.positions(q)], q).to.deep.equal(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('buildSearchIndex yields as it goes through a large dataset, from 0 to 1', () => {
    const events = Array.from({ length: 20_000 }, (_, i): TimelineEvent => ({ id: `e${String(i)}`, title: `Event ${String(i)}`, start: '2020' }));
    const steps = buildSearchIndex(events, countryNames);
    const shares: number[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) shares.push(next.value);
    expect(shares.length).to.be.greaterThan(3);
    expect(shares.every((s, i) => s > 0 && s < 1 && (i === 0 || s > (shares[i - 1] ?? 0)))).to.equal(true);
    expect(next.value.positions('event 19999').length).to.equal(1);
  });
});
