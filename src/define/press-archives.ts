import { PressArchives } from '../components/press-archives/press-archives.js';

if (!customElements.get('press-archives')) customElements.define('press-archives', PressArchives);

declare global {
  interface HTMLElementTagNameMap {
    'press-archives': PressArchives;
  }
}
