import { css } from 'lit';

/**
 * A row of links whose sub-menus drop down (deeper ones to the side) when the element is wide; a
 * "Menu" toggle over a vertical list whose sub-menus open in place when it is narrow. Links are at
 * least 24px tall (WCAG 2.5.8), and so is the toggle, border included: the loading skeleton (the base
 * class's bars, sized in % of a fixed-width item, in one row) has their height, wide or narrow, so
 * that loading, takeover and ready states have the same height. The skip link is hidden like _s's
 * `.skip-link.screen-reader-text` until it has focus. (Comments inside the css`` would ship.)
 */
export const menuStyles = css`@layer press-widgets {
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .wide > ul,
  [part~='skeleton'] {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--press-space, 1em);
  }
  [part~='skeleton'] {
    flex-wrap: nowrap;
    overflow: hidden;
  }
  [part~='item'] {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  [part~='link'],
  [part~='skeleton'] > li {
    box-sizing: border-box;
    display: block;
    min-height: 24px;
    padding-block: 0.25em;
  }
  [part~='skeleton'] > li {
    flex: 0 0 6em;
  }
  [part~='link']:not(:hover, [aria-current]) {
    text-decoration: none;
  }
  [part~='submenu'] {
    flex-basis: 100%;
    padding-inline-start: var(--press-space, 1em);
  }
  .wide [part~='submenu'] {
    position: absolute;
    top: 100%;
    z-index: 1;
    min-width: 12em;
    padding: 0.25em var(--press-space, 1em);
    color: var(--press-color-text, CanvasText);
    background: var(--press-color-surface, Canvas);
    border: 1px solid var(--press-color-border, GrayText);
    border-radius: var(--press-radius, 0.25em);
  }
  .wide [part~='submenu'] [part~='submenu'] {
    top: 0;
    inset-inline-start: 100%;
  }
  .narrow > ul {
    margin-top: 0.5em;
  }
  [part~='toggle'] {
    min-height: 24px;
    padding: calc(0.25em - 1px) 0.75em;
    color: inherit;
    background: var(--press-color-surface, transparent);
    border: 1px solid var(--press-color-border, currentColor);
    border-radius: var(--press-radius, 0.25em);
  }
  [part~='submenu-toggle'] {
    all: unset;
    display: inline-grid;
    place-items: center;
    min-width: 24px;
    min-height: 24px;
  }
  [part~='submenu-toggle']::after {
    content: '';
    width: 0.4em;
    height: 0.4em;
    border-right: 2px solid;
    border-bottom: 2px solid;
    rotate: 45deg;
  }
  [aria-expanded='true']::after {
    rotate: 225deg;
  }
  [part~='skip-link']:focus {
    position: absolute;
    z-index: 2;
    padding: 0.75em 1.5em;
    background: var(--press-color-surface, Canvas);
  }
}`;
