/**
 * A gesture's drawing recorded as numbers, texts by their number in the recorder's table
 * (render/ink-ops.ts), and replayed on a context: the worker's, or the page's canvas.
 */
import { expect } from '@open-wc/testing';
import { InkRecorder, replay, type InkList } from '../src/render/ink-ops.js';

/** A context that writes down what is done to it, as `name(args)` or `name=value`. */
function fakeContext(): { g: CanvasRenderingContext2D; calls: string[] } {
  const calls: string[] = [];
  const g = new Proxy({} as CanvasRenderingContext2D, {
    get: (_, name: string) => (...args: unknown[]) => {
      calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(',')})`);
      // A gradient writes down its stops, and is written as "gradient" where it is used.
      if (name === 'createLinearGradient') return { addColorStop: (o: number, c: string) => calls.push(`addColorStop(${String(o)},${c})`), toJSON: () => 'gradient' };
      return undefined;
    },
    set: (_, name: string, value: unknown) => {
      calls.push(`${name}=${JSON.stringify(value)}`);
      return true;
    },
  });
  return { g, calls };
}

const played = (list: InkList) => {
  const { g, calls } = fakeContext();
  replay(list.ops, list.texts, g, new Map());
  return calls;
};

describe('InkRecorder and replay', () => {
  it('replays the calls recorded, texts and numbers as given, each list on its own', () => {
    const r = new InkRecorder();
    r.font = '500 13px sans-serif';
    r.fillStyle = '#b42318';
    r.fillText('Talks open', 10.5, 20);
    r.fillText('« Wagner » au Mali', 0, 0, 80);
    const first = r.reset();
    r.fillStyle = '#b42318';
    r.fillText('Talks open', 30, 40);
    r.fillRect(1, 2, 3, 4);
    const second = r.reset();
    expect(first.ops).to.be.instanceOf(Float64Array);
    expect(played(first)).to.deep.equal(['reset()', 'font="500 13px sans-serif"', 'fillStyle="#b42318"', 'fillText("Talks open",10.5,20)', 'fillText("« Wagner » au Mali",0,0,80)']);
    expect(played(second)).to.deep.equal(['reset()', 'fillStyle="#b42318"', 'fillText("Talks open",30,40)', 'fillRect(1,2,3,4)']);
    // A text recorded again is the same number in the same table: the worker is not sent it twice.
    expect(second.table).to.equal(first.table);
    expect(second.texts.filter((t) => t === 'Talks open')).to.have.length(1);
  });

  it('starts a new table of texts once one grows past 20,000, and the lists made before keep theirs', () => {
    const r = new InkRecorder();
    for (let i = 0; i <= 20_000; i++) r.fillText(`label ${String(i)}`, i, 0);
    const big = r.reset();
    r.fillText('after', 1, 2);
    const next = r.reset();
    expect(next.table).to.equal(big.table + 1);
    expect(next.texts).to.deep.equal(['after']);
    expect(played(next)).to.deep.equal(['reset()', 'fillText("after",1,2)']);
    const calls = played(big);
    expect(calls).to.have.length(20_002);
    expect(calls.at(-1)).to.equal('fillText("label 20000",20000,0)');
  });

  it('replays a gradient with its colour stops, and fills with it', () => {
    const r = new InkRecorder();
    const gradient = r.createLinearGradient(0, 0, 10, 0);
    gradient.addColorStop(0, 'rgb(0, 0, 0)');
    gradient.addColorStop(1, 'transparent');
    r.fillStyle = gradient;
    r.fillRect(0, 0, 10, 10);
    expect(played(r.reset())).to.deep.equal([
      'reset()',
      'createLinearGradient(0,0,10,0)',
      'addColorStop(0,rgb(0, 0, 0))',
      'addColorStop(1,transparent)',
      'fillStyle="gradient"',
      'fillRect(0,0,10,10)',
    ]);
  });
});
