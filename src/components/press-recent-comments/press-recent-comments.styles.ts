import { css } from 'lit';

export const recentCommentsStyles = css`@layer press-widgets {
  [part~='item'] {
    display: flex;
    gap: calc(var(--press-space, 1em) / 2);
    align-items: flex-start;
  }
  [part~='item'] + [part~='item'] {
    margin-block-start: calc(var(--press-space, 1em) / 2);
  }
  [part~='avatar'] {
    flex: none;
    border-radius: 50%;
  }
  article {
    min-width: 0;
  }
  [part~='date'] {
    display: block;
    font-size: 0.875em;
    color: var(--press-color-muted, inherit);
  }
  [part~='excerpt'] p {
    margin: 0.25em 0 0;
  }
}`;
