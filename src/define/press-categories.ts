import { PressCategories } from '../components/press-categories/press-categories.js';

if (!customElements.get('press-categories')) customElements.define('press-categories', PressCategories);

declare global {
  interface HTMLElementTagNameMap {
    'press-categories': PressCategories;
  }
}
