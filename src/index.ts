/**
 * `sahel-timeline`: registers `<sahel-timeline>` and exports its class, its event types, the
 * dataset types and the pure helpers.
 * @module
 */
export { SahelTimeline } from './sahel-timeline.js';
export {
  TimelineEvents,
  type RangeChangeDetail,
  type TimelineErrorDetail,
  type TimelineEventDetails,
  type SelectDetail,
  type SelectCause,
  type SahelSelectEvent,
  type SahelRangeChangeEvent,
  type SahelErrorEvent,
  type FilterChangeDetail,
  type SahelFilterChangeEvent,
  type ChangeDetail,
  type ChangeKind,
  type SahelChangeEvent,
} from './events.js';
export type * from './dataset/types.js';
export type { SahelTimelineAttributeName, SahelTimelineAttributes, SahelTimelineProperties, SahelTimelinePropertyName } from './properties.js';
export type { EditTest, EventFilter, GroupBy, LaneSpec } from './property-types.js';
export type { TimelineStrings, PartialStrings, PluralForms, NoticeStrings, NoticeReason, EditStrings } from './strings.js';
/** The English table: every key a page's `strings` may give, in English. */
export { en } from './strings.js';
export { parsePartialDate, toInterval } from './dataset/dates.js';
export { validateEvents, formatIssue, type ValidationIssue, type ValidationResult } from './dataset/validate.js';
export { EVENT_CATEGORIES, EVENT_KINDS, CERTAINTIES } from './dataset/vocabulary.js';
