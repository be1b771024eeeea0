import { css } from 'lit';

/** Inline, in the line of a post's meta, like WordPress's `comments_popup_link()`. */
export const commentCountStyles = css`
  :host {
    display: inline;
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--press-color-border, currentColor);
    border-radius: var(--press-radius, 0.25em);
    padding: 0 0.4em;
  }
`;
