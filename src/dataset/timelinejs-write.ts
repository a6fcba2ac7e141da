/**
 * Our data written as a TimelineJS3 JSON file (`toTimelineJS`), which `fromTimelineJS`
 * (timelinejs.ts) reads back as the same data.
 */
import { instantOf } from './dates.js';
import { dateParts, escapeHtml, timelineJSYear } from './import-shared.js';
import type { TimelineJSDate, TimelineJSEra, TimelineJSFile, TimelineJSMedia, TimelineJSSlide } from './timelinejs.js';
import type { Era, Media, TimelineData, TimelineEvent } from './types.js';

/** A TimelineJS3 date for an ISO 8601 one (a time with a zone is written in UTC: TimelineJS3 has no zones). */
function timelineJSDate(iso: string): TimelineJSDate {
  const p = dateParts(iso);
  if (!p) return { year: iso };
  return {
    year: timelineJSYear(p.year),
    ...(p.month !== undefined && { month: p.month }),
    ...(p.day !== undefined && { day: p.day }),
    ...(p.hour !== undefined && { hour: p.hour, minute: p.minute ?? 0 }),
    ...(p.second ? { second: p.second } : {}),
  };
}

function timelineJSMedia(media: Media): TimelineJSMedia {
  return {
    url: media.url,
    // Markup, as a summary is: written as it is, read back as it is.
    ...(media.caption !== undefined && { caption: media.caption }),
    ...(media.credit !== undefined && { credit: media.credit }),
    ...(media.thumbnail !== undefined && { thumbnail: media.thumbnail }),
    ...(media.alt !== undefined && { alt: media.alt }),
    ...(media.kind !== undefined && { kind: media.kind }),
  };
}

/**
 * Writes data in our object form as a TimelineJS3 JSON file: the title card as the title
 * slide, each event as a slide (its id as `unique_id`, its title as the headline, its summary
 * as the text, `reportedDate` as `display_date`, a `group` field as the group, and its other
 * fields as keys TimelineJS3 passes over), each era as an era (one still going on ends with
 * the data, as TimelineJS3 needs an end, and is marked `ongoing: true`). `translations` (of events, eras
 * and the title card) ride along as such a key: TimelineJS3 shows only the words as written. Years become TimelineJS3's
 * (`-0043` is -44); a time with a zone is written as the time in UTC. `fromTimelineJS` reads
 * the file back as the same data (titles are plain text with single spaces; summaries, captions
 * and credits are HTML for TimelineJS3 as for the timeline, written as they are).
 *
 * @example
 * const file = toTimelineJS({ title: 'Rome', events: [{ id: 'ides', start: '-0043-03-15', title: 'Caesar is killed' }] });
 * // file.events[0].start_date: { year: -44, month: 3, day: 15 }
 */
export function toTimelineJS(data: TimelineData): TimelineJSFile {
  const slide = (e: TimelineEvent): TimelineJSSlide => {
    const { id, title, summary, start, end, media, reportedDate, group: anyGroup, ...rest } = e as TimelineEvent & { group?: unknown };
    const group = typeof anyGroup === 'string' ? anyGroup : undefined;
    return {
      ...rest,
      ...(anyGroup !== undefined && group === undefined && { group: anyGroup as string }),
      unique_id: id,
      start_date: timelineJSDate(start),
      ...(end !== undefined && { end_date: timelineJSDate(end) }),
      text: { headline: escapeHtml(title), ...(summary !== undefined && { text: summary }) },
      ...(media && { media: timelineJSMedia(media) }),
      ...(group !== undefined && { group }),
      ...(reportedDate !== undefined && { display_date: reportedDate }),
    };
  };
  // TimelineJS3 refuses a file with an era that has no end ("All eras must have start and end
  // dates"): an era still going on ends where the data does, marked `ongoing` to be read back so.
  const last = lastDate(data.events);
  const era = (e: Era): TimelineJSEra => {
    const { title, start, end, note, ...rest } = e;
    return {
      ...rest,
      start_date: timelineJSDate(start),
      end_date: timelineJSDate(end ?? (last !== undefined && instantOf(last) > instantOf(start) ? last : start)),
      ...(end === undefined && { ongoing: true }),
      text: { headline: escapeHtml(title), ...(note !== undefined && { text: note }) },
    };
  };
  const { title, summary, media, translations } = data;
  const titled = title !== undefined || summary !== undefined || media !== undefined || translations !== undefined;
  return {
    ...(titled && {
      title: {
        text: { ...(title !== undefined && { headline: escapeHtml(title) }), ...(summary !== undefined && { text: summary }) },
        ...(media && { media: timelineJSMedia(media) }),
        ...(translations && { translations }),
      },
    }),
    events: data.events.map(slide),
    ...(data.eras && { eras: data.eras.map(era) }),
  };
}

/** The latest date the events give (an end, else a start), as written. */
function lastDate(events: readonly TimelineEvent[]): string | undefined {
  let last: string | undefined;
  let lastAt = -Infinity;
  for (const e of events) {
    const date = e.end ?? e.start;
    const at = instantOf(date);
    if (last === undefined || at > lastAt) [last, lastAt] = [date, at];
  }
  return last;
}
