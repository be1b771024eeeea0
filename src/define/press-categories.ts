import { PressCategories } from '../components/press-categories/press-categories.js';
import { define } from './define.js';

define('press-categories', PressCategories);

declare global {
  interface HTMLElementTagNameMap {
    'press-categories': PressCategories;
  }
}
