import { emulateMedia, executeServerCommand, sendKeys, sendMouse } from './commands.js';
import { fixture, html } from '@open-wc/testing';
import { builtInChunk, erasChunk, inkChunk, lanesChunk, noticesChunk, panelsChunk, playerChunk, storyChunk, urlHashChunk, verticalChunk, zoomChunk } from '../src/controllers/chunks.js';
import { loadCalendarTicks } from '../src/layout/chronology.js';
import '../src/sahel-timeline.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { TimelineErrorDetail } from '../src/events.js';
import { realSetTimeout } from './clock.js';

/** Waits for the next animation frames to have run. */
export async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

/** Waits until `check` holds, or fails after `ms`. */
export async function until(check: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const t0 = performance.now();
  while (!check()) {
    if (performance.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    // The page's own timer: a test may have taken setTimeout over (clock.ts).
    await new Promise((r) => realSetTimeout(r, 10));
  }
}

/** Presses a key as a reader would, and lets the timeline redraw. */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
  await frames(2);
}

/** How far from the viewport's right and bottom edges a click keeps: WebKitGTK's overlay scrollbars take the pointer there. */
const EDGE = 24;

/**
 * A real mouse click at the middle of an element, scrolled into the viewport first and, when
 * the page scrolls, clear of its scrollbars (in WebKit a press there ends on the scrollbar,
 * with no click).
 */
