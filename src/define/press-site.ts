import { PressSite } from '../components/press-site/press-site.js';

if (!customElements.get('press-site')) customElements.define('press-site', PressSite);

declare global {
  interface HTMLElementTagNameMap {
    'press-site': PressSite;
  }
}
