// Checked by `tsc --noEmit`, never run: misuses of <SahelTimeline> that must not compile, so
// that typings which let anything through (an `any`) fail the build.
import { SahelTimeline } from 'sahel-timeline/react';

export const misuses = [
  // @ts-expect-error: `events` is a list of TimelineEvent.
  <SahelTimeline events={42} />,
  // @ts-expect-error: `e.detail` is null when the reader closes the details.
  <SahelTimeline onSahelSelect={(e) => e.detail.title} />,
  // @ts-expect-error: `theme` is 'light' or 'dark'.
  <SahelTimeline theme="blue" />,
  // @ts-expect-error: a range change's detail has no `title`.
  <SahelTimeline onSahelRangeChange={(e) => e.detail.title} />,
];
