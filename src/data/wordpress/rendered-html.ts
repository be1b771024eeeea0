// What a page that WordPress rendered says, read by its markup with the data layer's tokenizer
// (never by the HTML parser: no server markup reaches the page): its error page, a post's page,
// a comment awaiting moderation.
import { htmlText, tokens, type Token } from '../html-reader.js';
import { kit } from './kit.js';

type StartTag = Extract<Token, { type: 'start' }>;

const classList = (tag: StartTag): string[] => (tag.attributes.get('class') ?? '').split(/\s+/);

/**
 * Whether an element of `page` is one that `matches`: what a page is, read by its markup (the
 * data layer's tokenizer), never by words that its text may quote (a comment that names a class).
 */
function hasElement(page: string, matches: (tag: StartTag) => boolean): boolean {
  for (const token of tokens(page)) if (token.type === 'start' && matches(token)) return true;
  return false;
}

/** Whether `page` is WordPress's error page (`wp_die()`): its message is in a `.wp-die-message`. */
export const diePage = (page: string): boolean => hasElement(page, (tag) => classList(tag).includes('wp-die-message'));

/** Whether `page` shows a comment as awaiting moderation (WordPress's `.comment-awaiting-moderation`). */
export const awaitingModeration = (page: string): boolean => hasElement(page, (tag) => classList(tag).includes('comment-awaiting-moderation'));

/** Letters and digits only: WordPress's typography (curly quotes, dashes) does not count. */
const gist = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

/** Whether `page` shows `comment` (plain text): by its letters and digits, or, if it has none (emoji), as typed. */
export function shows(page: string, comment: string): boolean {
  const pageText = htmlText(page);
  const letters = gist(comment);
  if (letters) return gist(pageText).includes(letters);
  return comment !== '' && pageText.includes(comment);
}

/**
 * Whether `url` and `page` (on the site's origin) are a page of post `postId`: `?p=N` or
 * `?page_id=N`, or the markers WordPress prints on that page only: `postid-N` or `page-id-N` in
 * the `<body>`'s class (`body_class()`), the comment form's `comment_post_ID`. Not
 * `<article id="post-N">`: `post_class()` prints it on every listing that shows the post.
 */
export function postPage(url: URL, page: string, postId: string): boolean {
  if (!/^\d+$/.test(postId)) return false;
  if (url.searchParams.get('p') === postId || url.searchParams.get('page_id') === postId) return true;
  return hasElement(page, (tag) => {
    const { name, attributes } = tag;
    const classes = classList(tag);
    return (
      (name === 'body' && (classes.includes(`postid-${postId}`) || classes.includes(`page-id-${postId}`))) ||
      (name === 'input' && attributes.get('name') === 'comment_post_ID' && attributes.get('value') === postId)
    );
  });
}

/**
 * The message of an error page as plain text: WordPress's `.wp-die-message` (up to its first
 * `</div>`, without a `javascript:` link: WordPress's "« Back"), else the first `<h1>`. Read by
 * the data layer's tokenizer, in one pass, never by the HTML parser: no server markup reaches the
 * page. Tags are dropped, as in `<strong>Error</strong>: …`. `wordpress`: the page is WordPress's
 * ({@link diePage}).
 */
export function pageMessage(page: string, wordpress: boolean): string {
  const ends = wordpress ? 'div' : 'h1';
  const message: string[] = [];
  let inside = false;
  let backLink = false;
  for (const token of tokens(page)) {
    if (token.type === 'text') {
      if (inside && !backLink) message.push(token.text);
    } else if (!inside) {
      inside = token.type === 'start' && (wordpress ? classList(token).includes('wp-die-message') : token.name === 'h1');
    } else if (token.type === 'end' && token.name === ends) {
      break;
    } else if (token.name === 'a') {
      backLink = token.type === 'start' && /^\s*javascript:/i.test(token.attributes.get('href') ?? '');
    }
  }
  return kit.decodeEntities(message.join('')).replace(/\s+/g, ' ').trim();
}
