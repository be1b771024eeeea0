import { PressSite } from '../components/press-site/press-site.js';
import { define } from './define.js';

define('press-site', PressSite);

declare global {
  interface HTMLElementTagNameMap {
    'press-site': PressSite;
  }
}
