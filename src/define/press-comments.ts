import { PressComments } from '../components/press-comments/press-comments.js';

if (!customElements.get('press-comments')) customElements.define('press-comments', PressComments);

declare global {
  interface HTMLElementTagNameMap {
    'press-comments': PressComments;
  }
}
