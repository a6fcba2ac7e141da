// Checked by `tsc --noEmit`, never run: misuses of <SahelTimeline> that must not compile, so
// that typings which let anything through (an `any`) fail the build.
import { SahelTimeline } from 'sahel-timeline/react';
// Every entry's published types are checked too (skipLibCheck: false), the data files' among them.
import type { SahelEvent } from 'sahel-timeline/dataset';
import type sahelData from 'sahel-timeline/dataset.json';
import type sahelSchema from 'sahel-timeline/dataset.schema.json';
import type sahelTimelineJS from 'sahel-timeline/dataset.timeline.json';
import type sahelCsv from 'sahel-timeline/dataset.csv';

export type PublishedData = [typeof sahelData, typeof sahelSchema, typeof sahelTimelineJS, typeof sahelCsv];
// @ts-expect-error: the JSON file's events are typed, not `any`.
export const notAnEvent: SahelEvent = ({} as typeof sahelData).events[0]?.title;

export const misuses = [
  // @ts-expect-error: `events` is a list of TimelineEvent.
  <SahelTimeline events={42} />,
  // @ts-expect-error: `e.detail.event` is null when the reader closes the details.
  <SahelTimeline onSahelSelect={(e) => e.detail.event.title} />,
  // @ts-expect-error: the detail is `{ event, cause }`, not the event itself.
  <SahelTimeline onSahelSelect={(e) => e.detail.title} />,
  // @ts-expect-error: a cause is 'pointer', 'keyboard', 'play' or 'hash'.
  <SahelTimeline onSahelSelect={(e) => e.detail.cause === 'mouse'} />,
  // @ts-expect-error: `heading` (the title card's) is text.
  <SahelTimeline heading={42} />,
  // @ts-expect-error: `theme` is 'light' or 'dark'.
  <SahelTimeline theme="blue" />,
  // @ts-expect-error: a range change's detail has no `title`.
  <SahelTimeline onSahelRangeChange={(e) => e.detail.title} />,
];
