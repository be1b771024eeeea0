// The CDN entry: registers every element. `press-site` comes first so that it is defined before
// the widgets inside it upgrade.
import './define/press-site.js';
import './define/press-menu.js';
import './define/press-archives.js';
import './define/press-categories.js';
import './define/press-recent-comments.js';
import './define/press-comment-form.js';
import './define/press-comment-count.js';
import './define/press-comments.js';

export * from './data/index.js';
export * from './events.js';
export type {
  Strings,
  PressArchivesStrings,
  PressCategoriesStrings,
  PressCommentCountStrings,
  PressCommentFormStrings,
  PressCommentsStrings,
  PressMenuStrings,
  PressRecentCommentsStrings,
} from './i18n/en.js';
export { PressSite } from './components/press-site/press-site.js';
export { PressMenu } from './components/press-menu/press-menu.js';
export { PressArchives } from './components/press-archives/press-archives.js';
export { PressCategories } from './components/press-categories/press-categories.js';
export { PressRecentComments } from './components/press-recent-comments/press-recent-comments.js';
export { PressCommentForm } from './components/press-comment-form/press-comment-form.js';
export { PressCommentCount } from './components/press-comment-count/press-comment-count.js';
export { PressComments } from './components/press-comments/press-comments.js';
