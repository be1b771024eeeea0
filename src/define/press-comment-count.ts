import { PressCommentCount } from '../components/press-comment-count/press-comment-count.js';

if (!customElements.get('press-comment-count')) customElements.define('press-comment-count', PressCommentCount);

declare global {
  interface HTMLElementTagNameMap {
    'press-comment-count': PressCommentCount;
  }
}
