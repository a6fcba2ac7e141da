// The Sahel story by country: the three countries it is about first, then the two powers
// whose roles it follows; the other countries come after, in order of their first event.
const timeline = document.querySelector('sahel-timeline');
if (timeline) timeline.lanes = [{ id: 'ML' }, { id: 'BF' }, { id: 'CF' }, { id: 'RU' }, { id: 'FR' }];

// The language switch: the timeline's own lang (the page's text stays English); its words,
// dates, country names and the dataset's translations follow. ?lang=fr opens it in French.
const buttons = [...document.querySelectorAll('.languages button')];
function showIn(lang) {
  if (!timeline) return;
  timeline.lang = lang;
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}
for (const b of buttons) b.addEventListener('click', () => showIn(b.dataset.lang));
const asked = new URL(window.location.href).searchParams.get('lang');
if (asked && buttons.some((b) => b.dataset.lang === asked)) showIn(asked);

// The view switch: the timeline across, the timeline down the page (orientation="vertical"),
// or the story (one event a slide, the timeline under it as the navigator). ?mode=story or
// ?mode=vertical opens one; a phone or a window under 640 px wide opens the story, following
// the window as it changes until the reader chooses.
const views = [...document.querySelectorAll('.views button')];
const narrow = window.matchMedia('(max-width: 640px)');
function showAs(view) {
  if (!timeline) return;
  timeline.mode = view === 'story' ? 'story' : 'timeline';
  timeline.orientation = view === 'vertical' ? 'vertical' : 'horizontal';
  for (const b of views) b.setAttribute('aria-pressed', String(b.dataset.mode === view));
}
const followWidth = () => showAs(narrow.matches ? 'story' : 'timeline');
for (const b of views) {
  b.addEventListener('click', () => {
    narrow.removeEventListener('change', followWidth);
    showAs(b.dataset.mode);
  });
}
const askedMode = new URL(window.location.href).searchParams.get('mode');
if (askedMode && views.some((b) => b.dataset.mode === askedMode)) showAs(askedMode);
else {
  followWidth();
  narrow.addEventListener('change', followWidth);
}
