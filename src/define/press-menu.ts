import { PressMenu } from '../components/press-menu/press-menu.js';

if (!customElements.get('press-menu')) customElements.define('press-menu', PressMenu);

declare global {
  interface HTMLElementTagNameMap {
    'press-menu': PressMenu;
  }
}
