// A test-runner command that sends a wheel event through the browser's real input pipeline
// (puppeteer's Input.dispatchMouseEvent), optionally with modifier keys held, and a real
// double-click (a click count of 2), because @web/test-runner-commands has neither.
// Also: a coarse pointer (puppeteer cannot emulate the pointer media feature), the
// accessibility tree as the browser computes it for assistive technology, and the browser's
// cache turned off (which also empties the memory cache a chunk fetched by an earlier page
// would otherwise come from, whatever the server holds back).

import { engineOf, setFirefoxPrefs, webkitDriver } from './wtr-engine-plugin.mjs';

/**
 * @typedef {{ x: number, y: number, deltaX?: number, deltaY?: number, modifiers?: string[] }} WheelPayload
 */

/**
 * Firefox's answers to the commands above that Chromium answers over CDP, which Firefox does
 * not speak: forced colours, a coarse pointer and touch through its preferences (set from its
 * privileged scope), touch gestures through WebDriver BiDi's touch pointers. Undefined for a
 * command it answers as Chromium does (puppeteer's own mouse, keyboard and cache).
 * @param {string} command
 * @param {any} payload
 * @param {import('puppeteer-core').Page} page
 */
async function firefoxCommand(command, payload, page) {
  if (command === 'set-forced-colors') {
    // "Override the colours specified by the page: always", which is what forced-colors matches.
    await setFirefoxPrefs(page, { 'browser.display.document_color_use': payload?.active ? 2 : null }, [['(forced-colors: active)', Boolean(payload?.active)]]);
    return true;
  }
  if (command === 'set-coarse-pointer') {
    // Pointer capabilities as a bit set: 1 is coarse (a finger), without fine (2) or hover (4).
    const coarse = payload?.enabled ? 1 : null;
    await setFirefoxPrefs(page, { 'ui.primaryPointerCapabilities': coarse, 'ui.allPointerCapabilities': coarse }, [['(pointer: coarse)', Boolean(payload?.enabled)]]);
    return true;
  }
  if (command === 'set-touch') {
    // Touch events on (the element listens for touches whatever navigator.maxTouchPoints says).
    await setFirefoxPrefs(page, { 'dom.w3c_touch_events.enabled': payload?.enabled ? 1 : null }, []);
    return true;
  }
  if (command === 'send-touch') {
    // One touch pointer per finger, moving frame by frame (a frame about 16 ms).
    const frames = /** @type {{ x: number, y: number }[][]} */ (payload.frames);
    const fingers = Math.max(...frames.map((f) => f.length));
    const actions = Array.from({ length: fingers }, (_, id) => {
      const at = frames.map((f) => f[id]);
      const first = at.find(Boolean) ?? { x: 0, y: 0 };
      const steps = at.slice(1).map((pt) => (pt ? { type: 'pointerMove', x: Math.round(pt.x), y: Math.round(pt.y), duration: 16 } : { type: 'pause', duration: 16 }));
      return {
        type: 'pointer',
        id: `finger${String(id)}`,
        parameters: { pointerType: 'touch' },
        actions: [{ type: 'pointerMove', x: Math.round(first.x), y: Math.round(first.y) }, { type: 'pointerDown', button: 0 }, ...steps, { type: 'pointerUp', button: 0 }],
      };
    });
    const connection = /** @type {any} */ (page.browser()).connection;
    await connection.send('input.performActions', { context: /** @type {any} */ (page.mainFrame())._id, actions });
    return true;
  }
  if (command === 'ax-nodes') return null;
  return undefined;
}

/**
 * A wheel event dispatched at the innermost element (through shadow roots and same-origin
 * frames) under a point, as the browser would send it: WebKitGTK's WebDriver has wheel
 * actions, but they never reach the page here. Runs in the page.
 */
const DISPATCH_WHEEL = `
  let [x, y, deltaX, deltaY, mods] = arguments;
  let doc = document;
  let target = doc.elementFromPoint(x, y);
  for (;;) {
    // Into same-origin frames, in the frame's own pixels, and into shadow roots.
    if (target?.contentDocument) {
      const r = target.getBoundingClientRect();
      x -= r.left + target.clientLeft;
      y -= r.top + target.clientTop;
      doc = target.contentDocument;
      target = doc.elementFromPoint(x, y);
      continue;
    }
    const inner = target?.shadowRoot?.elementFromPoint(x, y);
    if (!inner || inner === target) break;
    target = inner;
  }
  const view = doc.defaultView;
  (target ?? doc.body).dispatchEvent(new view.WheelEvent('wheel', {
    bubbles: true, cancelable: true, composed: true, view, clientX: x, clientY: y, deltaX, deltaY, deltaMode: 0,
    ctrlKey: mods.includes('Control'), shiftKey: mods.includes('Shift'), altKey: mods.includes('Alt'), metaKey: mods.includes('Meta'),
  }));`;

