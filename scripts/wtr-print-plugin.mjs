// A test-runner command that prints the test's page as a browser prints it, and reads the
// PDF back: puppeteer's page.pdf() fires beforeprint, lays the page out for print media at the
// paper's width (no script runs meanwhile) and fires afterprint, as a reader's Print does.
// pdf.js then reads every run of text the pages hold, with where it stands and its size, so a
// test can check what is on paper rather than what the DOM says.
// `SAHEL_PRINT_PDF=/tmp/x.pdf npx wtr --files test/print.test.ts` also writes the PDF there
// (each print of the run over the last), to look at.
import { writeFileSync } from 'node:fs';

/**
 * @typedef {{ format?: 'A4' | 'Letter', landscape?: boolean }} PrintPayload
 * @typedef {{ text: string, x: number, y: number, size: number }} PrintedText
 * @typedef {{ width: number, height: number, texts: PrintedText[] }} PrintedPage
 */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function printPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-pdf') return undefined;
      const p = /** @type {PrintPayload | undefined} */ (payload);
      /** @type {import('puppeteer-core').Page} */
      const page = /** @type {any} */ (session.browser).getPage(session.id);
      // Chrome's default margins (1 cm) and no background graphics, as its print dialog has them.
      const pdf = await page.pdf({ format: p?.format ?? 'A4', landscape: p?.landscape ?? false, margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' } });
      if (process.env.SAHEL_PRINT_PDF) writeFileSync(process.env.SAHEL_PRINT_PDF, pdf);
      return readPdf(pdf);
    },
  };
}

/**
 * Every page's size and runs of text, in points from the page's top left (y at the text's
 * baseline), each with its size in points.
 * @param {Uint8Array} pdf
 * @returns {Promise<PrintedPage[]>}
 */
async function readPdf(pdf) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  /** @type {PrintedPage[]} */
  const pages = [];
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const { width, height } = page.getViewport({ scale: 1 });
      const { items } = await page.getTextContent();
      const texts = [];
      for (const item of items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , c, d, e, f] = item.transform;
        texts.push({ text: item.str, x: e, y: height - f, size: Math.hypot(c, d) });
      }
      pages.push({ width, height, texts });
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}
