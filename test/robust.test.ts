/* eslint-disable @typescript-eslint/unbound-method -- the lifecycle test saves built-in methods to count what the element registers, then restores them */
import { expect, fixture, html } from '@open-wc/testing';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { TimelineErrorDetail } from '../src/events.js';
import { SahelTimeline } from '../src/timeline-element.js';
import { controlClock } from './clock.js';
import { TimelineHarness } from './harness.js';
import { errors, frames, mount, notice, openFramedTimeline, sendWheel, syntheticEvents, until } from './helpers.js';

/** Errors that reached the page: none may. */
const pageErrors: string[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.message));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(String(e.reason)));

function drawnIds(el: SahelTimeline): string[] {
  return new TimelineHarness(el).marks().map((m) => m.id);
}

const good: TimelineEvent[] = [
  { id: 'one', title: 'First good event', start: '2020-01-10' },
  { id: 'two', title: 'Second good event', start: '2020-03' },
];

describe('<sahel-timeline> with bad and hostile input', () => {
  beforeEach(() => {
    pageErrors.length = 0;
  });
  afterEach(() => {
    expect(pageErrors, 'errors thrown to the page').to.deep.equal([]);
  });

  it('shows the valid items, reports each invalid one by index and field, in an event and a notice', async () => {
    const el = await mount(good);
    const seen = errors(el);
    const input = [
      ...good,
      { id: 'feb30', title: 'No such day', start: '2022-02-30' },
      { id: 'm13', title: 'No such month', start: '2022-13' },
      { id: 'words', title: 'Free text', start: 'yesterday' },
      { id: '', title: 'Empty id', start: '2020' },
      { title: 'Missing id', start: '2020' },
      { id: 'no-title', start: '2020' },
      { id: 'no-start', title: 'No start' },
      { id: 'backwards', title: 'Ends first', start: '2021-05-01', end: '2021-04-01' },
      { id: 'one', title: 'Duplicate of one', start: '2021' },
      { id: 'cat', title: 'Odd category', start: '2021', category: 'gossip' },
      { id: 'num-title', title: 42, start: '2021' },
      { id: 'nan', title: 'Nowhere', start: '2021', place: { name: 'Sea', lat: NaN, lon: 0 } },
      { id: 'far', title: 'Off the globe', start: '2021', place: { name: 'Sky', lat: 91, lon: 0 } },
      null,
      'a string',
    ] as unknown as TimelineEvent[];
    el.events = input;
    await el.updateComplete;
    // Only a missing or unusable id, title or start leaves an event out; the others lose a field.
    expect(el.shownEvents.map((e) => e.id)).to.have.members(['one', 'two', 'backwards', 'cat', 'nan', 'far']);
    expect(seen.length).to.equal(1);
    const detail = seen[0] as TimelineErrorDetail;
    expect(detail.total).to.equal(input.length);
    expect(detail.shown).to.equal(6);
    expect(detail.usable).to.equal(true);
    const where = detail.issues.map((i) => `${i.index}:${i.field ?? ''}`);
    expect(where).to.include.members([
      '2:start', '3:start', '4:start', '5:id', '6:id', '7:title', '8:start', '9:end', '10:id',
      '12:title', '13:place.lat', '14:place.lat', '15:', '16:',
    ]);
    expect(notice(el)).to.contain(`${input.length - 6} of ${input.length} events could not be shown`);
    expect(detail.issues.find((i) => i.index === 2)?.message).to.contain('February 2022 has 28 days');
    // The notice can be dismissed; the valid events stay.
    el.renderRoot.querySelector<HTMLButtonElement>('.notice button')?.click();
    await el.updateComplete;
    expect(el.renderRoot.querySelector('.notice')).to.equal(null);
    expect(drawnIds(el)).to.include('one');
  });

  for (const [what, value] of [
    ['null', null],
    ['a number', 42],
    ['an object without events', { items: [] }],
  ] as const) {
    it(`input that is ${what} is reported and what was shown stays shown`, async () => {
      const el = await mount(good);
      const seen = errors(el);
      el.events = value as unknown as TimelineEvent[];
      await el.updateComplete;
      expect(seen[0]?.issues[0]?.index).to.equal(null);
      expect(seen[0]?.usable).to.equal(true);
      expect(notice(el)).to.contain('could not be read');
      expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['one', 'two']);
    });
  }

  it('keeps absurdly long strings in the data and shortens them on screen', async () => {
    const long = 'x'.repeat(100_000);
    const el = await mount([{ id: 'long', title: long, start: '2020-01-01', summary: long }]);
    expect(el.shownEvents[0]?.title.length).to.equal(100_000);
    const label = new TimelineHarness(el).marks()[0]?.title ?? '';
    expect(label.length).to.be.lessThan(100);
    el.selected = 'long';
    await el.updateComplete;
    expect(el.renderRoot.querySelector('.details')?.textContent.length ?? 0).to.be.lessThan(6000);
  });

  it('ignores __proto__ and constructor keys without polluting prototypes', async () => {
    const parsed = JSON.parse('[{"id":"p","title":"Proto","start":"2020-01-01","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]') as TimelineEvent[];
    const el = await mount(parsed);
    expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['p']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(el.shownEvents[0] as object)).to.not.include('constructor');
  });

  it('renders all text as text: markup in data is not parsed, unsafe links are not links', async () => {
    const el = await mount([
      {
        id: 'xss',
        title: '<img src=x onerror="window.hacked=1">',
        start: '2020-01-01',
        summary: '<script>window.hacked=1</script>',
        sources: [
          { source: 'bad', url: 'javascript:window.hacked=1' },
          { source: 'good', url: 'https://example.org/a' },
        ],
      },
    ]);
    el.selected = 'xss';
    await el.updateComplete;
    expect(el.renderRoot.querySelector('img')).to.equal(null);
    expect(el.renderRoot.querySelector('script')).to.equal(null);
    expect(new TimelineHarness(el).marks()[0]?.title).to.equal('<img src=x onerror="window.hacked=1">');
    const links = [...el.renderRoot.querySelectorAll<HTMLAnchorElement>('.details a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/a']);
    expect(links[0]?.rel).to.equal('noopener noreferrer');
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('handles 100,000 items, showing the valid ones with a bounded DOM', async () => {
    const input: unknown[] = syntheticEvents(100_000, 2010, 10);
    input[500] = { id: 'bad', title: 'Bad', start: '2010-02-30' };
    const el = await mount(input as TimelineEvent[]);
    expect(el.shownEvents.length).to.equal(99_999);
    expect(notice(el)).to.contain('1 of 100,000 events');
    expect(el.renderRoot.querySelectorAll('*').length).to.be.lessThan(3000);
  });

  describe('src', () => {
    const cases = [
      ['a network error', 'http://127.0.0.1:9/events.json', 'failed'],
      ['a 404', '/test/fixtures/missing.json', '404'],
      ['a body that is neither JSON nor a spreadsheet', '/test/fixtures/not-json.txt', 'neither JSON nor a spreadsheet'],
      ['JSON of the wrong shape', '/test/fixtures/wrong-shape.json', 'could not be read'],
    ] as const;
    for (const [what, url, words] of cases) {
      it(`reports ${what} and keeps what was shown`, async () => {
        const el = await mount(undefined, 'src="/test/fixtures/events.json"');
        await until(() => el.shownEvents.length === 2, 3000, 'first load');
        const seen = errors(el);
        el.src = url;
        await until(() => seen.length > 0, 5000, 'sahel-error');
        await el.updateComplete;
        expect(seen[0]?.origin).to.equal('src');
        expect(`${seen[0]?.message ?? ''} ${JSON.stringify(seen[0]?.issues)}`).to.contain(words);
        expect(notice(el)).to.contain(words === 'could not be read' ? 'could not be read' : words);
        expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['first', 'second']);
        expect(drawnIds(el).length).to.be.greaterThan(0);
      });
    }

    it('shows no built-in data while src loads, nor after its first load failed', async () => {
      const el = await mount(undefined, 'src="/test/slow/300/mine.json"');
      const empty = () => el.renderRoot.querySelector('.empty')?.textContent ?? '';
      expect(el.shownEvents).to.deep.equal([]);
      expect(empty()).to.equal('Loading events…');
      await until(() => el.shownEvents[0]?.id === 'mine', 3000, 'load');
      const failed = await mount(undefined, 'src="/test/fixtures/missing.json"');
      await until(() => notice(failed).includes('404'), 3000, 'the 404 notice');
      expect(failed.shownEvents).to.deep.equal([]);
      expect(failed.renderRoot.querySelector('.empty')?.textContent).to.equal('No events to show.');
    });

    it('drops the notice about bad events once events is unset and src shows again', async () => {
      const el = await mount(undefined, 'src="/test/fixtures/events.json"');
      await until(() => el.shownEvents.length === 2, 3000, 'first load');
      el.events = [{ id: 'bad' } as unknown as TimelineEvent];
      await el.updateComplete;
      expect(notice(el)).to.contain('could not be shown');
      el.events = undefined;
      await el.updateComplete;
      expect(notice(el)).to.equal('');
      expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['first', 'second']);
    });

    it('shows the valid items of a file and reports the others', async () => {
      const el = await mount(undefined, 'src="/test/fixtures/mixed.json"');
      await until(() => el.shownEvents.length === 1, 3000, 'mixed load');
      await el.updateComplete;
      expect(notice(el)).to.contain('2 of 3 events could not be shown');
    });

    /**
     * Follows this page's fetch of `url` (a path): `responded` settles once its headers are in,
     * `over` once it can change nothing more: the fetch failed or was cut short, or its body
     * was read to the end or cut short. Waiting on these, not on a guess of the server's time.
     */
    function watchLoad(url: string): { responded: Promise<void>; over: Promise<void>; stop: () => void } {
      const realFetch = window.fetch;
      const realJson = Response.prototype.json;
      const realText = Response.prototype.text;
      let responded!: () => void;
      let over!: () => void;
      const timeout = (what: string) =>
        new Promise<never>((_, reject) => {
          setTimeout(() => {
            reject(new Error(`${url}: ${what} never came`));
          }, 5000);
        });
      const watch = {
        responded: Promise.race([new Promise<void>((r) => (responded = r)), timeout('the answer')]),
        // A frame more, for the element's own handlers, queued beside ours, to run.
        over: Promise.race([new Promise<void>((r) => (over = r)), timeout('the end')]).then(() => frames(1)),
        stop: () => {
          window.fetch = realFetch;
          Response.prototype.json = realJson;
          Response.prototype.text = realText;
        },
      };
      window.fetch = (input, init) => {
        const answer = realFetch(input, init);
        if (input === url) {
          answer.then(responded, () => {
            responded();
            over();
          });
        }
        return answer;
      };
      Response.prototype.json = function json(this: Response) {
        const body = realJson.call(this) as Promise<unknown>;
        if (new URL(this.url).pathname === url) body.then(over, over);
        return body;
      };
      // The element reads the body as text, then finds out whether it is JSON or a spreadsheet.
      Response.prototype.text = function text(this: Response) {
        const body = realText.call(this);
        if (new URL(this.url).pathname === url) body.then(over, over);
        return body;
      };
      return watch;
    }

    it('a load cut short by a disconnect starts again on reconnect', async () => {
      const el = await mount();
      const host = el.parentElement as HTMLElement;
      const load = watchLoad('/test/slow/300/again.json');
      try {
        el.src = '/test/slow/300/again.json';
        await el.updateComplete;
        el.remove();
        await load.over;
        await el.updateComplete;
        expect(el.shownEvents[0]?.id).to.not.equal('again');
      } finally {
        load.stop();
      }
      host.append(el);
      await until(() => el.shownEvents[0]?.id === 'again', 3000, 'reloaded after reconnect');
    });

    it('a load cut short while its body arrives is not an error, and starts again on reconnect', async () => {
      const el = await mount();
      const host = el.parentElement as HTMLElement;
      const seen = errors(el);
      const load = watchLoad('/test/slow-body/400/body.json');
      try {
        el.src = '/test/slow-body/400/body.json';
        await el.updateComplete;
        // The headers and half the body are in; the rest is 400 ms away.
        await load.responded;
        el.remove();
        // The body read, cut short, has ended before the element is back.
        await load.over;
      } finally {
        load.stop();
      }
      host.append(el);
      await until(() => el.shownEvents[0]?.id === 'body', 3000, 'reloaded after reconnect');
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
      expect(notice(el)).to.equal('');
    });

    it('a src removed while its body arrives drops that body without an error', async () => {
      const load = watchLoad('/test/slow-body/400/old.json');
      try {
        const el = await mount(undefined, 'src="/test/slow-body/400/old.json"');
        const seen = errors(el);
        await load.responded;
        el.removeAttribute('src');
        await load.over;
        await el.updateComplete;
        expect(seen).to.deep.equal([]);
        expect(notice(el)).to.equal('');
        expect(el.shownEvents.map((e) => e.id)).to.not.include('old');
      } finally {
        load.stop();
      }
    });

    it('a slow response overtaken by a newer src never overwrites it', async () => {
      const old = watchLoad('/test/slow/600/old.json');
      try {
        const el = await mount(undefined, 'src="/test/slow/600/old.json"');
        el.src = '/test/slow/50/new.json';
        await until(() => el.shownEvents[0]?.id === 'new', 3000, 'new data');
        await old.over;
        await el.updateComplete;
        expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['new']);
      } finally {
        old.stop();
      }
    });
  });

  it('works on a page served with a strict Content-Security-Policy', async () => {
    const { frame, el } = await openFramedTimeline('/test/fixtures/csp/index.html');
    try {
      const win = () => frame.contentWindow as Window & { cspViolations?: string[] };
      // Violations are reported asynchronously, in order: one made on purpose now arrives
      // after any the element caused.
      frame.contentDocument?.body.setAttribute('style', 'outline: 0');
      await until(() => (win().cspViolations?.length ?? 0) > 0, 3000, 'the violation made on purpose');
      const root = el.shadowRoot;
      // Marks are placed (their inline transform was not blocked).
      const marks = new TimelineHarness(el).marks();
      expect(new Set(marks.map((m) => Math.round(m.box.left))).size).to.be.greaterThan(3);
      // The details come in a chunk of their own, which the policy lets load, with its styles.
      await until(() => root?.querySelector('.details') != null, 5000, 'the details panel');
      expect(root?.querySelector('.details')?.textContent).to.contain('Moura');
      expect(getComputedStyle(root?.querySelector('.details') as Element).borderTopWidth).to.equal('1px');
      // Styles applied: the plot has the height its rows need, from the component's stylesheet
      // and the custom property layout sets through the CSSOM (never blocked).
      const plotEl = root?.querySelector<HTMLElement>('.plot');
      const fit = parseFloat(plotEl?.style.getPropertyValue('--_fit-height') ?? '');
      expect(fit).to.be.greaterThan(100);
      expect(plotEl?.getBoundingClientRect().height).to.be.closeTo(Math.min(fit, 0.8 * (frame.contentWindow?.innerHeight ?? 0)), 1);
      expect(win().cspViolations).to.deep.equal(['style-src-attr: inline']);
    } finally {
      frame.remove();
    }
  });
});