/**
 * WebKit's answers, through WebDriver: the pointer moves there for real and the wheel event is
 * dispatched (see DISPATCH_WHEEL); a double-click is two real clicks. What WebKit's WebDriver
 * cannot do here (touch, emulated pointer or colours, the accessibility tree, the cache) is an
 * error: the tests that need it are not registered in WebKit (test/engines.ts).
 * @param {string} command
 * @param {any} payload
 * @param {any} session
 */
async function webkitCommand(command, payload, session) {
  const driver = webkitDriver(session);
  const at = (/** @type {number} */ x, /** @type {number} */ y) => ({ type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 });
  if (command === 'send-wheel') {
    await driver.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [at(payload.x, payload.y)] }]);
    await driver.execute(DISPATCH_WHEEL, payload.x, payload.y, payload.deltaX ?? 0, payload.deltaY ?? 0, payload.modifiers ?? []);
    return true;
  }
  if (command === 'send-dblclick') {
    const click = [{ type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }];
    await driver.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [at(payload.x, payload.y), ...click, ...click] }]);
    return true;
  }
  throw new Error(`${command}: WebKitGTK's WebDriver cannot do this (a test that needs it is not registered in WebKit: itExcept)`);
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function wheelPlugin() {
  return {
    name: 'send-wheel',
    async executeCommand({ command, payload, session }) {
      if (!['send-wheel', 'send-dblclick', 'send-touch', 'set-touch', 'set-forced-colors', 'set-coarse-pointer', 'ax-nodes', 'set-cache'].includes(command)) return undefined;
      if (engineOf(session) === 'webkit') return webkitCommand(command, payload, session);
      const p = /** @type {WheelPayload} */ (payload);
      const browser = /** @type {any} */ (session.browser);
      /** @type {import('puppeteer-core').Page} */
      const page = browser.getPage(session.id);
      if (engineOf(session) === 'firefox') {
        const answer = await firefoxCommand(command, payload, page);
        if (answer !== undefined) return answer;
      }
      if (command === 'set-forced-colors') {
        // Windows High Contrast, as CSS sees it (wtr's emulateMedia does this on Playwright only;
        // puppeteer 24's emulateMediaFeatures refuses the feature's name, Chrome's protocol takes it).
        await /** @type {any} */ (page)._client().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
        return true;
      }
      if (command === 'set-coarse-pointer') {
        // A touch screen as CSS sees it: (pointer: coarse). Emulation.setEmulatedMedia ignores
        // pointer, and touch emulation set from a session of its own ends with that session:
        // this one goes through the page's own session, so it lasts until turned off.
        await /** @type {any} */ (page)._client().send('Emulation.setTouchEmulationEnabled', { enabled: Boolean(payload?.enabled), maxTouchPoints: 5 });
        return true;
      }
      if (command === 'set-cache') {
        await page.setCacheEnabled(Boolean(payload?.enabled));
        return true;
      }
      if (command === 'ax-nodes') {
        // Every node of the accessibility tree (shadow roots flattened): role, name, description.
        const cdp = await page.createCDPSession();
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        await cdp.detach();
        return nodes
          .filter((n) => !n.ignored)
          .map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? ''), description: String(n.description?.value ?? '') }));
      }
      if (command === 'set-touch') {
        // Emulates a touch screen (d3-zoom decides whether to listen for touches when it attaches).
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: Boolean(payload?.enabled), maxTouchPoints: 5 });
        await cdp.detach();
        return true;
      }
      if (command === 'send-touch') {
        // A touch gesture: frames of touch points (one finger pans, two pinch), via CDP; with
        // `frameMs`, that long apart (a finger held still), else at once.
        const gesture = /** @type {{ frames: { x: number, y: number }[][], frameMs?: number }} */ (payload);
        const cdp = await page.createCDPSession();
        const points = (frame) => frame.map((pt, id) => ({ x: pt.x, y: pt.y, id }));
        const [first, ...rest] = gesture.frames;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(first) });
        for (const frame of rest) {
          if (gesture.frameMs) await new Promise((resolve) => setTimeout(resolve, gesture.frameMs));
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(frame) });
        }
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await cdp.detach();
        return true;
      }
      if (command === 'send-dblclick') {
        await page.mouse.click(p.x, p.y, { count: 2 });
        return true;
      }
      const modifiers = p.modifiers ?? [];
      for (const key of modifiers) await page.keyboard.down(/** @type {any} */ (key));
      await page.mouse.move(p.x, p.y);
      await page.mouse.wheel({ deltaX: p.deltaX ?? 0, deltaY: p.deltaY ?? 0 });
      for (const key of [...modifiers].reverse()) await page.keyboard.up(/** @type {any} */ (key));
      return true;
    },
  };
}
