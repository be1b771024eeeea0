import { css } from 'lit';

/**
 * What every widget shares: page-inherited type and colour, the tokens, and the four states.
 * Headings and lists keep the browser's own styles, the same that WordPress's markup gets before
 * the widget takes it over, so that the takeover moves nothing. Sites restyle through ::part().
 * A skeleton row is a line of text high (`1lh`), whatever the item's own layout.
 *
 * Everything is in the cascade layer `press-widgets`. Page CSS wins over it anyway (`::part()` rules
 * and rules on the element come from the outer context, which beats the shadow root's for normal
 * declarations, layered or not); the layer lets styles added inside the shadow root, e.g. by a
 * subclass (`static styles = [...super.styles, css\`…\`]`), win without matching its specificity.
 * (Comments inside the css`` would ship.)
 */
export const widgetStyles = css`@layer press-widgets {
  :host {
    display: block;
    min-block-size: var(--press-reserve, auto);
    font: var(--press-font, inherit);
    color: var(--press-color-text, inherit);
    /* A page's pre-wrap container (a Verse block) would show the templates' line breaks. */
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--press-color-link, LinkText);
  }
  a:focus-visible,
  button:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--press-color-accent, Highlight);
    outline-offset: 2px;
  }
  [part~='count'],
  [part~='empty'],
  .muted {
    color: var(--press-color-muted, inherit);
  }
  [part~='empty'] {
    margin: 0;
  }
  .visually-hidden,
  [part~='skip-link']:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .skeleton-bar {
    display: inline-block;
    height: 0.8em;
    vertical-align: middle;
    border-radius: var(--press-radius, 0.25em);
    background: var(--press-color-border, currentColor);
    opacity: 0.15;
    width: 70%;
  }
  [part~='skeleton'] > li {
    min-height: 1lh;
  }
  li:nth-child(3n + 2) > .skeleton-bar {
    width: 55%;
  }
  li:nth-child(3n) > .skeleton-bar {
    width: 85%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-bar {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
    @keyframes pulse {
      to {
        opacity: 0.3;
      }
    }
  }
  [part~='error'] {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--press-space, 1em) / 2);
  }
  button,
  select {
    font: inherit;
  }
  [part~='retry'] {
    color: inherit;
    background: var(--press-color-surface, transparent);
    border: 1px solid var(--press-color-border, currentColor);
    border-radius: var(--press-radius, 0.25em);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  select {
    max-width: 100%;
    color: inherit;
    background: var(--press-color-surface, Field);
    border: 1px solid var(--press-color-border, currentColor);
    border-radius: var(--press-radius, 0.25em);
    padding: 0.25em;
  }
  li,
  h2 {
    overflow-wrap: anywhere;
  }
  /* A dropdown of thousands is as wide as the widget, not as its longest entry, which the browser
     would measure again for every part drawn. */
  .long select {
    inline-size: 100%;
  }
}`;
