// d3-selection, as far as d3-zoom, d3-drag's dragDisable/dragEnable and
// src/controllers/zoom-gestures.ts use it: select() of one node (or the page's window), and
// the selection methods they call (on, property, style, filter, each, call, datum, node), with
// d3's own semantics; pointer() as d3 has it. The real module is one file whose selection
// methods are all set on one prototype, so a bundle keeps every one of them (12.7 KB
// minified, then about a tenth of the first load); the standalone bundle and the tests put
// this in its place (rollup.config.mjs, web-test-runner.config.mjs). It comes with d3-zoom,
// in d3-zoom's chunk (src/controllers/zoom-gestures.ts).

/** A list of nodes, as d3 selects them (here at most one, or those a filter keeps). */
function Selection(nodes) {
  this._nodes = nodes;
}

/** The root selection, whose prototype d3-transition extends (scripts/d3-stubs/transition.mjs). */
export function selection() {
  return new Selection([document.documentElement]);
}

/** Selects a node (or the window), or the first element a CSS selector matches. */
export function select(selector) {
  return new Selection([typeof selector === 'string' ? document.querySelector(selector) : selector]);
}

/** The innermost source event of a d3 event (a zoom event's wheel, say). */
function sourceEvent(event) {
  let source;
  while ((source = event.sourceEvent)) event = source;
  return event;
}

/** The event's position relative to `node` (by default its currentTarget), as d3.pointer gives it. */
export function pointer(event, node) {
  event = sourceEvent(event);
  if (node === undefined) node = event.currentTarget;
  if (node) {
    const svg = node.ownerSVGElement || node;
    if (svg.createSVGPoint) {
      let point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      point = point.matrixTransform(node.getScreenCTM().inverse());
      return [point.x, point.y];
    }
    if (node.getBoundingClientRect) {
      const rect = node.getBoundingClientRect();
      return [event.clientX - rect.left - node.clientLeft, event.clientY - rect.top - node.clientTop];
    }
  }
  return [event.pageX, event.pageY];
}

/** "wheel.zoom mousedown.zoom" as types and names. */
function parseTypenames(typenames) {
  return typenames
    .trim()
    .split(/^|\s+/)
    .map((t) => {
      const i = t.indexOf('.');
      return i >= 0 ? { type: t.slice(0, i), name: t.slice(i + 1) } : { type: t, name: '' };
    });
}

function removeListeners(node, typename) {
  const on = node.__on;
  if (!on) return;
  let i = -1;
  for (const o of on) {
    if ((!typename.type || o.type === typename.type) && o.name === typename.name) node.removeEventListener(o.type, o.listener, o.options);
    else on[++i] = o;
  }
  if (++i) on.length = i;
  else delete node.__on;
}

function addListener(node, typename, value, options) {
  const on = node.__on;
  // Called as d3 calls listeners: on the node, with the event and the node's datum.
  const listener = function (event) {
    value.call(this, event, this.__data__);
  };
  if (on) {
    for (const o of on) {
      if (o.type === typename.type && o.name === typename.name) {
        node.removeEventListener(o.type, o.listener, o.options);
        node.addEventListener(o.type, (o.listener = listener), (o.options = options));
        o.value = value;
        return;
      }
    }
  }
  node.addEventListener(typename.type, listener, options);
  const o = { type: typename.type, name: typename.name, value, listener, options };
  if (!on) node.__on = [o];
  else on.push(o);
}

selection.prototype = Selection.prototype = {
  constructor: Selection,

  node() {
    return this._nodes.find((n) => n) ?? null;
  },

  each(callback) {
    this._nodes.forEach((node, i, nodes) => {
      if (node) callback.call(node, node.__data__, i, nodes);
    });
    return this;
  },

  call(callback, ...args) {
    callback(this, ...args);
    return this;
  },

  datum() {
    return this.node().__data__;
  },

  filter(match) {
    return new Selection(this._nodes.filter((node, i, nodes) => node && match.call(node, node.__data__, i, nodes)));
  },

  property(name, value) {
    if (arguments.length < 2) return this.node()[name];
    return this.each(function (...args) {
      const v = typeof value === 'function' ? value.apply(this, args) : value;
      if (v == null) Reflect.deleteProperty(this, name);
      else this[name] = v;
    });
  },

  style(name, value, priority) {
    return this.each(function () {
      if (value == null) this.style.removeProperty(name);
      else this.style.setProperty(name, value, priority ?? '');
    });
  },

  on(typename, value, options) {
    const typenames = parseTypenames(`${typename}`);
    if (arguments.length < 2) {
      const on = this.node().__on;
      if (on) for (const o of on) for (const t of typenames) if (t.type === o.type && t.name === o.name) return o.value;
      return undefined;
    }
    for (const t of typenames) {
      this.each(function () {
        if (value) addListener(this, t, value, options);
        else removeListeners(this, t);
      });
    }
    return this;
  },
};
