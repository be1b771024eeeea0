// The CDN entry: registers every element. `press-site` comes first so that it is defined before
// the widgets inside it upgrade.
import './define/press-site.js';
import './define/press-categories.js';

export * from './data/index.js';
export * from './events.js';
export { PressCategories } from './components/press-categories/press-categories.js';
