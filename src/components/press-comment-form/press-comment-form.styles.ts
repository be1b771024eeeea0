import { css } from 'lit';

/**
 * WordPress's comment form layout: each label above a full-width field, the consent box beside its
 * label. Type and colour come from the page; fields, borders and focus rings from the tokens.
 */
export const commentFormStyles = css`
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--press-space, 1em);
  }
  [part~='form'] {
    display: grid;
    gap: var(--press-space, 1em);
  }
  [part~='form'] > p,
  [part~='field'] {
    margin: 0;
  }
  [part~='field'] {
    display: grid;
    gap: 0.25em;
  }
  [part~='field'].consent {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.5em;
  }
  [part~='field'].consent > input {
    margin: 0.2em 0 0;
  }
  [part~='field'].consent > [part~='error'] {
    grid-column: 1 / -1;
  }
  [part~='label'] {
    display: block;
  }
  .required {
    color: var(--press-color-accent, inherit);
  }
  [part~='input'] {
    box-sizing: border-box;
    width: 100%;
    font: inherit;
    color: inherit;
    background: var(--press-color-surface, Field);
    border: 1px solid var(--press-color-border, currentColor);
    border-radius: var(--press-radius, 0.25em);
    padding: 0.4em 0.5em;
  }
  textarea[part~='input'] {
    min-height: 8lh;
    resize: vertical;
  }
  [part~='input'][aria-invalid='true'] {
    border-color: var(--press-color-error, currentColor);
    box-shadow: inset 0 0 0 1px var(--press-color-error, currentColor);
  }
  [part~='input']:focus-visible,
  input[type='checkbox']:focus-visible {
    outline: 2px solid var(--press-color-accent, Highlight);
    outline-offset: 1px;
  }
  [part~='submit'],
  [part~='cancel'] {
    font: inherit;
    color: inherit;
    background: var(--press-color-surface, ButtonFace);
    border: 1px solid var(--press-color-border, currentColor);
    border-radius: var(--press-radius, 0.25em);
    padding: 0.4em 1em;
    cursor: pointer;
  }
  [part~='cancel'] {
    padding: 0.1em 0.5em;
    font-size: 0.875em;
  }
  [part~='submit']:disabled {
    cursor: progress;
    opacity: 0.6;
  }
  .field-error {
    color: var(--press-color-error, inherit);
    font-size: 0.875em;
    font-weight: 600;
  }
  [part~='error'].failure,
  [part~='notice'].shown {
    margin: 0 0 var(--press-space, 1em);
    padding: calc(var(--press-space, 1em) / 2) var(--press-space, 1em);
    border: 1px solid var(--press-color-border, currentColor);
    border-inline-start-width: 4px;
    border-radius: var(--press-radius, 0.25em);
  }
  [part~='error'].failure {
    margin: 0;
    border-inline-start-color: var(--press-color-error, currentColor);
  }
  [part~='notice'] > p {
    margin: 0;
  }
  [part~='notice'] > p + p,
  [part~='notice'] > blockquote {
    margin: 0.5em 0 0;
  }
  .preview {
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--press-color-border, currentColor);
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  [part~='notice']:focus,
  [part~='error']:focus {
    outline: none;
  }
`;
