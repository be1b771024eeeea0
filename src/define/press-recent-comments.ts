import { PressRecentComments } from '../components/press-recent-comments/press-recent-comments.js';

if (!customElements.get('press-recent-comments')) customElements.define('press-recent-comments', PressRecentComments);

declare global {
  interface HTMLElementTagNameMap {
    'press-recent-comments': PressRecentComments;
  }
}
