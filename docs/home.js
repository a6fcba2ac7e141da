// The Sahel story reads as a story (mode="story": one event a slide, the timeline under it
// as the navigator) on a phone or in a window under 640 px wide, and as a timeline wider,
// following the window as it changes. A script of its own: the site runs with no inline script.
const timeline = document.querySelector('sahel-timeline');
const narrow = window.matchMedia('(max-width: 640px)');
const follow = () => {
  if (timeline) timeline.mode = narrow.matches ? 'story' : 'timeline';
};
follow();
narrow.addEventListener('change', follow);
