import { css } from 'lit';

/**
 * WordPress's comment form layout, which the browser's defaults already give: paragraphs apart,
 * each label above its full-width field, the consent box beside its label. Type and colour come
 * from the page; borders and backgrounds from the tokens. The moderation preview keeps the
 * comment's own line breaks (`pre-line`).
 */
export const commentFormStyles = css`@layer press-widgets {
  [part~='input'],
  button {
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    background: var(--press-color-surface, transparent);
    border: 1px solid var(--press-color-border, currentColor);
    border-radius: var(--press-radius, 0.25em);
    padding: 0.4em 0.6em;
  }
  [part~='input'] {
    width: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--press-color-error, currentColor);
    box-shadow: inset 0 0 0 1px var(--press-color-error, currentColor);
  }
  [part~='error'] {
    color: var(--press-color-error, inherit);
  }
  .required {
    color: var(--press-color-accent, inherit);
  }
  button:disabled {
    opacity: 0.6;
  }
  [part~='notice']:not(:empty) {
    padding: 0 1em;
    border: 1px solid var(--press-color-border, currentColor);
    border-radius: var(--press-radius, 0.25em);
  }
  blockquote {
    white-space: pre-line;
  }
  blockquote,
  [part~='error'] {
    overflow-wrap: anywhere; /* a comment or a message with no place to break stays in the column */
  }
}`;
