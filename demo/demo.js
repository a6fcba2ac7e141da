// The Sahel story by country: the three countries it is about first, then the two powers
// whose roles it follows; the other countries come after, in order of their first event.
const timeline = document.querySelector('sahel-timeline');
if (timeline) timeline.lanes = [{ id: 'ML' }, { id: 'BF' }, { id: 'CF' }, { id: 'RU' }, { id: 'FR' }];