describe('<sahel-timeline> over a long life', () => {
  it('1,000 connects and disconnects leave no listeners, observers, timers or frames behind', async () => {
    const live = { listeners: new Map<string, EventTarget>(), observed: 0, timers: new Set<number>(), frames: new Set<number>() };
    const ids = new WeakMap<object, number>();
    let nextId = 0;
    const idOf = (o: object) => {
      if (!ids.has(o)) ids.set(o, nextId++);
      return ids.get(o) as number;
    };
    const key = (target: EventTarget, type: string, fn: unknown, options?: boolean | AddEventListenerOptions) =>
      `${idOf(target)}|${type}|${typeof fn === 'object' || typeof fn === 'function' ? idOf(fn as object) : 'x'}|${(typeof options === 'boolean' ? options : options?.capture) ? 1 : 0}`;
    const proto = EventTarget.prototype;
    const { addEventListener: add, removeEventListener: remove } = proto;
    const observe = ResizeObserver.prototype.observe;
    const unobserve = ResizeObserver.prototype.unobserve;
    const disconnect = ResizeObserver.prototype.disconnect;
    const observedBy = new WeakMap<ResizeObserver, Set<Element>>();
    const { setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
    const el = document.createElement('sahel-timeline');
    const host = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    try {
      type Listener = EventListenerOrEventListenerObject | null;
      proto.addEventListener = function (this: EventTarget, type: string, fn: Listener, options?: boolean | AddEventListenerOptions) {
        if (fn) live.listeners.set(key(this, type, fn, options), this);
        add.call(this, type, fn, options);
      };
      proto.removeEventListener = function (this: EventTarget, type: string, fn: Listener, options?: boolean | EventListenerOptions) {
        if (fn) live.listeners.delete(key(this, type, fn, options));
        remove.call(this, type, fn, options);
      };
      ResizeObserver.prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
        const set = observedBy.get(this) ?? new Set();
        observedBy.set(this, set);
        if (!set.has(target)) live.observed++;
        set.add(target);
        observe.call(this, target, options);
      };
      ResizeObserver.prototype.unobserve = function (this: ResizeObserver, target: Element) {
        if (observedBy.get(this)?.delete(target)) live.observed--;
        unobserve.call(this, target);
      };
      ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
        live.observed -= observedBy.get(this)?.size ?? 0;
        observedBy.get(this)?.clear();
        disconnect.call(this);
      };
      window.setTimeout = ((fn: () => void, ms?: number) => {
        const id: number = st(() => {
          live.timers.delete(id);
          fn();
        }, ms);
        live.timers.add(id);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) live.timers.delete(id);
        ct(id);
      }) as typeof window.clearTimeout;
      window.requestAnimationFrame = (fn: FrameRequestCallback) => {
        const id = raf((t) => {
          live.frames.delete(id);
          fn(t);
        });
        live.frames.add(id);
        return id;
      };
      window.cancelAnimationFrame = (id: number) => {
        live.frames.delete(id);
        caf(id);
      };

      for (let i = 0; i < 1000; i++) {
        host.append(el);
        if (i % 100 === 0) {
          // Now and then let it render, zoom and glide before it is taken away.
          await el.updateComplete;
          await new Promise((r) => raf(r));
          el.zoomTo('2020-01-01', '2021-01-01');
          el.next();
        }
        el.remove();
      }
      await new Promise((r) => st(r, 50));
      // Listeners on the element's own shadow DOM (its template's @click and the like) and on
      // nodes it has dropped go with it. Everything else must be gone: on the window, the
      // document, the host, media queries, and on the plot all but the template's keydown
      // and focusin.
      const plot = el.renderRoot.querySelector('.plot');
      const left = [...live.listeners].filter(([, target]) => {
        if (!(target instanceof Node)) return true;
        if (target === el) return true;
        return target.getRootNode() === document;
      });
      const outside = left.map(([k]) => k);
      const onPlot = [...live.listeners].filter(([, target]) => target === plot).map(([k]) => k.split('|')[1]);
      expect(outside, outside.join(', ')).to.deep.equal([]);
      expect(onPlot.sort()).to.deep.equal(['focusin', 'keydown']);
      expect(live.observed).to.equal(0);
      expect(live.timers.size).to.equal(0);
      expect(live.frames.size).to.equal(0);
      // And it still works when put back.
      host.append(el);
      await until(() => new TimelineHarness(el).marks().length > 0, 3000, 'works after 1,000 cycles');
    } finally {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
      ResizeObserver.prototype.observe = observe;
      ResizeObserver.prototype.unobserve = unobserve;
      ResizeObserver.prototype.disconnect = disconnect;
      Object.assign(window, { setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf });
    }
  });

  it('a hint showing when the element is removed is gone when it is put back', async () => {
    const el = await mount();
    const host = el.parentElement as HTMLElement;
    const r = el.renderRoot.querySelector('.plot')?.getBoundingClientRect();
    // The hint's timeouts on a clock of the test's, moved on while the element is out of the page.
    const clock = controlClock();
    try {
      await sendWheel({ x: Math.round((r?.left ?? 0) + 100), y: Math.round((r?.top ?? 0) + 100), deltaY: 100 });
      await until(() => el.renderRoot.querySelector('.hint.shown') !== null, 3000, 'the hint');
      el.remove();
      clock.tick(5000);
      host.append(el);
      await el.updateComplete;
      expect(el.renderRoot.querySelector('.hint.shown') === null, 'hint hidden').to.equal(true);
    } finally {
      clock.restore();
    }
  });

  it('replacing events in the middle of a glide is safe', async () => {
    const el = await mount(undefined, '', 'no-preference');
    el.zoomTo('2021-01-01', '2021-06-01');
    await frames(3);
    el.events = good;
    await frames(40);
    await el.updateComplete;
    expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['one', 'two']);
    const w = el.visibleRange;
    // The new data is in view, not the old window.
    expect(+w.start).to.be.lessThan(Date.UTC(2020, 0, 10));
    expect(+w.end).to.be.greaterThan(Date.UTC(2020, 2, 1));
  });

  it('several instances on one page are independent', async () => {
    const a = await mount(good);
    const b = await mount();
    const before = b.visibleRange;
    a.zoomTo('2020-01-01', '2020-02-01');
    a.next();
    await frames(3);
    expect(b.visibleRange).to.deep.equal(before);
    expect(b.selected).to.equal(null);
    expect(a.selected).to.equal('one');
  });

  it('properties set before the element is defined survive its upgrade', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    // Not yet upgraded: a plain element that will become a SahelTimeline.
    const el = document.createElement('sahel-timeline-late') as HTMLElement & Pick<SahelTimeline, 'events' | 'selected' | 'shownEvents' | 'renderRoot'>;
    el.events = good;
    el.selected = 'two';
    host.append(el);
    customElements.define('sahel-timeline-late', class extends SahelTimeline {});
    // Defining the class upgraded it.
    const h = new TimelineHarness(el as unknown as SahelTimeline);
    await until(() => h.marks().length === 2, 3000, 'upgraded render');
    expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['one', 'two']);
    expect(el.selected).to.equal('two');
    expect(el.renderRoot.querySelector('.details')?.textContent).to.contain('Second good event');
  });
});
