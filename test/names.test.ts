import { expect } from '@open-wc/testing';
import { executeServerCommand } from './commands.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { formatCountries } from '../src/render/intl.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { expectNoViolations } from './axe.js';
import { LACKS, itExcept } from './engines.js';
import { TimelineHarness } from './harness.js';
import { clickOn, frames, mount, syntheticEvents, until } from './helpers.js';

interface AxNode {
  role: string;
  name: string;
  description: string;
}

/** The accessibility tree as the browser gives it to screen readers (shadow roots included). */
async function axNodes(): Promise<AxNode[]> {
  return executeServerCommand<AxNode[], undefined>('ax-nodes');
}

/** The tests that read the tree run in Chromium alone. */
const NOT_READ = { firefox: LACKS.tree, webkit: LACKS.tree };

const TOOLBAR = ['Zoom in', 'Zoom out', 'Show all', 'Previous event', 'Next event', 'Play through the events', 'Download an image of the view', 'Keyboard shortcuts'];

describe('<sahel-timeline> accessible names', () => {
  itExcept(NOT_READ, 'toolbar and cluster buttons have their name once, with no description repeating it', async () => {
    const el = await mount(syntheticEvents(3000, 2010, 10), 'locale="en-GB"');
    expect(new TimelineHarness(el).clusters().length).to.be.greaterThan(3);
    // Icon buttons keep a tooltip for the mouse: their name, given once, as the title.
    expect(new TimelineHarness(el).buttons().map((b) => b.title)).to.deep.equal(TOOLBAR);
    const buttons = (await axNodes()).filter((n) => n.role === 'button');
    for (const name of TOOLBAR) {
      const node = buttons.find((n) => n.name === name);
      expect(node, name).to.not.equal(undefined);
      expect(node?.description, `${name}'s description`).to.equal('');
    }
    const clusters = buttons.filter((n) => / events?, .*Zoom in to see/.test(n.name));
    expect(clusters.length).to.be.greaterThan(3);
    for (const c of clusters) expect(c.description, `${c.name}'s description`).to.equal('');
    await expectNoViolations(el);
  });

  itExcept(NOT_READ, "an event's name reads title, date, precision and category, with no stray space before a comma", async () => {
    await mount(undefined, 'locale="en-GB"');
    const names = (await axNodes()).filter((n) => n.role === 'button').map((n) => n.name);
    expect(names).to.include('France launches Operation Serval in Mali, 11 Jan 2013, known to the day, Military');
    for (const name of names) expect(name, name).to.not.match(/\s,/);
  });

  it('the details name countries in the timeline\'s language, as a list, and leave unknown codes as given', async () => {
    const el = await mount(undefined, 'locale="en-GB"');
    el.zoomToEvent('russia-backs-bashir-sudan');
    const h = new TimelineHarness(el);
    const mark = () => h.mark('russia-backs-bashir-sudan');
    await until(() => mark() !== undefined, 3000, 'the event drawn');
    await clickOn(mark()?.element as Element);
    await frames(2);
    await until(() => el.renderRoot.querySelector('.details') !== null, 3000, 'details open');
    const countries = () => {
      const dt = [...el.renderRoot.querySelectorAll('.details dt')].find((d) => d.textContent === 'Countries');
      return dt?.nextElementSibling?.textContent.trim();
    };
    expect(countries()).to.equal('Sudan, Russia');
    await expectNoViolations(el);
    el.locale = 'fr';
    await el.updateComplete;
    // French joins the last two as French does.
    expect(countries()).to.match(/^Soudan,? (et )?Russie$/);

    expect(formatCountries(['SD', 'RU', 'ZZ', 'Darfur'], 'en')).to.equal('Sudan, Russia, ZZ, Darfur');
    expect(formatCountries(['ML'], 'not a locale!')).to.be.a('string');
  });

  it('writes counts with the language\'s thousands separator: the name, the list note, clusters and announcements', async () => {
    const el = await mount(syntheticEvents(10_000), 'locale="en-GB"');
    const plot = el.renderRoot.querySelector('.plot') as HTMLElement;
    expect(plot.getAttribute('aria-label')).to.equal('Timeline of 10,000 events, 2010 to 2019');
    expect(el.renderRoot.querySelector('section.sr-only p')?.textContent).to.match(/^10,000 events in all; listing 100 of those in view/);
    await clickOn(new TimelineHarness(el).button('Zoom in'));
    await frames(2);
    const status = () => el.renderRoot.querySelector('[role="status"][aria-live]')?.textContent ?? '';
    await until(() => status().includes('events'), 3000, 'the announcement');
    expect(status()).to.match(/: \d,\d{3} events\.$/);
    el.locale = 'de';
    await el.updateComplete;
    expect(plot.getAttribute('aria-label')).to.equal('Timeline of 10.000 events, 2010 to 2019');
  });

  it('a cluster of more than a thousand events shows and names its count with a separator', async () => {
    const sameDay = Array.from({ length: 1500 }, (_, i): TimelineEvent => ({ id: `d${i}`, title: `Same day ${i}`, start: '2020-01-01' }));
    const el = await mount([...sameDay, { id: 'late', title: 'Late', start: '2021-06-01' }], 'locale="en-GB"');
    // As many as there are rows are labelled; the rest, over a thousand, are one pill.
    const h = new TimelineHarness(el);
    const cluster = h.clusters().find((c) => c.count > 1000);
    expect(cluster?.element.textContent.trim(), 'a pill of over a thousand').to.match(/^1,\d{3}$/);
    expect(cluster?.name).to.match(/^1,\d{3} events, /);
    expect((cluster?.count ?? 0) + h.marks().filter((m) => m.id.startsWith('d')).length).to.equal(1500);
  });
});

