/**
 * Rich text from other tools (TimelineJS3 texts): the safe subset built from the browser's
 * parser, links that open apart, everything else dropped with its text kept, plain text left
 * alone; the cheap tag stripper the search uses; and the details and title card showing it.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { markupText } from '../src/dataset/markup.js';
import { buildSearchIndex } from '../src/dataset/search.js';
import { runSteps } from '../src/dataset/steps.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { LONG_TEXT, renderSummary, richText } from '../src/render/rich-text.js';
import { expectNoViolations } from './axe.js';
import { TimelineHarness } from './harness.js';
import { clickOn, contrast, mount, openFramedTimeline, settle, until } from './helpers.js';

/** Renders a summary as the details do, into a fresh container. */
function shown(text: string): HTMLElement {
  const box = document.createElement('div');
  render(renderSummary(text), box);
  return box;
}

/** Every element's tag and attributes, in document order, to compare whole. */
function shape(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((e) => [e.localName, ...[...e.attributes].map((a) => `${a.name}=${a.value}`).sort()].join(' '));
}

const text = (root: Element) => root.textContent.replace(/\s+/g, ' ').trim();

describe('richText(text) and renderSummary(text)', () => {
  it('richText(text) leaves text without markup exactly as it is', () => {
    for (const plain of ['Troops left Gao.', 'a < b and c > d', 'AT & T, 5 &c', 'Line one\nline two', '']) expect(richText(plain)).to.equal(plain);
    const box = shown('Troops left Gao.');
    expect(shape(box)).to.deep.equal(['p class=summary']);
    expect(box.textContent).to.equal('Troops left Gao.');
  });

  it('renderSummary(markup) builds paragraphs, line breaks, emphasis, quotes and citations anew', () => {
    const box = shown('<p>One <em>two</em> <i>three</i></p><p><strong>four</strong> <b>five</b><br>six</p><blockquote><p>Words</p><cite>Someone</cite></blockquote><p><q>short</q></p>');
    expect(shape(box)).to.deep.equal(['div class=summary rich', 'p', 'em', 'i', 'p', 'strong', 'b', 'br', 'blockquote', 'p', 'cite', 'p', 'q']);
    expect([...box.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['One two three', 'four fivesix', 'Words', 'short']);
  });

  it('renderSummary(markup) drops scripts, handlers, styles, images, frames and unsafe links, keeping their text', () => {
    const hostile =
      '<p onclick="window.__richPwned = 1" style="color: red" class="x" id="y">Hi <script>window.__richPwned = 2</script><img src="x" onerror="window.__richPwned = 3">there' +
      '<iframe src="https://example.org/frame">framed</iframe><style>p { color: red }</style><object data="x">fallback</object><noscript>ns</noscript></p>' +
      '<a href="javascript:window.__richPwned = 4">bad</a> <a href=" JaVa\tScRiPt:alert(1)">worse</a> <a href="/relative">rel</a> <a href="data:text/html,x">data</a> <a>none</a>' +
      '<svg><a href="javascript:alert(1)"><text>svg</text></a></svg><form action="https://example.org"><input value="v"><button>go</button></form>';
    const box = shown(hostile);
    expect(shape(box)).to.deep.equal(['div class=summary rich', 'p']);
    expect(text(box)).to.equal('Hi therebad worse rel data nonesvggo');
    expect((window as { __richPwned?: number }).__richPwned).to.equal(undefined);
  });

  it('renderSummary(markup) links only to absolute http(s) addresses, opening apart without a referrer, with no other attribute', () => {
    const box = shown('See <a href=" https://example.org/report?a=1&amp;b=2 " title="t" onclick="x()" target="_self" rel="opener" class="c">the report</a> and <a href="http://example.com">this</a>.');
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/report?a=1&b=2', 'http://example.com/']);
    expect(shape(box)).to.deep.equal([
      'p class=summary',
      'a href=https://example.org/report?a=1&b=2 rel=noopener noreferrer target=_blank',
      'a href=http://example.com/ rel=noopener noreferrer target=_blank',
    ]);
    expect(text(box)).to.equal('See the report and this.');
  });

  it('richText(text) decodes character references, and shows escaped tags as text', () => {
    expect(richText('Fish &amp; chips &lt;b&gt;bold&lt;/b&gt; &#233;t&#xE9; &hellip;')).to.equal('Fish & chips <b>bold</b> été …');
    const box = shown('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(shape(box)).to.deep.equal(['p class=summary']);
    expect(box.textContent).to.equal('<script>alert(1)</script>');
  });

  it('renderSummary(markup) puts the text of other blocks (lists, divisions, headings) on lines of their own', () => {
    const box = shown('<h3>Heading</h3><ul><li>one</li><li>two</li></ul><div>three <span>four</span></div>');
    expect(shape(box)).to.deep.equal(['p class=summary', 'br', 'br', 'br']);
    document.body.append(box);
    try {
      expect(box.innerText.split('\n').map((l) => l.trim())).to.deep.equal(['Heading', 'one', 'two', 'three four']);
    } finally {
      box.remove();
    }
  });

  it(`renderSummary(markup) keeps at most ${String(LONG_TEXT)} characters of text, ending in an ellipsis`, () => {
    const box = shown(`<p>${'word '.repeat(1000)}</p><p>${'more '.repeat(1000)}</p>`);
    const kept = box.textContent;
    expect(kept.length).to.equal(LONG_TEXT);
    expect(kept.endsWith('…')).to.equal(true);
    expect(box.querySelectorAll('p').length).to.equal(1);
  });

  it('richText(markup) parses a text once and returns the same result again', () => {
    const markup = '<p>Cached <em>once</em></p>';
    expect(richText(markup) === richText(markup)).to.equal(true);
    // The same template shown twice shows twice.
    expect(text(shown(markup))).to.equal('Cached once');
    expect(text(shown(markup))).to.equal('Cached once');
  });

  it('markupText(text) drops tags and hidden content and decodes references without a DOM; buildSearchIndex matches words, not tag names', () => {
    expect(markupText('a < b')).to.equal('a < b');
    expect(markupText('<p>Troops <a href="https://x.org/">left</a> Gao</p><p>then <b>Ba</b>mako</p><script>secret()</script>')).to.equal('Troops left Gao then Bamako');
    expect(markupText('Fish &amp; chips &#233; &bogus; &#0;')).to.equal('Fish & chips é &bogus; \ufffd');
    const events: TimelineEvent[] = [
      { id: 'a', title: 'Withdrawal', start: '2022-08-15', summary: '<p>Troops <a href="https://example.org/gao">left</a> Gao</p><p><b>Ba</b>mako</p>' },
      { id: 'b', title: 'Other', start: '2022-09-01', summary: 'Nothing to see' },
    ];
    const index = runSteps(buildSearchIndex(events, () => []));
    expect([...index.positions('left gao')]).to.deep.equal([0]);
    expect([...index.positions('bamako')]).to.deep.equal([0]);
    for (const tagWord of ['href', 'https', 'example.org', '<p>']) expect([...index.positions(tagWord)], tagWord).to.deep.equal([]);
  });
});

const RICH: TimelineEvent[] = [
  {
    id: 'rich',
    title: 'A report is published',
    start: '2021-03-02',
    summary: '<p>The <em>first</em> paragraph.</p><p>Read <a href="https://example.org/report" onclick="x()">the report</a>.</p><blockquote><p>A quoted line.</p><cite>A witness</cite></blockquote>',
  },
  { id: 'plain', title: 'A plain event', start: '2021-09-14', summary: 'Only words, as ever.' },
];

describe('<sahel-timeline> rich text', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`a summary with HTML shows paragraphs, a quote and a safe link in the details (${theme} theme)`, async () => {
      const el = await mount(RICH, `theme="${theme}"`);
      const h = new TimelineHarness(el);
      const mark = h.mark('rich');
      if (!mark) throw new Error('the rich event is not drawn');
      await clickOn(mark.element);
      await settle(el);
      await until(() => h.part('details') !== null, 3000, 'the details');
      const summary = h.part('details')?.querySelector<HTMLElement>('.summary');
      if (!summary) throw new Error('no summary in the details');
      expect([...summary.querySelectorAll(':scope > p')].map((p) => p.textContent)).to.deep.equal(['The first paragraph.', 'Read the report.']);
      expect(summary.querySelector('em')?.textContent).to.equal('first');
      const link = summary.querySelector('a');
      expect([link?.getAttribute('href'), link?.getAttribute('rel'), link?.getAttribute('target'), link?.hasAttribute('onclick')]).to.deep.equal(['https://example.org/report', 'noopener noreferrer', '_blank', false]);
      const quote = summary.querySelector('blockquote') as HTMLElement;
      expect(getComputedStyle(quote).borderInlineStartWidth).to.equal('3px');
      // Readable in either theme: the link and the quote against the panel.
      const panel = getComputedStyle(h.part('details') as HTMLElement).backgroundColor;
      expect(contrast(getComputedStyle(link as HTMLElement).color, panel)).to.be.greaterThan(4.5);
      expect(contrast(getComputedStyle(quote).color, panel)).to.be.greaterThan(4.5);
      expect(contrast(getComputedStyle(quote.querySelector('cite') as HTMLElement).color, panel)).to.be.greaterThan(4.5);
      await expectNoViolations(el);
    });
  }

  it('a plain summary still shows as one paragraph of its own words', async () => {
    const el = await mount(RICH);
    el.selected = 'plain';
    await settle(el);
    const h = new TimelineHarness(el);
    await until(() => h.part('details') !== null, 3000, 'the details');
    const summary = h.part('details')?.querySelector('.summary');
    expect(summary?.localName).to.equal('p');
    expect(summary?.childElementCount).to.equal(0);
    expect(summary?.textContent).to.equal('Only words, as ever.');
  });

  it("the title card shows a summary's rich text", async () => {
    const el = await mount(RICH);
    el.heading = 'Reports';
    el.summary = 'What <i>they</i> said, from <a href="https://example.org/">the archive</a>.<script>window.__richPwned = 5</script>';
    await settle(el);
    const h = new TimelineHarness(el);
    await until(() => h.part('title-card') !== null, 3000, 'the title card');
    const summary = h.part('title-card')?.querySelector('.summary');
    expect(summary?.getAttribute('dir')).to.equal('auto');
    expect(summary?.textContent).to.equal('What they said, from the archive.');
    expect(summary?.querySelector('i')?.textContent).to.equal('they');
    expect(summary?.querySelector('a')?.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(summary?.querySelector('script')).to.equal(null);
    expect((window as { __richPwned?: number }).__richPwned).to.equal(undefined);
  });
});

