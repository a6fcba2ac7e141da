/**
 * The interface in the reader's language (#17): French on a lang="fr" page in every state,
 * the dataset's French translations, a page's own partial table for a third language, and
 * bad input (an unknown locale, a value that is not a string).
 */
import { expect } from '@open-wc/testing';
import type { SahelTimeline } from '../src/sahel-timeline.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { enKeys } from '../src/render/keys-help.js';
import { noticeEn } from '../src/render/notice-message.js';
import { translations } from '../src/dataset/about.js';
import { events as sahelEvents } from '../src/dataset/events.js';
import { en, type PartialStrings } from '../src/strings.js';
import { fr } from '../src/strings-fr.js';
import { expectNoViolations } from './axe.js';
import { TimelineHarness } from './harness.js';
import { clickOn, mount, settle, until } from './helpers.js';

/** Events whose own words are French (their translations) or names, so any English left is the interface's. */
const events: TimelineEvent[] = [
  {
    id: 'serval',
    title: 'France launches Operation Serval',
    summary: 'French troops arrive in Mali.',
    start: '2013-01-11',
    category: 'military',
    countries: ['ML', 'FR'],
    actors: ['FAMa'],
    place: { name: 'Bamako' },
    certainty: 'confirmed',
    reportedDate: 'early 2013',
    media: { url: 'https://fr.wikipedia.org/wiki/Op%C3%A9ration_Serval' },
    sources: [{ source: 'Le Monde', paragraph: 3, quote: 'l’opération a commencé' }],
    translations: { fr: { title: 'La France lance l’opération Serval', summary: 'Les troupes françaises arrivent au Mali.', reportedDate: 'début 2013' } },
  },
  {
    id: 'barkhane',
    title: 'Operation Barkhane begins',
    start: '2014-08',
    end: '2022-11',
    category: 'diplomacy',
    countries: ['ML'],
    translations: { fr: { title: 'Début de l’opération Barkhane' } },
  },
  { id: 'coup', title: 'Coup in Bamako', start: '2020-08-18', category: 'politics', countries: ['ML'], translations: { fr: { title: 'Coup d’État à Bamako' } } },
  { id: 'ancient', title: 'Old empire', start: '-0043', category: 'context', translations: { fr: { title: 'Empire ancien' } } },
  { id: 'free', title: 'Loose event', start: '2021', translations: { fr: { title: 'Événement libre' } } },
];

/** Every text a reader or a screen reader meets in the element: text nodes, names, titles, alt texts. */
function interfaceTexts(el: SahelTimeline): string[] {
  const root = el.shadowRoot;
  if (!root) throw new Error('no shadow root');
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // Text of a style sheet is not read.
    if (n.parentElement?.closest('style')) continue;
    const t = (n as Text).data.trim();
    if (t) out.push(t);
  }
  for (const e of root.querySelectorAll('*')) {
    for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription', 'aria-valuetext']) {
      const v = e.getAttribute(a);
      if (v?.trim()) out.push(v.trim());
    }
    for (const id of e.getAttribute('aria-labelledby')?.split(/\s+/) ?? []) {
      const t = root.getElementById(id)?.textContent.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

/** Every string of a table, with its key path. */
function leaves(table: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof table === 'string') out.set(path, table);
  else if (Array.isArray(table) || (table && typeof table === 'object')) {
    for (const [k, v] of Object.entries(table)) for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  }
  return out;
}

/** The English words of the interface that French says otherwise: each template's fixed parts. */
const englishWords = (() => {
  const french = leaves(fr);
  const words = new Set<string>();
  // English leaves the keys panel's rows and the notice's sentences to their chunks.
  for (const [key, text] of leaves({ ...en, keys: enKeys, notice: noticeEn })) {
    if (key === 'lang' || french.get(key) === text) continue;
    for (const part of text.split(/\{\w+\}/)) {
      const t = part.replace(/^[\s,.:;()…]+|[\s,.:;()…]+$/g, '');
      // Short pieces ("to", "of") are in the common words below, where they are matched whole.
      if (t.length >= 4 && /\p{L}/u.test(t) && ![...leaves(fr).values()].includes(t)) words.add(t);
    }
  }
  for (const w of ['the', 'and', 'of', 'to', 'from', 'with', 'event', 'events', 'Zoom', 'Show', 'Previous', 'Next', 'Close', 'Search', 'Other', 'since', 'known', 'years', 'ago', 'BCE', 'Copy', 'Play', 'details', 'Timeline', 'timeline', 'Loading', 'Dismiss', 'could not', 'Keyboard', 'shortcuts', 'Enter', 'Space', 'Home', 'Shift', 'Esc', 'Watch', 'Credit', 'Actors', 'Place', 'Eras', 'Categories']) words.add(w);
  return [...words];
})();

