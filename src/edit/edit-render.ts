/**
 * What editing draws: the bar under the toolbar (Add event, Move…'s prompt, the notice of the
 * last change with Undo), the selected event's buttons in its details (Edit, Move…, Remove),
 * and the form that edits an event in place of its details. Every text from data is set as
 * text, never markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { readPartialDate } from '../dataset/dates.js';
import type { DatePrecision, TimelineEvent } from '../dataset/types.js';
import { DATE_PRECISIONS } from '../dataset/vocabulary.js';
import { inputCause } from '../events.js';
import type { Editor } from './editor.js';
import { atPrecision } from './edit-dates.js';
import type { FormValues } from './edit-form.js';

/** The bar under the toolbar: Add event, and Move…'s prompt or the notice of the last change. */
export function renderEditBar(ed: Editor): TemplateResult {
  const w = ed.words;
  const notice = ed.notice;
  return html`<div class="edit-bar" part="edit-bar">
    <button class="text-button edit-add" type="button" ?disabled=${!ed.allowed(null, 'add')}
      @click=${(e: MouseEvent) => { const v = ed.inputs.port.window(); ed.add((v.start + v.end) / 2, ed.inputs.lanes()?.active, inputCause(e)); }}>${w.add}</button>
    ${ed.moving !== null
      ? html`<p class="edit-notice moving" part="edit-notice"><span .textContent=${notice?.text ?? ''}></span>
          <button class="text-button" type="button" @click=${() => { ed.endMove(true); }}>${w.cancel}</button></p>`
      : notice
        ? html`<p class="edit-notice" part="edit-notice"><span .textContent=${notice.text}></span>${notice.undo
            ? html` <button class="text-button edit-undo" type="button" @click=${(e: MouseEvent) => { ed.undo(inputCause(e)); }}>${w.undo}</button>`
            : nothing}</p>`
        : nothing}
  </div>`;
}

/** The selected event's editing buttons, in its details. */
export function renderEditActions(ed: Editor, id: string): TemplateResult | typeof nothing {
  const w = ed.words;
  const e = ed.eventOf(id);
  if (!e || e.editable === false) return nothing;
  return html`<p class="edit-actions">
    ${ed.allowed(e, 'edit') ? html`<button class="text-button" type="button" @click=${() => { ed.openForm(id); }}>${w.edit}</button>` : nothing}
    ${ed.allowed(e, 'move') ? html`<button class="text-button" type="button" @click=${() => { ed.startMove(id); }}>${w.move}</button>` : nothing}
    ${ed.allowed(e, 'remove') ? html`<button class="text-button danger" type="button" @click=${(ev: MouseEvent) => { ed.remove(id, inputCause(ev)); }}>${w.remove}</button>` : nothing}
  </p>`;
}

/** A date field and its precision. */
function dateField(ed: Editor, name: 'start' | 'end', value: string, label: string): TemplateResult {
  const s = ed.host.words.strings;
  const read = value === '' ? undefined : readPartialDate(value);
  const precision: DatePrecision = read === undefined || typeof read === 'string' ? 'day' : read.precision;
  const error = ed.formErrors[name];
  const onPrecision = (e: Event) => {
    const input = (e.target as HTMLElement).closest('.edit-date')?.querySelector('input');
    if (input && input.value.trim() !== '') input.value = atPrecision(input.value.trim(), (e.target as HTMLSelectElement).value as DatePrecision);
  };
  return html`<div class="edit-date">
    <label for="edit-${name}">${label}</label>
    <input id="edit-${name}" name=${name} type="text" inputmode="numeric" autocomplete="off" spellcheck="false" .value=${value}
      aria-invalid=${error ? 'true' : 'false'} aria-describedby="edit-date-hint ${error ? `edit-${name}-error` : ''}" />
    <select name="${name}-precision" aria-label="${label}: ${s.precision[precision]}" @change=${onPrecision}>
      ${DATE_PRECISIONS.map((p) => html`<option value=${p} ?selected=${p === precision}>${s.precision[p]}</option>`)}
    </select>
    ${error ? html`<p class="edit-error" id="edit-${name}-error" .textContent=${error}></p>` : nothing}
  </div>`;
}

/** The form that edits an event, in place of its details. */
export function renderEditForm(ed: Editor, shown: TimelineEvent): TemplateResult {
  const w = ed.words;
  // After a refusal, the fields as the reader typed them.
  const draft = ed.formDraft;
  const errors = ed.formErrors;
  const lanes = ed.inputs.lanes();
  const field = ed.inputs.laneField();
  const laneAt = ed.laneOf(shown.id);
  const categories = ed.inputs.looks().looks.filter((l) => l.id !== undefined);
  let cause: 'pointer' | 'keyboard' = 'keyboard';
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const text = (k: string) => {
      const v = data.get(k);
      return typeof v === 'string' ? v : undefined;
    };
    const values: FormValues = { title: text('title') ?? '', start: text('start') ?? '', end: text('end') ?? '', category: text('category') ?? '', summary: text('summary') ?? '', lane: text('lane') };
    ed.save(shown.id, values, cause);
    cause = 'keyboard';
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // Closes the form, not the details around it.
    e.preventDefault();
    e.stopPropagation();
    ed.closeForm();
  };
  const titleError = errors.title;
  return html`<section class="details edit-form" part="details edit-form" aria-labelledby="edit-heading" @keydown=${onKey}>
    <h2 id="edit-heading">${w.formHeading}</h2>
    <form novalidate @submit=${submit}>
      <div class="edit-field">
        <label for="edit-title">${w.title}</label>
        <input id="edit-title" name="title" type="text" autocomplete="off" .value=${draft?.title ?? shown.title}
          aria-invalid=${titleError ? 'true' : 'false'} aria-describedby=${titleError ? 'edit-title-error' : nothing} />
        ${titleError ? html`<p class="edit-error" id="edit-title-error" .textContent=${titleError}></p>` : nothing}
      </div>
      <div class="edit-dates">
        ${dateField(ed, 'start', draft?.start ?? shown.start, w.start)}
        ${dateField(ed, 'end', draft?.end ?? shown.end ?? '', w.end)}
      </div>
      <p id="edit-date-hint" class="edit-hint">${w.dateHint}</p>
      <div class="edit-field">
        <label for="edit-category">${w.category}</label>
        <input id="edit-category" name="category" type="text" autocomplete="off" list="edit-categories" .value=${draft?.category ?? shown.category ?? ''} />
        <datalist id="edit-categories">${categories.map((c) => html`<option value=${c.id ?? ''} label=${c.label}></option>`)}</datalist>
      </div>
      ${lanes && field && field !== 'category' && laneAt !== undefined
        ? html`<div class="edit-field">
            <label for="edit-lane">${w.lane}</label>
            <select id="edit-lane" name="lane">${lanes.list.map((l, i) => html`<option value=${String(i)} ?selected=${draft?.lane !== undefined ? String(i) === draft.lane : i === laneAt} .textContent=${l.label}></option>`)}</select>
          </div>`
        : nothing}
      <div class="edit-field">
        <label for="edit-summary">${w.summary}</label>
        <textarea id="edit-summary" name="summary" rows="3" .value=${draft?.summary ?? shown.summary ?? ''}></textarea>
      </div>
      <p class="edit-buttons">
        <button class="text-button primary" type="submit" @click=${(e: MouseEvent) => { cause = inputCause(e); }}>${w.save}</button>
        <button class="text-button" type="button" @click=${() => { ed.closeForm(); }}>${w.cancel}</button>
      </p>
    </form>
  </section>`;
}
