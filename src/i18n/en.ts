import type { threadStrings } from './en-thread.js';

/**
 * Every string the widgets show, in English, built into the bundle. Where WordPress has the string,
 * it is WordPress's own msgid, placeholders (`%s`, `%1$s`) included, so that its translations fit
 * (`scripts/i18n.js` makes the other languages from WordPress's `.mo` files). The keys are the
 * names a `strings` property takes.
 */
const strings = {
  retry: 'Retry',

  archives: 'Archives',
  noArchives: 'No archives to show.',
  selectMonth: 'Select Month',
  selectYear: 'Select Year',
  loadingArchives: 'Loading archives…',
  archivesFailed: 'Could not load archives.',

  categories: 'Categories',
  noCategories: 'No categories',
  selectCategory: 'Select Category',
  loadingCategories: 'Loading categories…',
  categoriesFailed: 'Could not load categories.',

  recentComments: 'Recent Comments',
  noComments: 'No comments to show.',
  commentOn: '%1$s on %2$s',
  anonymous: 'Anonymous',
  noTitle: '(no title)',
  loadingComments: 'Loading comments…',
  commentsFailed: 'Could not load comments.',

  menu: 'Menu',
  primaryMenu: 'Primary menu',
  skipToContent: 'Skip to content',
  submenu: '%s submenu',
  noMenuItems: 'No menu items.',
  loadingMenu: 'Loading menu items…',
  menuFailed: 'Could not load menu items.',

  leaveReply: 'Leave a Reply',
  leaveReplyTo: 'Leave a Reply to %s',
  cancelReply: 'Cancel reply',
  loggedInAs: 'Logged in as %s.',
  emailNotes: 'Your email address will not be published.',
  requiredFields: 'Required fields are marked %s',
  comment: 'Comment',
  name: 'Name',
  email: 'Email',
  website: 'Website',
  honeypot: 'Leave this field empty',
  cookiesConsent: 'Save my name, email, and website in this browser for the next time I comment.',
  postComment: 'Post Comment',
  awaitingModeration: 'Your comment is awaiting moderation.',
  commentPosted: 'Your comment has been posted.',
  viewComment: 'View your comment',
  tryAgain: 'Try again',
  spam: 'Your comment was taken for spam and not sent.',
  notSetUp: 'This comment form is not set up; your comment was not sent.',
  networkError: 'Your comment could not be sent. Check your connection and try again.',
  timeoutError: 'The site did not answer in time. Your comment may have arrived: try again to check.',
  unreadableError: "The site's answer could not be read. Your comment may have arrived: try again to check.",
  loginRequired: "Comments can't be posted from this page yet.",
  postFailed: 'Your comment could not be posted (error %s).',

  noCommentsYet: 'No Comments',
  oneComment: '1 Comment',
  manyComments: '%s Comments',
  loadingCommentCount: 'Comments…',
  commentCountFailed: 'Comments unavailable',
};

/**
 * Every English string. The thread's (en-thread.ts) are in the WordPress chunk, which draws the
 * thread: they join these when it loads, before the thread is drawn (see PressComments).
 */
export const en = strings as typeof strings & typeof threadStrings;

/** Every string by its key. */
export type Strings = typeof en;
export type StringKey = keyof Strings;

export type PressArchivesStrings = Pick<Strings, 'archives' | 'noArchives' | 'selectMonth' | 'selectYear' | 'loadingArchives' | 'archivesFailed' | 'retry'>;
export type PressCategoriesStrings = Pick<Strings, 'categories' | 'noCategories' | 'selectCategory' | 'loadingCategories' | 'categoriesFailed' | 'retry'>;
export type PressRecentCommentsStrings = Pick<
  Strings,
  'recentComments' | 'noComments' | 'commentOn' | 'anonymous' | 'noTitle' | 'loadingComments' | 'commentsFailed' | 'retry'
>;
export type PressMenuStrings = Pick<Strings, 'menu' | 'primaryMenu' | 'skipToContent' | 'submenu' | 'noMenuItems' | 'loadingMenu' | 'menuFailed' | 'retry'>;
export type PressCommentCountStrings = Pick<Strings, 'noCommentsYet' | 'oneComment' | 'manyComments' | 'loadingCommentCount' | 'commentCountFailed' | 'retry'>;
export type PressCommentsStrings = Pick<
  Strings,
  | 'oneResponseTo'
  | 'responsesTo'
  | 'quoted'
  | 'commentsClosed'
  | 'commentsNavigation'
  | 'olderComments'
  | 'newerComments'
  | 'reply'
  | 'replyTo'
  | 'dateAtTime'
  | 'awaitingPreview'
  | 'anonymous'
  | 'loadingComments'
  | 'commentsFailed'
  | 'retry'
>;
export type PressCommentFormStrings = Pick<
  Strings,
  | 'leaveReply'
  | 'leaveReplyTo'
  | 'cancelReply'
  | 'loggedInAs'
  | 'emailNotes'
  | 'requiredFields'
  | 'comment'
  | 'name'
  | 'email'
  | 'website'
  | 'honeypot'
  | 'cookiesConsent'
  | 'postComment'
  | 'awaitingModeration'
  | 'commentPosted'
  | 'viewComment'
  | 'tryAgain'
  | 'spam'
  | 'notSetUp'
  | 'networkError'
  | 'timeoutError'
  | 'unreadableError'
  | 'loginRequired'
  | 'postFailed'
>;

/** Keys no element's strings name; must stay empty, so that a new widget's strings get a type of their own. */
type Unclaimed = Exclude<
  StringKey,
  keyof (PressArchivesStrings &
    PressCategoriesStrings &
    PressRecentCommentsStrings &
    PressMenuStrings &
    PressCommentCountStrings &
    PressCommentFormStrings &
    PressCommentsStrings)
>;
// A key in Unclaimed fails to compile here, naming itself.
export const everyStringClaimed: Unclaimed extends never ? true : Unclaimed = true;