export async function clickOn(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  let r = target.getBoundingClientRect();
  const past = (mid: number, size: number) => Math.max(0, mid - (size - EDGE));
  window.scrollBy(past(r.left + r.width / 2, innerWidth), past(r.top + r.height / 2, innerHeight));
  r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

/** Waits for a redraw after the view moved. */
export async function settle(el: SahelTimeline): Promise<void> {
  await frames(3);
  await el.updateComplete;
}

/** Mounts a timeline `width` pixels wide, with reduced motion so glides end at once. */
export async function mountAt(width: number, events?: readonly TimelineEvent[]): Promise<SahelTimeline> {
  return mount(events, '', 'reduce', 'light', width);
}

/** Mounts a timeline at a fixed width (1000px unless told), with reduced motion so glides end at once. */
export async function mount(
  events?: readonly TimelineEvent[],
  attrs = '',
  motion: 'reduce' | 'no-preference' = 'reduce',
  scheme: 'light' | 'dark' = 'light',
  width = 1000,
): Promise<SahelTimeline> {
  // Puppeteer replaces all emulated media features at once, so both are always set.
  await emulateMedia({ reducedMotion: motion, colorScheme: scheme });
  // The built-in data is a chunk loaded on demand (test/built-in.test.ts follows that path):
  // here it is loaded first, so a timeline without data draws it at once.
  if (!events && !/\b(src|pending)\b/.test(attrs)) await builtInChunk.load();
  // So are the details and a cluster's list (test/panels.test.ts follows that path), and the
  // canvas a gesture draws on: loaded first here, so that selecting an event shows its details
  // in the same update, and the first wheel notch draws on the canvas.
  await panelsChunk.load();
  await inkChunk.load();
  // And d3-zoom, so that the first wheel notch or drag is d3's gesture (test/zoom-chunk.test.ts
  // follows the path where it comes later).
  await zoomChunk.load();
  // And the lanes (test/lanes-chunk.test.ts follows the path where they come later).
  await lanesChunk.load();
  await erasChunk.load();
  await noticesChunk.load();
  await loadCalendarTicks();
  await urlHashChunk.load();
  await playerChunk.load();
  await storyChunk.load();
  await verticalChunk.load();
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${String(width)}px`;
  wrapper.innerHTML = `<sahel-timeline ${attrs}></sahel-timeline>`;
  const el = wrapper.querySelector('sahel-timeline') as SahelTimeline;
  if (events) el.events = events;
  await el.updateComplete;
  await until(() => el.renderRoot.querySelector('[part~="plot"]')?.clientWidth === width, 3000, 'layout');
  await frames(2);
  await el.updateComplete;
  return el;
}

export function plot(el: SahelTimeline): HTMLElement {
  const p = el.renderRoot.querySelector<HTMLElement>('[part~="plot"]');
  if (!p) throw new Error('no plot');
  return p;
}

/** The page coordinates of a point inside the plot. */
export function plotPoint(el: SahelTimeline, fx: number, fy = 0.5): { x: number; y: number } {
  const r = plot(el).getBoundingClientRect();
  return { x: Math.round(r.left + r.width * fx), y: Math.round(r.top + r.height * fy) };
}

/** A wheel event sent through the browser's real input pipeline, with keys held. */
export async function sendWheel(payload: { x: number; y: number; deltaX?: number; deltaY?: number; modifiers?: string[] }): Promise<void> {
  await executeServerCommand('send-wheel', payload);
}

/** Turns touch-screen emulation on or off (before mounting: d3-zoom checks on attach). */
export async function setTouch(enabled: boolean): Promise<void> {
  await executeServerCommand('set-touch', { enabled });
}

/** A touch gesture through the browser's input pipeline: frames of touch points. */
export async function sendTouch(frames: { x: number; y: number }[][], frameMs?: number): Promise<void> {
  await executeServerCommand('send-touch', { frames, ...(frameMs !== undefined && { frameMs }) });
}

/** A real double-click (click count 2) through the browser's input pipeline. */
export async function sendDoubleClick(at: { x: number; y: number }): Promise<void> {
  await executeServerCommand('send-dblclick', at);
}

export async function drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await sendMouse({ type: 'move', position: [from.x, from.y] });
  await sendMouse({ type: 'down' });
  const steps = 6;
  for (let i = 1; i <= steps; i++) {
    await sendMouse({ type: 'move', position: [Math.round(from.x + ((to.x - from.x) * i) / steps), Math.round(from.y + ((to.y - from.y) * i) / steps)] });
  }
  await sendMouse({ type: 'up' });
}

/** The visible window as milliseconds. */
export function windowMs(el: SahelTimeline): { start: number; end: number; span: number } {
  const { start, end } = el.visibleRange;
  return { start: +start, end: +end, span: +end - +start };
}

/** Synthetic point events: `n` days, deterministic. */
export function syntheticEvents(n: number, startYear = 2010, years = 10, seed = 1): TimelineEvent[] {
  let s = seed;
  const rand = () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const t0 = Date.UTC(startYear, 0, 1);
  const span = Date.UTC(startYear + years, 0, 1) - t0;
  const cats = ['military', 'diplomacy', 'politics', 'protest', 'media', 'economy', 'violence', 'context'] as const;
  const out: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(t0 + Math.floor(rand() * span));
    out.push({
      id: `e${i}`,
      title: `Event ${i}`,
      start: d.toISOString().slice(0, 10) as TimelineEvent['start'],
      category: cats[i % cats.length],
    });
  }
  return out;
}

export function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/**
 * Opens a page in an iframe and waits until its <sahel-timeline> has drawn some events;
 * gives the frame and the element. The caller removes the frame.
 */
export async function openFramedTimeline(url: string): Promise<{ frame: HTMLIFrameElement; el: SahelTimeline }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.src = url;
  document.body.append(frame);
  const find = () => frame.contentDocument?.querySelector('sahel-timeline');
  try {
    await until(() => (find()?.shadowRoot?.querySelectorAll('[part~="plot"] [data-id]').length ?? 0) > 3, 8000, `timeline in ${url}`);
  } catch (error) {
    frame.remove();
    throw error;
  }
  return { frame, el: find() as SahelTimeline };
}

/** WCAG relative luminance of a CSS colour the browser has resolved to rgb(). */
export function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio of two resolved colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A page with a button before a timeline of the built-in data and one after it, the timeline
 * drawn and the focus on the first button: where a keyboard reader starts.
 */
export async function mountBetweenButtons(dir: 'ltr' | 'rtl' = 'ltr'): Promise<{ el: SahelTimeline; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px" dir=${dir}>
    <button id="before">before</button>
    <sahel-timeline></sahel-timeline>
    <button id="after">after</button>
  </div>`);
  const el = wrapper.querySelector('sahel-timeline') as SahelTimeline;
  await until(() => (el.shadowRoot?.querySelectorAll('[part~="plot"] [data-id]').length ?? 0) > 0, 5000, 'events drawn');
  await frames(2);
  const before = wrapper.querySelector('#before') as HTMLButtonElement;
  before.focus();
  return { el, before, after: wrapper.querySelector('#after') as HTMLButtonElement };
}

/** The notice's text, as a reader sees it ('' when there is none). */
export function notice(el: SahelTimeline): string {
  return (el.renderRoot.querySelector('[part~="notice"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Records every `sahel-error` the element fires from now on. */
export function errors(el: SahelTimeline): TimelineErrorDetail[] {
  const seen: TimelineErrorDetail[] = [];
  el.addEventListener('sahel-error', (e) => seen.push(e.detail));
  return seen;
}
