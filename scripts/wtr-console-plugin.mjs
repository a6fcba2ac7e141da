// A test-runner command that gathers what the browser reports as errors while a test runs:
// console errors of the test page and of every frame in it (a failed load, a refused policy,
// `console.error`) and uncaught exceptions, as puppeteer sees them for the whole tab. A frame's
// own console cannot be watched from the test before its page starts, so this watches the tab.
//
//   await executeServerCommand('console-errors', { start: true });  // from now on
//   ... open a page in a frame ...
//   const errors = await executeServerCommand('console-errors');    // what was said, and stop

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function consoleErrorsPlugin() {
  /** @type {Map<string, { errors: string[], stop: () => void }>} */
  const watching = new Map();
  return {
    name: 'console-errors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'console-errors') return undefined;
      /** @type {import('puppeteer-core').Page} */
      const page = /** @type {any} */ (session.browser).getPage(session.id);
      watching.get(session.id)?.stop();
      const watched = watching.get(session.id);
      watching.delete(session.id);
      if (!(/** @type {{ start?: boolean } | undefined} */ (payload)?.start)) return watched?.errors ?? [];
      /** @type {string[]} */
      const errors = [];
      /** @param {import('puppeteer-core').ConsoleMessage} message */
      const onConsole = (message) => {
        if (message.type() !== 'error') return;
        const where = message.location().url;
        errors.push(where ? `${message.text()} (${where})` : message.text());
      };
      /** @param {unknown} error */
      const onError = (error) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`);
      page.on('console', onConsole);
      page.on('pageerror', onError);
      watching.set(session.id, {
        errors,
        stop: () => {
          page.off('console', onConsole);
          page.off('pageerror', onError);
        },
      });
      return true;
    },
  };
}