type FramedWindow = Window & { cspViolations?: string[]; pwned?: number };

/**
 * Waits for every violation the page has caused so far: reports arrive asynchronously and in
 * order, so one made on purpose now (an inline style) arrives after them. Returns the others.
 */
async function violations(frame: HTMLIFrameElement): Promise<string[]> {
  const win = () => frame.contentWindow as FramedWindow;
  frame.contentDocument?.body.setAttribute('style', 'outline: 0');
  await until(() => win().cspViolations?.includes('style-src-attr: inline') === true, 3000, 'the violation made on purpose');
  return (win().cspViolations ?? []).filter((v) => v !== 'style-src-attr: inline');
}

describe('<sahel-timeline> rich text under Trusted Types and a strict CSP', () => {
  it('a page that requires Trusted Types and allows lit-html and sahel-timeline shows a file\'s rich text, with no violation', async () => {
    const { frame, el } = await openFramedTimeline('/test/fixtures/csp/trusted-types.html');
    try {
      const root = el.shadowRoot;
      const card = () => root?.querySelector('[part~="title-card"] .summary');
      await until(() => card()?.querySelector('a') != null, 5000, "the title card's rich text");
      expect(card()?.textContent).to.equal('What four reports said, from the archive.');
      expect(card()?.querySelector('em')?.textContent).to.equal('four');
      expect([card()?.querySelector('a')?.getAttribute('href'), card()?.querySelector('a')?.getAttribute('rel')]).to.deep.equal(['https://example.org/archive', 'noopener noreferrer']);
      el.selected = 'report';
      const details = () => root?.querySelector('[part~="details"] .summary');
      await until(() => details()?.querySelector('a') != null, 5000, "the details' rich text");
      const summary = details() as Element;
      expect([...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target'), a.textContent])).to.deep.equal([
        ['https://example.org/report', 'noopener noreferrer', '_blank', 'it here'],
      ]);
      expect(summary.querySelector('strong')?.textContent).to.equal('first');
      expect(summary.querySelector('blockquote cite')?.textContent).to.equal('A witness');
      expect(summary.querySelector('img, script')).to.equal(null);
      expect(await violations(frame)).to.deep.equal([]);
      expect((frame.contentWindow as FramedWindow).pwned).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('a page whose trusted-types list leaves sahel-timeline out still works, showing the text without its tags', async () => {
    const { frame, el } = await openFramedTimeline('/test/fixtures/csp/trusted-types-refused.html');
    try {
      const root = el.shadowRoot;
      const card = () => root?.querySelector('[part~="title-card"] .summary');
      await until(() => card() != null, 5000, 'the title card');
      expect(card()?.textContent).to.equal('What four reports said, from the archive.');
      expect(card()?.childElementCount).to.equal(0);
      el.selected = 'report';
      const details = () => root?.querySelector('[part~="details"] .summary');
      await until(() => details() != null, 5000, 'the details');
      expect(details()?.textContent).to.equal('The first report. Read it here or not here. A quoted line. A witness');
      // Only the refused policy was reported: no markup reached a sink.
      expect(await violations(frame)).to.deep.equal(['trusted-types: trusted-types-policy']);
      expect((frame.contentWindow as FramedWindow).pwned).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});