/** The English words found in the texts, each with the text it was found in. */
function englishIn(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const word of englishWords) {
    const re = new RegExp(`(?<![\\p{L}'’])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
    for (const t of texts) if (re.test(t)) found.push(`"${word}" in "${t.slice(0, 120)}"`);
  }
  return found;
}

async function french(el: SahelTimeline): Promise<void> {
  await until(() => el.words.strings.lang === 'fr', 3000, 'the French words');
  await settle(el);
}

function expectFrench(el: SahelTimeline, state: string): void {
  const found = englishIn(interfaceTexts(el));
  expect(found.length === 0, `${state}: ${found.slice(0, 8).join('; ')}`).to.equal(true);
}

const sahelFr = translations.fr;

/**
 * English function words, matched whole and in lower case: none is a French word, and an
 * English sentence has some (a publication's own name, "The Africa Report", starts with a capital).
 */
const ENGLISH_FUNCTION_WORDS = ['the', 'and', 'of', 'was', 'were', 'with', 'which', 'that', 'from', 'by', 'is', 'are', 'has', 'had', 'its', 'their', 'this', 'not', 'been', 'into', 'after'];

/** Names of organisations and outlets that notes cite, which French writes as they are. */
const ENGLISH_NAMES = ['Institute for the Study of War', 'Voice of Belarus'];

/**
 * What a reader meets in an event's details outside its Sources list: the text and the alt
 * texts, names and titles; words between guillemets (a cited work's title, a quoted word) left out,
 * as they stay as published.
 */
function detailsOutsideSources(details: Element): string {
  const copy = details.cloneNode(true) as Element;
  copy.querySelectorAll('.sources, style').forEach((e) => { e.remove(); });
  const attributes = [...copy.querySelectorAll('*')].flatMap((e) => ['alt', 'aria-label', 'title'].map((a) => e.getAttribute(a) ?? ''));
  return [copy.textContent, ...attributes].join(' ').replace(/«[^»]*»/g, ' ').replace(/\s+/g, ' ');
}

/** The title of a wiki article an event's media links to, as its address writes it ("Enlargement of NATO"). */
function wikiTitle(url: string | undefined): string | undefined {
  const title = url === undefined ? undefined : /^\/wiki\/([^/]+)$/.exec(new URL(url, document.baseURI).pathname)?.[1];
  return title === undefined ? undefined : decodeURIComponent(title).replace(/_/g, ' ');
}

/**
 * The English left in an event's details: its English words (where French says otherwise),
 * then English function words. The title of the page its media links to stays as published,
 * as a source's does.
 */
function englishLeftIn(details: string, event: (typeof sahelEvents)[number]): string[] {
  const page = wikiTitle(event.media?.url);
  let text = page === undefined ? details : details.replaceAll(page, ' ');
  for (const name of ENGLISH_NAMES) text = text.replaceAll(name, ' ');
  const fr = event.translations?.fr;
  const pairs: [string, string | undefined, string | undefined][] = [
    ['title', event.title, fr?.title],
    ['summary', event.summary, fr?.summary],
    ['note', event.note, fr?.note],
    ['place', event.place?.name, fr?.place],
    ...event.actors.map((actor, i): [string, string, string | undefined] => [`actor ${String(i + 1)}`, actor, fr?.actors?.[i]]),
    ['caption', event.media?.caption, fr?.caption],
    ['alt', event.media?.alt, fr?.alt],
  ];
  // Matched as whole words: "Al-Mourabitoun" is not in French's "Al-Mourabitoune".
  const has = (words: string) => new RegExp(`(?<![\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
  const found = pairs.filter(([, en, own]) => en !== undefined && en !== own && has(en)).map(([field, en]) => `${field} "${(en ?? '').slice(0, 40)}"`);
  for (const word of ENGLISH_FUNCTION_WORDS) {
    const at = new RegExp(`(?<![\\p{L}'’-])${word}(?![\\p{L}'’-])`, 'u').exec(text);
    if (at) found.push(`"${word}" in "…${text.slice(Math.max(0, at.index - 30), at.index + 30)}…"`);
  }
  return found;
}

describe('<sahel-timeline> in French', () => {
  const lang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = lang;
  });

  it('on a lang="fr" page, no English interface text in any state: default, details, keys, a zoom announced, a notice, lanes, search, title card', async () => {
    document.documentElement.lang = 'fr';
    const el = await mount(events, 'hash');
    await french(el);
    const h = new TimelineHarness(el);
    expectFrench(el, 'default');
    // The events are shown in French, with French dates and precision words.
    expect(h.marks().some((m) => m.title.includes('opération Serval'))).to.equal(true);
    expect(h.plot().getAttribute('aria-label')).to.contain('événements');
    expect(h.plot().getAttribute('aria-label')).to.contain('44 av. J.-C.');
    await expectNoViolations(el);

    // Details of an event.
    const serval = h.marks().find((m) => m.id === 'serval');
    if (!serval) throw new Error('Serval is not drawn');
    await clickOn(serval.element);
    await settle(el);
    await until(() => h.part('details') !== null, 3000, 'the details');
    expect(h.part('details')?.textContent).to.contain('début 2013');
    expect(h.part('details')?.textContent).to.contain('au jour près');
    expect(h.part('details')?.textContent).to.contain('Le Monde, paragraphe 3\u00a0: «\u00a0l’opération a commencé\u00a0»');
    expect(h.part('details')?.textContent).to.contain('Copier le lien');
    expect(h.part('details')?.textContent).to.contain('Sur Wikipedia');
    expectFrench(el, 'details');
    await expectNoViolations(el);
    el.selected = null;
    el.hash = false;
    history.replaceState(null, '', window.location.pathname + window.location.search);
    await settle(el);

    // The keys panel.
    const keysButton = el.shadowRoot?.querySelector<HTMLElement>('[aria-controls="keys"]');
    if (!keysButton) throw new Error('no keys button');
    expect(keysButton.title).to.equal('Raccourcis clavier');
    await clickOn(keysButton);
    await settle(el);
    await until(() => h.part('keys-panel')?.hidden === false && (h.part('keys-panel')?.textContent ?? '').includes('Échap'), 3000, 'the keys panel');
    expectFrench(el, 'keys panel');
    await expectNoViolations(el);
    await clickOn(keysButton);

    // A zoom, announced once it settles.
    el.zoomBy(2);
    const live = () => el.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent ?? '';
    await until(() => live().includes('Période affichée'), 3000, 'the zoom announced');
    expectFrench(el, 'zoom announcement');

    // Search.
    el.query = 'Bamako';
    await settle(el);
    await until(() => (h.part('search-count')?.textContent ?? '').includes('sur'), 3000, 'the count of matches');
    expectFrench(el, 'search');
    el.query = '';
    await settle(el);

    // Lanes by category and by country.
    el.groupBy = 'category';
    await settle(el);
    await until(() => h.lanes().length > 0, 3000, 'the lanes');
    expect(h.lanes().some((l) => l.name.includes('Autres'))).to.equal(true);
    expectFrench(el, 'lanes');
    await expectNoViolations(el);
    el.groupBy = undefined;
    await settle(el);

    // A title card.
    el.heading = 'Chronologie du Sahel';
    el.summary = 'Dix ans au Mali.';
    await settle(el);
    await until(() => h.part('title-card') !== null, 3000, 'the title card');
    expectFrench(el, 'title card');
    await expectNoViolations(el);

    // A notice about data that could not be shown.
    el.events = [...events, { id: 'bad', title: '', start: '2020' }, { id: 'worse', title: 'Sans date', start: 'hier' } as unknown as TimelineEvent];
    await settle(el);
    await until(() => h.part('notice') !== null, 3000, 'the notice');
    expect(h.part('notice')?.textContent).to.contain('2 sur 7 événements n’ont pas pu être affichés');
    expectFrench(el, 'notice');
    await expectNoViolations(el);
  });

  it('on a lang="fr" page, the details of every Sahel event hold no English outside the Sources list: proper names aside', async () => {
    document.documentElement.lang = 'fr';
    const el = await mount(undefined, 'lang="fr"');
    await french(el);
    const h = new TimelineHarness(el);
    expect(el.shownEvents).to.have.length(sahelEvents.length);
    const english: string[] = [];
    for (const event of sahelEvents) {
      el.selected = event.id;
      await settle(el);
      const title = event.translations?.fr?.title ?? event.title;
      await until(() => h.part('details')?.querySelector('h2')?.textContent === title, 3000, `the details of ${event.id}`);
      const details = h.part('details');
      if (!details) throw new Error(`no details for ${event.id}`);
      const found = englishLeftIn(detailsOutsideSources(details), event);
      if (found.length > 0) english.push(`${event.id}: ${found.join('; ')}`);
    }
    expect(english.length === 0, `English in the details of ${String(english.length)} events:\n${english.join('\n')}`).to.equal(true);
  });

  it('clusters, and the list of events no zoom can separate, are in French', async () => {
    document.documentElement.lang = 'fr';
    const crowd: TimelineEvent[] = Array.from({ length: 30 }, (_, i) => ({ id: `e${String(i)}`, title: `Réunion numéro ${String(i + 1)}`, start: '2020-03-02', category: 'politics' }));
    const el = await mount([...crowd, { id: 'far', title: 'Élection', start: '2010' }]);
    await french(el);
    const h = new TimelineHarness(el);
    const cluster = h.clusters()[0];
    if (!cluster) throw new Error('no cluster');
    expect(cluster.name).to.contain('Zoomez');
    expectFrench(el, 'clusters');
    // Zoomed in as far as it goes, the cluster lists its events.
    el.zoomTo('2020-03-02', '2020-03-03');
    await settle(el);
    const tight = h.clusters()[0];
    if (!tight) throw new Error('no cluster at the narrowest zoom');
    await clickOn(tight.element);
    await settle(el);
    await until(() => h.part('cluster-list') !== null, 3000, 'the cluster list');
    expectFrench(el, 'cluster list');
    await expectNoViolations(el);
  });

  it("a src file's events, eras and title card are shown in French from their translations; in English, as written", async () => {
    const el = await mount(undefined, 'src="/test/fixtures/story-fr.json" lang="fr"');
    await french(el);
    const h = new TimelineHarness(el);
    await until(() => h.part('title-card') !== null && h.part('era-list') !== null, 3000, 'the title card and eras');
    expect(h.part('title-card')?.querySelector('h2')?.textContent).to.equal('Une ville au bord du fleuve');
    expect(h.part('title-card')?.textContent).to.contain('Trois crues en dix ans');
    expect(h.part('era-list')?.textContent).to.contain('Travaux de la digue');
    expect(el.shownEvents.map((e) => e.title)).to.deep.equal(['Première crue', 'Deuxième crue', 'Third flood']);
    el.lang = 'en';
    await until(() => el.shownEvents[0]?.title === 'First flood', 3000, 'the English titles');
    await settle(el);
    expect(h.part('title-card')?.querySelector('h2')?.textContent).to.equal('A river town');
    expect(h.part('era-list')?.textContent).to.contain('Dyke works');
  });

  it('fr-ML, fr-BF and fr-CF read French; the lang of an ancestor changing changes the words, keeping the window', async () => {
    for (const tag of ['fr-ML', 'fr-BF', 'fr-CF']) {
      const el = await mount(events, `locale="${tag}"`);
      await french(el);
      expect(el.shadowRoot?.querySelector('[part~="control"]')?.getAttribute('title')).to.equal('Zoomer');
    }
    document.documentElement.lang = 'fr';
    const el = await mount(events);
    await french(el);
    const h = new TimelineHarness(el);
    el.zoomTo('2012', '2023');
    await settle(el);
    const before = el.visibleRange;
    document.documentElement.lang = 'en';
    await until(() => el.words.strings.lang === 'en', 3000, 'the English words');
    await settle(el);
    expect(el.shadowRoot?.querySelector('[part~="control"]')?.getAttribute('title')).to.equal('Zoom in');
    await until(() => el.shownEvents.some((e) => e.title === 'France launches Operation Serval'), 3000, 'the English titles');
    const english = new Set(events.map((e) => e.title));
    expect(h.marks().length > 0 && h.marks().every((m) => english.has(m.title.replace(/…$/, '')) || [...english].some((t) => t.startsWith(m.title.replace(/…$/, ''))))).to.equal(true);
    expect(el.visibleRange.startTime).to.equal(before.startTime);
    expect(el.visibleRange.endTime).to.equal(before.endTime);
  });

  it('a partial table for a third language is used for its keys, the built-in words for the rest', async () => {
    const el = await mount(events, 'lang="de"');
    el.strings = { lang: 'de', zoomIn: 'Vergrößern', events: { one: '{count} Ereignis', other: '{count} Ereignisse' }, categories: { military: 'Militär' } };
    await settle(el);
    const h = new TimelineHarness(el);
    const buttons = [...(el.shadowRoot?.querySelectorAll('[part~="control"]') ?? [])].map((b) => b.getAttribute('title'));
    expect(buttons[0]).to.equal('Vergrößern');
    expect(buttons[1]).to.equal('Zoom out');
    expect(h.plot().getAttribute('aria-label')).to.contain('5 Ereignisse');
    expect(el.shadowRoot?.querySelector('[part~="legend"]')?.textContent).to.contain('Militär');
    expect(el.shadowRoot?.querySelector('[part~="legend"]')?.textContent).to.contain('Diplomacy');
    // The same words in a new object (as a framework may hand them over on every render) change nothing.
    const words = el.words;
    el.strings = JSON.parse(JSON.stringify(el.strings)) as PartialStrings;
    await settle(el);
    expect(el.words === words).to.equal(true);
    // A notice sentence given in part, over the English ones that come with the notice.
    el.strings = { ...el.strings, notice: { dropped: { one: '{dropped} von {events} fehlt: {why}.' } } };
    el.events = [...events, { id: 'bad', title: '', start: '2020' }];
    await settle(el);
    await until(() => h.part('notice') !== null, 3000, 'the notice');
    expect(h.part('notice')?.textContent).to.contain('1 von 6 Ereignisse fehlt: its title is missing.');

    // Over French, on a French page.
    const onFrench = await mount(events, 'lang="fr"');
    onFrench.strings = { zoomIn: 'Vergrößern' };
    await french(onFrench);
    const titles = [...(onFrench.shadowRoot?.querySelectorAll('[part~="control"]') ?? [])].map((b) => b.getAttribute('title'));
    expect(titles[0]).to.equal('Vergrößern');
    expect(titles[1]).to.equal('Dézoomer');
  });

  it('a change of language renames the legend of data without translations, and a picture of the view has the French heading', async () => {
    const el = await mount(events);
    const h = new TimelineHarness(el);
    expect(h.legendToggle('Military')).to.not.equal(null);
    el.setAttribute('lang', 'fr');
    await french(el);
    expect(h.legendToggle('Militaire')).to.not.equal(null);

    const sahel = await mount(undefined, 'lang="fr"');
    await french(sahel);
    const svg = new DOMParser().parseFromString(await sahel.toSVG(), 'image/svg+xml');
    const heading = [...svg.querySelectorAll('text')].map((t) => t.textContent)[0] ?? '';
    expect(heading).to.equal(sahelFr.title);
  });

  it('a value that is not a string is ignored and named once in the console; an unknown locale reads English without an error', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const { warn, error } = console;
    console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
    console.error = (...args: unknown[]) => { errors.push(args.map(String).join(' ')); };
    try {
      const el = await mount(events, 'locale="xx-not a tag!"');
      el.strings = { zoomOut: 42, showAll: 'Everything', notice: { fields: { place: 7 } } } as unknown as PartialStrings;
      await settle(el);
      el.strings = { ...el.strings, nextEvent: 'Onward' };
      await settle(el);
      const titles = [...(el.shadowRoot?.querySelectorAll('[part~="control"]') ?? [])].map((b) => b.getAttribute('title'));
      expect(titles.slice(0, 5)).to.deep.equal(['Zoom in', 'Zoom out', 'Everything', 'Previous event', 'Onward']);
      expect(warnings.filter((w) => w.includes('"zoomOut"')).length).to.equal(1);
      expect(warnings.filter((w) => w.includes('"notice.fields.place"')).length).to.equal(1);
      expect(el.words.strings.lang).to.equal('en');
      expect(new TimelineHarness(el).plot().getAttribute('aria-label')).to.contain('5 events');
      expect(errors).to.deep.equal([]);
    } finally {
      console.warn = warn;
      console.error = error;
    }
  });
});
