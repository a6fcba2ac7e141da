import { expect } from '@open-wc/testing';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
}
interface Axe {
  run: (context: Element, options: object) => Promise<AxeResult>;
}

async function loadAxe(): Promise<Axe> {
  const w = window as Window & { axe?: Axe };
  if (!w.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => {
        resolve();
      };
      script.onerror = () => {
        reject(new Error('axe-core did not load'));
      };
      document.head.append(script);
    });
  }
  if (!w.axe) throw new Error('axe-core missing');
  return w.axe;
}

/** Runs axe-core on the element, shadow DOM included, for WCAG 2.2 A and AA. */
export async function expectNoViolations(el: Element): Promise<void> {
  const axe = await loadAxe();
  const result = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  expect(summary, summary.join('\n')).to.deep.equal([]);
}
