import { css } from 'lit';

/**
 * The menu's layout: a horizontal row (sub-menus drop down) when the element is wide, a "Menu"
 * toggle over a vertical list (sub-menus open in place) when it is narrow. Links are at least 24px
 * tall (WCAG 2.5.8); the one-line row, its skeleton and the toggle's skeleton share those metrics,
 * so that loading, takeover and ready states have the same height.
 */
export const menuStyles = css`
  :host {
    position: relative;
  }
  .sizer {
    display: block;
    height: 0;
  }
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='list'][hidden] {
    display: none;
  }
  .wide > [part~='list'],
  .skeleton-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--press-space, 1em);
  }
  [part~='item'] {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  [part~='link'],
  .skeleton-row > li {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    min-block-size: 24px;
    padding-block: 0.25em;
  }
  a[part~='link'] {
    text-decoration: none;
  }
  a[part~='link']:hover,
  a[part~='link'][aria-current='page'] {
    text-decoration: underline;
  }

  /* Wide: sub-menus drop down below their item, deeper ones open to the side. */
  .wide [part~='submenu'] {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: 0;
    z-index: 10;
    min-inline-size: 12em;
    padding: 0.25em var(--press-space, 1em);
    color: var(--press-color-text, CanvasText);
    background: var(--press-color-surface, Canvas);
    border: 1px solid var(--press-color-border, GrayText);
    border-radius: var(--press-radius, 0.25em);
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.15);
  }
  .wide [part~='submenu'] [part~='submenu'] {
    inset-block-start: 0;
    inset-inline-start: 100%;
  }

  /* Narrow: the toggle, then the list; sub-menus open in place, indented. */
  .narrow > [part~='list'] {
    margin-block-start: calc(var(--press-space, 1em) / 2);
  }
  .narrow [part~='submenu'] {
    flex-basis: 100%;
    padding-inline-start: var(--press-space, 1em);
  }

  [part~='toggle'],
  .toggle-skeleton {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--press-color-border, currentColor);
    border-radius: var(--press-radius, 0.25em);
  }
  [part~='toggle'] {
    color: inherit;
    background: var(--press-color-surface, transparent);
    cursor: pointer;
  }
  [part~='submenu-toggle'] {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 24px;
    min-block-size: 24px;
    margin-inline-start: 0.125em;
    padding: 0;
    color: inherit;
    background: none;
    border: 0;
    border-radius: var(--press-radius, 0.25em);
    cursor: pointer;
  }
  .chevron {
    inline-size: 0.4em;
    block-size: 0.4em;
    border-right: 2px solid;
    border-bottom: 2px solid;
    transform: translateY(-25%) rotate(45deg);
  }
  [aria-expanded='true'] > .chevron {
    transform: translateY(25%) rotate(-135deg);
  }

  /* Like _s's .skip-link.screen-reader-text: hidden until it has focus. */
  [part~='skip-link']:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='skip-link']:focus {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 100000;
    display: block;
    padding: 0.75em 1.5em;
    color: var(--press-color-link, LinkText);
    background: var(--press-color-surface, Canvas);
    border-radius: var(--press-radius, 0.25em);
    box-shadow: 0 0 0.125em 0.125em rgb(0 0 0 / 0.6);
    text-decoration: none;
  }

  /* Loading: one line of the row, or the toggle's box when narrow. */
  .skeleton-row {
    flex-wrap: nowrap;
    overflow: hidden;
  }
  .skeleton-row > li {
    display: block; /* a line box, as tall as a link's text */
  }
  .skeleton-row > li > .skeleton-bar {
    width: 5em;
  }
  .skeleton-row > li:nth-child(3n + 2) > .skeleton-bar {
    width: 7em;
  }
  .skeleton-row > li:nth-child(3n) > .skeleton-bar {
    width: 4em;
  }
  .toggle-skeleton {
    border-color: transparent;
    background: var(--press-color-border, currentColor);
    opacity: 0.15;
    inline-size: 4.5em;
  }
  .toggle-skeleton::before {
    content: '\\200b'; /* a line of text, as in the button, without text to read */
  }
  @media (prefers-reduced-motion: no-preference) {
    .toggle-skeleton {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }
`;