describe('<sahel-timeline> notice and targets', () => {
  async function withNotice(): Promise<SahelTimeline> {
    const el = await mount([{ id: 'a', title: 'A', start: '2020-01-01' }, { id: 'bad' } as unknown as TimelineEvent]);
    await until(() => el.renderRoot.querySelector('.notice') !== null, 3000, 'the notice');
    return el;
  }

  it("the notice's close button is its last part, at its end", async () => {
    const el = await withNotice();
    const notice = el.renderRoot.querySelector('.notice') as HTMLElement;
    const close = notice.querySelector('button') as HTMLElement;
    expect(notice.lastElementChild === close, 'last in the notice').to.equal(true);
    const n = notice.getBoundingClientRect();
    const b = close.getBoundingClientRect();
    const style = getComputedStyle(notice);
    const inset = parseFloat(style.paddingRight) + parseFloat(style.borderRightWidth);
    expect(n.right - b.right, 'gap after the button').to.be.at.most(inset + 1);
    await expectNoViolations(el);
  });

  itExcept({ webkit: LACKS.coarse }, 'toolbar buttons are at least 44 by 44 pixels where the pointer is coarse', async () => {
    const el = await withNotice();
    await executeServerCommand('set-coarse-pointer', { enabled: true });
    try {
      await until(() => matchMedia('(pointer: coarse)').matches, 3000, 'a coarse pointer');
      await frames(2);
      const buttons = [...el.renderRoot.querySelectorAll<HTMLElement>('.toolbar button, .notice button')];
      expect(buttons.length).to.equal(9);
      for (const b of buttons) {
        const r = b.getBoundingClientRect();
        const name = b.getAttribute('aria-label') ?? b.textContent.trim();
        expect(r.width, `${name} width`).to.be.at.least(44);
        expect(r.height, `${name} height`).to.be.at.least(44);
      }
      await expectNoViolations(el);
    } finally {
      await executeServerCommand('set-coarse-pointer', { enabled: false });
    }
    expect(matchMedia('(pointer: coarse)').matches).to.equal(false);
  });
});
