import { PressCommentForm } from '../components/press-comment-form/press-comment-form.js';

if (!customElements.get('press-comment-form')) customElements.define('press-comment-form', PressCommentForm);

declare global {
  interface HTMLElementTagNameMap {
    'press-comment-form': PressCommentForm;
  }
}
