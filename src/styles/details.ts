/** The details panel and the title card: one event's fields, its rich summary, and its sources. */
import { css } from 'lit';

export const details = css`
  /* Media: a box of fixed proportions, so that nothing below moves when the image arrives. */
  .media {
    margin: 10px 0 8px;
  }
  .media-frame {
    position: relative;
    display: grid;
    place-items: center;
    max-inline-size: 480px;
    aspect-ratio: 16 / 10;
    overflow: hidden;
    border-radius: 6px;
    background: var(--_bg);
  }
  .media-frame img,
  .media-frame iframe {
    inline-size: 100%;
    block-size: 100%;
    border: 0;
    object-fit: contain;
  }
  .media-alt {
    display: none;
    color: var(--_muted);
    font-size: 13px;
    font-style: italic;
  }
  /* A picture that failed to load: a line of text in its place, as high as the text. */
  .media-frame.broken {
    display: block;
    inline-size: fit-content;
    aspect-ratio: auto;
    padding: 4px 10px;
    border: 1px dashed var(--_grid);
  }
  .media-frame.broken img {
    display: none;
  }
  .media-frame.broken .media-alt {
    display: block;
  }
  /* Caption and credit (rich text, inline) each on a line of their own. */
  .media figcaption {
    margin-block-start: 4px;
    max-inline-size: 72ch;
    color: var(--_muted);
    font-size: 13px;
  }
  .media figcaption > span {
    display: block;
  }
  .media figcaption .credit {
    font-size: 12px;
  }
  .media figcaption a {
    overflow-wrap: anywhere;
    text-decoration-thickness: 1px;
    text-underline-offset: 2px;
  }
  .media figcaption a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
    border-radius: 2px;
  }
  .media-link {
    display: inline-grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    max-inline-size: 480px;
    padding: 8px 10px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_bg);
    color: inherit;
    text-decoration: none;
  }
  .media-link:hover .media-title {
    text-decoration: underline;
  }
  .media-link:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .media-thumb {
    grid-row: span 2;
    margin-inline-end: 10px;
    border-radius: 4px;
    object-fit: cover;
  }
  /* The gap is the thumbnail's: a card without one (or whose thumbnail failed) has even padding. */
  .media-link.no-thumb .media-thumb {
    display: none;
  }
  .media-site,
  .media-address {
    grid-column: -2;
    color: var(--_muted);
    font-size: 12px;
  }
  .media-address {
    overflow-wrap: anywhere;
  }
  .media-title {
    grid-column: -2;
    overflow-wrap: anywhere;
    color: var(--_accent);
  }
  .details .link {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 12px 0 0;
  }
  .details .text-button {
    min-block-size: 28px;
    padding: 2px 10px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
  .details .text-button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .details .link input {
    inline-size: min(40ch, 100%);
    font: inherit;
  }
  .title-card .card-hint {
    margin: 8px 0 0;
    color: var(--_muted);
    font-size: 13px;
  }
  .details {
    padding: 12px 16px 16px;
    border-block-start: 1px solid var(--_grid);
    background: var(--_surface);
  }
  .details header {
    display: flex;
    align-items: start;
    gap: 12px;
  }
  .details .heading {
    flex: 1;
    min-inline-size: 0;
  }
  .details h2 {
    overflow-wrap: anywhere;
    margin: 0;
    font-size: 18px;
    line-height: 1.3;
  }
  .details .kicker {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 0 0 4px;
    color: var(--_muted);
    font-size: 13px;
  }
  .details .date {
    unicode-bidi: plaintext;
    margin: 4px 0 8px;
    font-weight: 600;
  }
  .details .date .precision {
    color: var(--_muted);
    font-weight: 400;
  }
  .details p {
    margin: 0 0 8px;
    max-inline-size: 72ch;
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 8px 0;
    font-size: 13px;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
  }
  .details .note {
    font-size: 13px;
    color: var(--_text);
    border-inline-start: 3px solid var(--_grid);
    padding-inline-start: 8px;
  }
  .details h3 {
    margin: 12px 0 4px;
    font-size: 13px;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .details ul {
    margin: 0;
    padding-inline-start: 20px;
    font-size: 13px;
  }
  .details a {
    color: var(--_accent);
  }
  /* Rich text from other tools (render/rich-text.ts): paragraphs, quotes and links. */
  .details .summary.rich {
    margin: 0 0 8px;
    max-inline-size: 72ch;
  }
  .details .summary.rich > :last-child {
    margin-block-end: 0;
  }
  .details .summary a {
    overflow-wrap: anywhere;
    text-decoration-thickness: 1px;
    text-underline-offset: 2px;
  }
  .details .summary a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
    border-radius: 2px;
  }
  .details .summary blockquote {
    margin: 0 0 8px;
    padding-inline-start: 12px;
    border-inline-start: 3px solid var(--_grid);
    color: var(--_text);
    font-style: italic;
  }
  .details .summary blockquote cite {
    display: block;
    margin-block-start: 4px;
    color: var(--_muted);
    font-size: 13px;
    font-style: normal;
  }
  .details .summary blockquote p:last-child {
    margin-block-end: 0;
  }
`;
