/**
 * The form's values made into an event: what the reader wrote over the page's own event, the
 * title and summary into the translation the reader was shown (a French reader edits the
 * French words), or the fields that must be fixed first. Pure: no DOM.
 */
import { translationKey } from '../dataset/localize.js';
import type { Translation, TimelineEvent } from '../dataset/types.js';
import type { EditStrings } from '../strings-edit.js';
import { checkOrder, type Refusal } from './edit-changes.js';
import { interval } from './edit-dates.js';

/** What the form holds, as typed. */
export interface FormValues {
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly category: string;
  readonly summary: string;
  /** The lane chosen (its index among the lanes shown), when lanes group by a field. */
  readonly lane: string | undefined;
}

type Mutable = { -readonly [K in keyof TimelineEvent]?: TimelineEvent[K] } & Record<string, unknown>;

/**
 * `page` (the event as the page gave it) with the form's `values`; `shown` is the event as the
 * reader saw it, in `lang`. Words the reader saw from a translation go back into it. Either the
 * event, or each field that must be fixed and why.
 */
export function formAfter(page: TimelineEvent, shown: TimelineEvent, values: FormValues, lang: string): { event: TimelineEvent } | { errors: Partial<Record<'title' | 'start' | 'end', Refusal>> } {
  const errors: Partial<Record<'title' | 'start' | 'end', Refusal>> = {};
  const title = values.title.trim();
  const start = values.start.trim();
  const end = values.end.trim();
  if (title === '') errors.title = 'title';
  if (!interval(start)) errors.start = 'start';
  if (end !== '' && !interval(end)) errors.end = 'end';
  if (Object.keys(errors).length > 0) return { errors };
  const out: Mutable = { ...page, start: start as TimelineEvent['start'] };
  if (end === '') {
    delete out.end;
    if (out.kind === 'span') delete out.kind;
  } else {
    out.end = end as TimelineEvent['end'];
    if (out.kind === 'point' || out.kind === 'ongoing') out.kind = 'span';
  }
  const category = values.category.trim();
  if (category === '') delete out.category;
  else out.category = category;
  // The words, where the reader saw them: the page's own, or the translation's.
  const key = translationKey(page.translations, lang);
  const words: Record<string, string> = {};
  for (const [field, value] of [['title', title], ['summary', values.summary.trim()]] as const) {
    if (value === (shown[field] ?? '')) continue;
    const translated = key !== undefined && typeof page.translations?.[key]?.[field] === 'string' && page.translations[key][field] === shown[field];
    if (translated) words[field] = value;
    else if (value === '' && field === 'summary') delete out.summary;
    else out[field] = value;
  }
  if (key !== undefined && Object.keys(words).length > 0) {
    const t: Translation = { ...page.translations?.[key], ...words };
    out.translations = { ...page.translations, [key]: t };
  }
  const ordered = checkOrder(out as TimelineEvent);
  if (typeof ordered === 'string') return { errors: { [ordered === 'endBeforeStart' ? 'end' : 'start']: ordered } };
  return { event: ordered };
}

/** What the form's Save asks of the editor. */
export interface FormEdits {
  readonly host: { readonly readerLanguage: string; requestUpdate(): void };
  readonly inputs: { focusEvent: (id: string) => void };
  readonly words: EditStrings;
  formFor: string | null;
  formErrors: Readonly<Record<string, string>>;
  /** What the form held when it was refused: drawn again as typed, not as the event was. */
  formDraft: FormValues | undefined;
  version: number;
  focusNext: string | undefined;
  eventOf(id: string): TimelineEvent | undefined;
  shown(id: string): TimelineEvent | undefined;
  closeForm(): void;
  laneOf(id: string): number | undefined;
  inLane(e: TimelineEvent, from: number | undefined, to: number | undefined): TimelineEvent | Refusal;
  commit(kind: 'edit', before: TimelineEvent, after: TimelineEvent, cause: 'pointer' | 'keyboard'): boolean;
}

/** The form's Save: the event as the form says, made if the page allows; else what the reader must fix, said beside each field. */
export function saveForm(ed: FormEdits, id: string, values: FormValues, cause: 'pointer' | 'keyboard'): void {
  const page = ed.eventOf(id);
  const shown = ed.shown(id);
  if (!page || !shown) {
    ed.closeForm();
    return;
  }
  const made = formAfter(page, shown, values, ed.host.readerLanguage);
  const errors: Record<string, string> = {};
  let after: TimelineEvent | Refusal = 'invalid';
  if ('errors' in made) for (const [field, why] of Object.entries(made.errors)) errors[field] = ed.words.refused[why];
  else after = values.lane !== undefined && values.lane !== '' ? ed.inLane(made.event, ed.laneOf(id), Number(values.lane)) : made.event;
  if (typeof after === 'string' && Object.keys(errors).length === 0) errors.start = ed.words.refused[after];
  if (typeof after === 'string') {
    ed.formErrors = errors;
    ed.formDraft = values;
    ed.version++;
    // The focus goes to the first field to fix, which names what is wrong.
    ed.focusNext = `.edit-form [name="${Object.keys(errors)[0] ?? 'title'}"]`;
    ed.host.requestUpdate();
    return;
  }
  if (!ed.commit('edit', page, after, cause)) return;
  ed.formFor = null;
  ed.formErrors = {};
  ed.formDraft = undefined;
  ed.version++;
  ed.inputs.focusEvent(id);
}
