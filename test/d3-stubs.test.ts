/**
 * The stubs the standalone bundle (and these tests) use in place of d3 modules
 * (scripts/d3-stubs/): d3-selection's select, on, property and pointer, with d3's semantics.
 */
import { expect } from '@open-wc/testing';
import { pointer, select } from 'd3-selection';

describe('d3-selection stub', () => {
  it('is the stub the bundle ships: a selection holds its nodes, and no method d3-zoom does not use', () => {
    const s = select(document.body) as unknown as { _nodes?: unknown; selectAll?: unknown };
    expect(s._nodes).to.deep.equal([document.body]);
    expect(s.selectAll).to.equal(undefined);
  });

  it('on() adds a listener by type and name, calls it on the node with the event and datum, replaces it by name, and removes by name alone', () => {
    const node = document.createElement('div') as HTMLDivElement & { __data__?: unknown };
    node.__data__ = 'd';
    const seen: string[] = [];
    const s = select(node);
    s.on('click.a', function (this: HTMLElement, event: Event, d: unknown) {
      seen.push(`a:${event.type}:${String(d)}:${String(this === node)}`);
    });
    s.on('click.b keyup.b', () => seen.push('b'));
    node.click();
    expect(seen).to.deep.equal(['a:click:d:true', 'b']);
    const c = () => seen.push('c');
    s.on('click.a', c);
    expect(s.on('click.a')).to.equal(c);
    node.click();
    expect(seen.slice(2)).to.deep.equal(['b', 'c']);
    s.on('.b', null);
    node.click();
    node.dispatchEvent(new KeyboardEvent('keyup'));
    expect(seen.slice(4)).to.deep.equal(['c']);
    s.on('click.a', null);
    node.click();
    expect(seen).to.have.length(5);
  });

  it('property() sets a value or what a function gives for each node, reads it back, and deletes it for null; filter keeps the nodes a test passes', () => {
    const node = document.createElement('div') as HTMLDivElement & { __zoom?: unknown };
    const s = select(node);
    s.property('__zoom', function (this: { __zoom?: unknown }) {
      return this.__zoom ?? 'identity';
    });
    expect(node.__zoom).to.equal('identity');
    s.property('__zoom', 'k=2');
    expect(s.property('__zoom')).to.equal('k=2');
    s.property('__zoom', null);
    expect('__zoom' in node).to.equal(false);
    expect(s.filter(() => false).node()).to.equal(null);
    expect(s.filter(() => true).node()).to.equal(node);
  });

  it('pointer() gives the event position relative to the node, inside its border', () => {
    const node = document.createElement('div');
    node.style.cssText = 'position:fixed;left:40px;top:30px;width:100px;height:50px;border:3px solid';
    document.body.append(node);
    const event = new MouseEvent('click', { clientX: 60, clientY: 45 });
    expect(pointer(event, node)).to.deep.equal([17, 12]);
    node.remove();
  });
});
