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
