/**
 * The timeline's side of the server protocol (remote/protocol.ts snapWindow, remote/remote-client.ts):
 * requests snap so that a reader's small pans and zooms are answered from what came before,
 * a request made stale is aborted, and a failure comes back in the server's words.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_BINS, readRequest, requestParams, snapWindow, type RemoteAnswer } from '../src/remote/protocol.js';
import { RemoteClient } from '../src/remote/remote-client.js';
import { until } from './helpers.js';

const DAY = 86_400_000;
const NONE = { hidden: [], query: '' };

/** A fake server: answers every request after `delay` ms with an empty answer, counting them and what was aborted. */
function fakeServer(delay = 5, fail?: { status: number; body: unknown }) {
  const seen: string[] = [];
  let aborted = 0;
  const fetcher = ((input: URL, init?: RequestInit) => {
    const url = new URL(input.href);
    seen.push(url.search);
    return new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (fail) resolve(new Response(JSON.stringify(fail.body), { status: fail.status }));
        else {
          const p = url.searchParams;
          resolve(new Response(JSON.stringify({ start: Number(p.get('start')), end: Number(p.get('end')), bins: Number(p.get('bins')), lanes: [] })));
        }
      }, delay);
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        aborted++;
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  }) as typeof fetch;
  return { fetcher, seen, aborted: () => aborted };
}

describe('snapWindow(view, width)', () => {
  it('holds the view, in a power of two of bins of a power of two of milliseconds, that the server reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4e12, max: 4e12 }), fc.integer({ min: 60_000, max: 1e12 }), fc.integer({ min: 200, max: 3000 }), (start, span, width) => {
        const w = snapWindow({ start, end: start + span }, width);
        expect(w.start).to.be.at.most(start);
        expect(w.end).to.be.at.least(start + span);
        expect(Math.log2(w.bins) % 1).to.equal(0);
        expect(Math.log2(w.binMs) % 1).to.equal(0);
        expect(w.bins).to.be.at.most(MAX_BINS);
        expect(w.binMs).to.be.at.least(span / width);
        expect(w.binMs, 'about a bin a pixel').to.be.below((2 * span) / width);
        const read = readRequest(requestParams({ ...w, ...NONE, most: 500 }), []);
        expect(read).to.deep.include({ start: w.start, end: w.end, bins: w.bins });
      }),
    );
  });
});

describe('RemoteClient', () => {
  it('answers small pans and a small zoom from what came: a reader panning a year by 2% steps makes a few requests, not twenty', async () => {
    const server = fakeServer(1);
    const answers: RemoteAnswer[] = [];
    const client = new RemoteClient('http://data.example/', { answered: (a) => answers.push(a), failed: () => undefined }, server.fetcher);
    const year = 365 * DAY;
    let start = Date.UTC(2020, 0, 1);
    for (let i = 0; i < 20; i++) {
      client.view({ start, end: start + year }, 1200, NONE);
      await until(() => !client.loading, 1000, 'the answer');
      start += year * 0.02;
    }
    expect(client.sent).to.be.within(2, 4);
    // Zooming in by 20% around the middle stays in the same window and bins.
    const sent = client.sent;
    const mid = start - year * 0.02 + year / 2;
    expect(client.view({ start: mid - year * 0.4, end: mid + year * 0.4 }, 1200, NONE), 'answered at once').to.not.equal(undefined);
    expect(client.sent).to.equal(sent);
  });

  it('aborts a request a newer one made stale, and keeps the last answer meanwhile', async () => {
    const server = fakeServer(50);
    const answers: RemoteAnswer[] = [];
    const client = new RemoteClient('http://data.example/', { answered: (a) => answers.push(a), failed: () => undefined }, server.fetcher);
    client.view({ start: 0, end: 10 * DAY }, 1000, NONE);
    await until(() => answers.length === 1, 1000, 'the first answer');
    const first = client.last;
    client.view({ start: 1000 * DAY, end: 1010 * DAY }, 1000, NONE);
    client.view({ start: 5000 * DAY, end: 5010 * DAY }, 1000, NONE);
    expect(client.last, 'the last answer stands while the next is on its way').to.equal(first);
    await until(() => answers.length === 2, 1000, 'the newest answer');
    expect(server.aborted()).to.equal(1);
    // The newest view's answer, not the one given up.
    expect(answers[1]?.start).to.be.within(4000 * DAY, 5000 * DAY);
    expect(answers[1]?.end).to.be.at.least(5010 * DAY);
  });

  it("says a failure in the server's words", async () => {
    const server = fakeServer(1, { status: 422, body: { error: 'This request cannot be answered: the events cannot be grouped by "x".' } });
    const failures: string[] = [];
    const client = new RemoteClient('http://data.example/', { answered: () => undefined, failed: (m) => failures.push(m) }, server.fetcher);
    client.view({ start: 0, end: DAY }, 800, { ...NONE, lanes: 'x' });
    await until(() => failures.length === 1, 1000, 'the failure');
    expect(failures[0]).to.match(/cannot be grouped by "x"/);
  });
});
