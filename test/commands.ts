/**
 * @web/test-runner-commands' input and media commands, run by scripts/wtr-engine-plugin.mjs in
 * whichever engine the tests are in (its own work in Chromium only). Tests import these from
 * here, never from @web/test-runner-commands (eslint's no-restricted-imports).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type * as commands from '@web/test-runner-commands';

export { executeServerCommand };

type Media = Parameters<typeof commands.emulateMedia>[0];

export async function sendKeys(payload: Parameters<typeof commands.sendKeys>[0]): Promise<void> {
  await executeServerCommand('engine:send-keys', payload);
}

export async function sendMouse(payload: Parameters<typeof commands.sendMouse>[0]): Promise<void> {
  await executeServerCommand('engine:send-mouse', payload);
}

export async function resetMouse(): Promise<void> {
  await executeServerCommand('engine:reset-mouse');
}

export async function setViewport(viewport: Parameters<typeof commands.setViewport>[0]): Promise<void> {
  await executeServerCommand('engine:set-viewport', viewport);
}

/** What a test asked prefers-reduced-motion to be, where the engine cannot emulate it (WebKit). */
let reducedMotion: string | undefined;

/**
 * Emulated media. Where the engine cannot emulate reduced motion (WebKit's WebDriver, which
 * switches the colour scheme as a desktop does, and nothing else), the page's
 * `matchMedia('(prefers-reduced-motion: ...)')` answers as asked, so that the element's script
 * (its glides) follows it; its CSS cannot, and tests that read CSS under emulated media other
 * than a colour scheme are left out of that engine (test/engines.ts).
 */
export async function emulateMedia(media: Media): Promise<void> {
  const done = await executeServerCommand<true | 'motion', Media>('engine:emulate-media', media);
  if (done === true) return;
  if (media.reducedMotion) reducedMotion = media.reducedMotion;
  window.matchMedia = answeringMotion;
}

const realMatchMedia = window.matchMedia.bind(window);

function answeringMotion(query: string): MediaQueryList {
  const list = realMatchMedia(query);
  const asked = /^\s*\(\s*prefers-reduced-motion\s*:\s*([\w-]+)\s*\)\s*$/.exec(query)?.[1];
  if (asked === undefined || reducedMotion === undefined) return list;
  const matches = asked === reducedMotion;
  return new Proxy(list, {
    get: (target, prop) => {
      if (prop === 'matches') return matches;
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
