// The gallery's specimens as data: each section, each state, what its frame holds (the markup a
// site owner writes) and its caption. gallery.ts draws them (gallery-render.ts) and each docs page
// shows its element's section. A new state is one entry here; nothing else lists them.
// In captions, intros and titles, `backticks` are code.

/** An element as written in a page: attributes in order (`true` for a boolean one), then children. */
export interface Tag {
  tag: string;
  attributes: Record<string, string | true>;
  children: Markup[];
}
export type Markup = Tag | string;

const h = (tag: string, attributes: Tag['attributes'] = {}, ...children: Markup[]): Tag => ({ tag, attributes, children });

export interface Specimen {
  /** The caption: the state's name. */
  state: string;
  /** The caption's second line. */
  note?: string;
  /** A sidebar column, or a wide or 280px container (the menu's two layouts); else a plain frame. */
  frame?: 'sidebar' | 'frame-wide' | 'frame-narrow';
  /** The frame's language, when the language is the state. */
  lang?: string;
  /** The frame's direction, with `lang`, as WordPress's `language_attributes()` prints both on a right-to-left page. */
  dir?: 'rtl';
  content: Markup[];
}

export interface Group {
  /** A sub-heading above the group. */
  heading?: { id: string; text: string };
  /** Wider columns, for the menus and the forms. */
  layout?: 'wide' | 'forms';
  specimens: Specimen[];
}

export interface Section {
  /** The anchor other pages link to: gallery.html#id. */
  id: string;
  /** Its name in the table of contents. */
  toc: string;
  title: string;
  intro: string;
  /** The element whose docs page (docs.html?element=…) shows these specimens as its states. */
  element?: string;
  /** The language of a right-to-left section; its captions stay English. */
  rtl?: string;
  groups: Group[];
}

/**
 * The feeds the states read: demo/feeds/ and the fake endpoints of demo-server.ts. `data-state`
 * marks the sites gallery.ts drives: it restarts "loading" ones, replays "slow" ones and gives each
 * "flaky" one a key of its own.
 */
const FEED = {
  ready: { src: './feeds/ready.json' },
  hang: { src: '/demo-api/hang.json', 'data-state': 'loading' },
  slow: { src: '/demo-api/slow.json?ms=3000', 'data-state': 'slow' },
  empty: { src: './feeds/empty.json' },
  broken: { src: '/demo-api/broken.json' },
  flaky: { src: '/demo-api/flaky.json?key=static', 'data-state': 'flaky' },
  many: { src: './feeds/many.json' },
  long: { src: './feeds/long.json' },
  rtl: { src: './feeds/rtl.json' },
  languages: { src: './feeds/languages.json' },
};

const site = (feed: Tag['attributes'], ...children: Markup[]): Tag => h('press-site', feed, ...children);

/** Loading to error, in this order: the states every widget that reads a feed goes through, each on a feed of its own. */
const LIFE = [
  { state: 'Loading', feed: FEED.hang, note: 'The feed never answers.' },
  { state: 'Loading, then ready', feed: FEED.slow, note: 'The feed answers after 3\u00a0s; nothing should move. “Replay” in the controls.' },
  { state: 'Empty', feed: FEED.empty, note: 'The feed’s lists are empty.' },
  { state: 'Error', feed: FEED.broken, note: 'The feed answers 500; Retry fails again.' },
  { state: 'Error, Retry recovers', feed: FEED.flaky, note: 'The first request fails; press Retry.' },
];

/** The LIFE states of one widget; `widget` is given the state's name. */
const life = (widget: (state: string) => Tag, frame?: Specimen['frame']): Specimen[] =>
  LIFE.map(({ state, feed, note }) => ({ state, note, frame, content: [site(feed, widget(state))] }));

const categories = (attributes: Tag['attributes'] = { 'show-counts': true, 'show-empty': true }, ...children: Markup[]): Tag =>
  h('press-categories', attributes, ...children);
const archives = (attributes: Tag['attributes'] = { 'show-counts': true }, ...children: Markup[]): Tag => h('press-archives', attributes, ...children);
const recentComments = (attributes: Tag['attributes'] = { 'show-date': true, 'show-excerpt': true, 'show-avatar': true }, ...children: Markup[]): Tag =>
  h('press-recent-comments', attributes, ...children);
/** Each menu has a label of its own (a page has one landmark per menu), after its state. */
const menu = (state: string, ...children: Markup[]): Tag => h('press-menu', { label: `Sample menu: ${state.toLowerCase()}` }, ...children);
const commentForm = (attributes: Tag['attributes'] = {}): Tag => h('press-comment-form', { 'post-id': '4127', ...attributes });
const postingTo = (query: string): Tag => commentForm({ action: `/demo-api/wp-comments-post.php?${query}` });
/** A post's thread; each post id of the feeds' `threads` is one state (see demo/feeds/ready.json). */
const thread = (postId: string, attributes: Tag['attributes'] = {}, ...children: Markup[]): Tag =>
  h('press-comments', { 'post-id': postId, ...attributes }, ...children);

/** WordPress's `wp_list_comments()` markup (html5) for one comment and its replies, as a theme prints it. */
const markupComment = (id: number, author: string, date: string, text: string, ...replies: Tag[]): Tag =>
  h(
    'li',
    { id: `comment-${String(id)}`, class: replies.length ? 'comment parent' : 'comment' },
    h(
      'article',
      { id: `div-comment-${String(id)}`, class: 'comment-body' },
      h(
        'footer',
        { class: 'comment-meta' },
        h('div', { class: 'comment-author vcard' }, h('b', { class: 'fn' }, author), ' ', h('span', { class: 'says' }, 'says:')),
        h('div', { class: 'comment-metadata' }, h('a', { href: `#comment-${String(id)}` }, h('time', { datetime: date }, date.slice(0, 10)))),
      ),
      h('div', { class: 'comment-content' }, h('p', {}, text)),
    ),
    ...(replies.length ? [h('ol', { class: 'children' }, ...replies)] : []),
  );
const commentListMarkup = (): Tag[] => [
  h('h2', { class: 'comments-title' }, '3 responses to “Japan’s ispace Fails Second Lunar Landing Attempt”'),
  h(
    'ol',
    { class: 'comment-list' },
    markupComment(
      31,
      'Ann Lee',
      '2025-06-06T10:14:00+00:00',
      'Reaching the surface at all is further than most get.',
      markupComment(32, 'Bo Mitchell', '2025-06-06T12:40:00+00:00', 'Same family of problem as 2023.'),
    ),
    markupComment(33, 'Søren Ødegård', '2025-06-07T08:47:00+00:00', 'The whole difficulty in one sentence.'),
  ),
];

/** The three sidebar widgets as a theme's sidebar has them. */
const sidebar = (): Tag[] => [recentComments({}), archives(), categories()];

function inLanguage(lang: string, language: string): Group {
  const feed = { lang, ...FEED.many };
  return {
    heading: { id: `lang-${lang}`, text: `${language}: \`<press-site lang="${lang}">\`` },
    specimens: [
      { state: 'Archives', content: [site(feed, archives({ 'show-counts': true, limit: '6' }))] },
      { state: 'Archives, yearly dropdown', content: [site(feed, archives({ dropdown: true, 'show-counts': true, type: 'yearly' }))] },
      { state: 'Categories', note: '“Economy” has 12,480 posts.', content: [site(feed, categories({ 'show-counts': true, 'top-level-only': true }))] },
      { state: 'Recent comments', content: [site(feed, recentComments({ number: '3', 'show-date': true }))] },
    ],
  };
}

/** The comment counts of demo/feeds/languages.json: 0, 1, 2, 5, 22 and 101, where languages' plural forms differ. */
const COUNTED_POSTS = ['4200', '4201', '4202', '4203', '4204', '4205'];

/**
 * One sidebar, and a short thread with its form, in the language of the page: `lang` is the
 * page's (WordPress prints its locale, `zh_CN`, as `zh-CN`).
 */
const inPageLanguage = (state: string, lang: string, note: string, dir?: 'rtl'): Specimen => ({
  state,
  note: `\`<html lang="${lang}"${dir ? ` dir="${dir}"` : ''}>\`. ${note}`,
  frame: 'sidebar',
  lang,
  dir,
  content: [
    site(
      FEED.languages,
      archives(),
      categories(),
      recentComments({ 'show-date': true, 'show-excerpt': true }),
      h('ul', { class: 'comment-counts' }, ...COUNTED_POSTS.map((postId) => h('li', {}, h('press-comment-count', { 'post-id': postId })))),
      thread('4210'),
      commentForm({ 'post-id': '4210' }),
    ),
  ],
});

export const SECTIONS: Section[] = [
  {
    id: 'overview',
    toc: 'Sidebar',
    title: 'Together, as in a theme’s sidebar',
    intro: 'The three sidebar widgets with the seed page’s data and a few comments, one feed for all of them.',
    groups: [
      {
        specimens: [
          { state: 'Ready', frame: 'sidebar', content: [site(FEED.ready, ...sidebar())] },
          { state: 'Loading', note: 'Three skeletons at once.', frame: 'sidebar', content: [site(FEED.hang, ...sidebar())] },
          { state: 'Empty', frame: 'sidebar', content: [site(FEED.empty, ...sidebar())] },
          { state: 'Error', note: 'Each widget has its own Retry.', frame: 'sidebar', content: [site(FEED.broken, ...sidebar())] },
        ],
      },
    ],
  },
  {
    id: 'categories',
    toc: 'Categories',
    title: '`press-categories`',
    intro: 'Like WordPress’s Categories widget: by name, “Company News (82)”, children nested, or a “Select Category” dropdown.',
    element: 'press-categories',
    groups: [
      {
        specimens: [
          { state: 'Ready', content: [site(FEED.ready, categories())] },
          ...life(() => categories()),
          { state: 'Many items', note: '40 categories, shown flat (without `hierarchical`).', content: [site(FEED.many, categories())] },
          { state: 'Long names', note: 'Names that wrap, names that cannot, big numbers.', content: [site(FEED.long, categories())] },
          {
            state: 'Hierarchical, many',
            note: '40 categories in three levels; parents’ counts include their children’s.',
            content: [site(FEED.many, categories({ 'show-counts': true, hierarchical: true }))],
          },
          { state: 'Top level only', content: [site(FEED.many, categories({ 'show-counts': true, 'top-level-only': true }))] },
          { state: 'Without counts, empty ones hidden', note: 'The defaults: “Uncategorized (0)” is left out.', content: [site(FEED.ready, categories({}))] },
          {
            state: 'Dropdown',
            note: '“Select Category”; choosing one opens it.',
            content: [site(FEED.ready, categories({ dropdown: true, 'show-counts': true }))],
          },
          { state: 'Dropdown, hierarchical', content: [site(FEED.many, categories({ dropdown: true, 'show-counts': true, hierarchical: true }))] },
          { state: 'Custom heading', content: [site(FEED.ready, categories({ heading: 'Topics', 'show-counts': true }))] },
          { state: 'No heading', note: '`heading=""` hides it.', content: [site(FEED.ready, categories({ heading: '', 'show-counts': true }))] },
          {
            state: 'WordPress markup, no feed',
            note: 'Wraps the HTML WordPress renders; that is the first paint and the data.',
            content: [
              categories(
                { 'show-counts': true },
                h('h2', { class: 'widget-title' }, 'Categories'),
                h(
                  'ul',
                  {},
                  h('li', { class: 'cat-item cat-item-3' }, h('a', { href: '/category/company-news/' }, 'Company News'), ' (82)'),
                  h('li', { class: 'cat-item cat-item-7' }, h('a', { href: '/category/crypto-currency/' }, 'Crypto Currency'), ' (23)'),
                  h('li', { class: 'cat-item cat-item-1' }, h('a', { href: '/category/uncategorized/' }, 'Uncategorized'), ' (0)'),
                ),
              ),
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'archives',
    toc: 'Archives',
    title: '`press-archives`',
    intro: 'Like `wp_get_archives`: “July 2025” → `/2025/07/`, newest first, “Select Month” dropdown.',
    element: 'press-archives',
    groups: [
      {
        specimens: [
          { state: 'Ready', content: [site(FEED.ready, archives())] },
          ...life(() => archives()),
          { state: 'Many items', note: '36 months.', content: [site(FEED.many, archives())] },
          { state: 'Long names', note: 'Big post counts.', content: [site(FEED.long, archives())] },
          { state: 'Without counts', content: [site(FEED.ready, archives({}))] },
          { state: 'Limit 12', content: [site(FEED.many, archives({ 'show-counts': true, limit: '12' }))] },
          { state: 'Yearly', content: [site(FEED.many, archives({ 'show-counts': true, type: 'yearly' }))] },
          { state: 'Dropdown', note: '“Select Month”; choosing one opens it.', content: [site(FEED.ready, archives({ dropdown: true, 'show-counts': true }))] },
          { state: 'Dropdown, many', content: [site(FEED.many, archives({ dropdown: true, 'show-counts': true }))] },
          { state: 'Dropdown, yearly', content: [site(FEED.many, archives({ dropdown: true, type: 'yearly' }))] },
          {
            state: 'WordPress markup, no feed',
            content: [
              archives(
                { 'show-counts': true },
                h('h2', { class: 'widget-title' }, 'Archives'),
                h(
                  'ul',
                  {},
                  h('li', {}, h('a', { href: '/2025/07/' }, 'July 2025'), '\u00a0(429)'),
                  h('li', {}, h('a', { href: '/2025/06/' }, 'June 2025'), '\u00a0(131)'),
                ),
              ),
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'recent-comments',
    toc: 'Recent comments',
    title: '`press-recent-comments`',
    intro: 'Like the Latest Comments block: “Author on Post title”, up to `number` (default 5), with optional date, excerpt and avatar.',
    element: 'press-recent-comments',
    groups: [
      {
        specimens: [
          { state: 'Ready', content: [site(FEED.ready, recentComments())] },
          ...life(() => recentComments()),
          {
            state: 'Many items',
            note: '20 comments, `number="20"`.',
            content: [site(FEED.many, recentComments({ number: '20', 'show-date': true, 'show-excerpt': true, 'show-avatar': true }))],
          },
          { state: 'Long names', note: 'Names that wrap, names that cannot, big numbers.', content: [site(FEED.long, recentComments())] },
          { state: 'Plain', note: 'The defaults: author and post title only.', content: [site(FEED.ready, recentComments({}))] },
          { state: 'Many, default number', note: '20 in the feed, the first 5 shown.', content: [site(FEED.many, recentComments({ 'show-date': true }))] },
          { state: 'No comments on the site', note: 'The seed page’s state before its thread.', content: [site(FEED.empty, recentComments({}))] },
          {
            state: 'WordPress markup, no feed',
            note: 'The classic widget’s HTML.',
            content: [
              recentComments(
                {},
                h('h2', { class: 'widget-title' }, 'Recent Comments'),
                h(
                  'ul',
                  { id: 'recentcomments' },
                  h(
                    'li',
                    { class: 'recentcomments' },
                    h(
                      'span',
                      { class: 'comment-author-link' },
                      h('a', { href: 'https://ann.example/', class: 'url', rel: 'ugc external nofollow' }, 'Ann Lee'),
                    ),
                    ' on ',
                    h(
                      'a',
                      { href: '/2025/06/06/japans-ispace-fails-second-lunar-landing-attempt-with-resilience-lander/#comment-9' },
                      'Japan’s ispace Fails Second Lunar Landing Attempt with Resilience Lander',
                    ),
                  ),
                ),
              ),
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'menu',
    toc: 'Menu',
    title: '`press-menu`',
    intro:
      'Like `wp_nav_menu` with the `_s` toggle: a “Menu” button in narrow containers, sub-menus, Escape and outside click close it, `aria-current="page"` on the current link.',
    element: 'press-menu',
    groups: [
      {
        layout: 'wide',
        specimens: [
          { state: 'Wide container, ready', note: 'The seed site’s menu.', frame: 'frame-wide', content: [site(FEED.ready, menu('Wide container, ready'))] },
          {
            state: 'Narrow container (280px), ready',
            note: 'The “Menu” toggle shows.',
            frame: 'frame-narrow',
            content: [site(FEED.ready, menu('Narrow container (280px), ready'))],
          },
          {
            state: 'Wide, sub-menus and current page',
            note: 'Three levels; “Gallery (this page)” is the current page.',
            frame: 'frame-wide',
            content: [site(FEED.many, menu('Wide, sub-menus and current page'))],
          },
          { state: 'Narrow (280px), sub-menus', frame: 'frame-narrow', content: [site(FEED.many, menu('Narrow (280px), sub-menus'))] },
          { state: 'Wide, long labels', frame: 'frame-wide', content: [site(FEED.long, menu('Wide, long labels'))] },
          { state: 'Narrow (280px), long labels', frame: 'frame-narrow', content: [site(FEED.long, menu('Narrow (280px), long labels'))] },
          ...life(menu, 'frame-wide'),
          {
            state: 'WordPress markup, no feed',
            frame: 'frame-wide',
            content: [
              menu(
                'WordPress markup, no feed',
                h(
                  'ul',
                  { id: 'primary-menu', class: 'menu' },
                  h('li', { class: 'menu-item' }, h('a', { href: '/' }, 'Home')),
                  h(
                    'li',
                    { class: 'menu-item menu-item-has-children' },
                    h('a', { href: '/category/company-news/' }, 'Company News'),
                    h('ul', { class: 'sub-menu' }, h('li', { class: 'menu-item' }, h('a', { href: '/category/earnings-calls/' }, 'Earnings Calls'))),
                  ),
                  h('li', { class: 'menu-item' }, h('a', { href: '/category/crypto-currency/' }, 'Crypto Currency')),
                ),
              ),
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'comment-form',
    toc: 'Comment form',
    title: '`press-comment-form`',
    intro:
      'Like `comment_form()`: comment, name, email, website, consent. Each form below posts to the demo’s `wp-comments-post.php`, which answers the way WordPress does; submit one to see the outcome.',
    element: 'press-comment-form',
    groups: [
      {
        layout: 'forms',
        specimens: [
          {
            state: 'New comment (held for moderation)',
            note: 'The feed’s action: a valid comment comes back as “awaiting moderation” (302 to `?unapproved=N&moderation-hash=…`). Send the same comment twice for WordPress’s “Duplicate comment” error. Type, then reload the page: the draft comes back. Ctrl+Enter posts.',
            content: [site(FEED.ready, commentForm())],
          },
          {
            state: 'Reply to a comment',
            note: '“Leave a Reply to Ann Lee” and “Cancel reply”.',
            content: [site(FEED.ready, commentForm({ 'reply-to': '9', 'reply-author': 'Ann Lee' }))],
          },
          {
            state: 'WordPress’s own reply links',
            note: 'A theme’s comment with `a.comment-reply-link`: “Reply” moves the form under it, as `comment-reply.js` does; “Cancel reply” puts it back.',
            content: [
              h(
                'ol',
                { class: 'comment-list' },
                h(
                  'li',
                  { id: 'comment-9', class: 'comment' },
                  h(
                    'article',
                    { id: 'div-comment-9', class: 'comment-body' },
                    h('p', { class: 'comment-author vcard' }, h('b', { class: 'fn' }, 'Ann Lee'), ' says:'),
                    h('p', {}, 'Great summary, thanks.'),
                    h(
                      'p',
                      { class: 'reply' },
                      h(
                        'a',
                        {
                          rel: 'nofollow',
                          class: 'comment-reply-link',
                          href: '?replytocom=9#respond',
                          'data-commentid': '9',
                          'data-postid': '4126',
                          'data-belowelement': 'div-comment-9',
                          'data-respondelement': 'respond',
                          'data-replyto': 'Reply to Ann Lee',
                          'aria-label': 'Reply to Ann Lee',
                        },
                        'Reply',
                      ),
                    ),
                  ),
                ),
              ),
              site(FEED.ready, commentForm({ 'post-id': '4126' })),
            ],
          },
          {
            state: 'Logged in',
            note: 'A WordPress page that prints its REST nonce (`rest-nonce`, or `wpApiSettings.nonce`): “Logged in as Redaktion.”, no name or email fields, and the comment published at once.',
            content: [commentForm({ api: '/demo-wp/wp-json/', 'rest-nonce': 'demo-rest-nonce' })],
          },
          { state: 'Approved at once', note: 'The site publishes it: 302 to `#comment-N`.', content: [site(FEED.ready, postingTo('outcome=approved'))] },
          { state: 'Posting too quickly', note: 'WordPress’s 429 page.', content: [site(FEED.ready, postingTo('outcome=flood'))] },
          { state: 'Server error', note: 'A 500: the comment stays in the form, with “Try again”.', content: [site(FEED.ready, postingTo('outcome=error'))] },
          {
            state: 'Network failure',
            note: 'The connection is cut: the comment stays, with “Try again” (it may have arrived: the next attempt is never a second copy).',
            content: [site(FEED.ready, postingTo('outcome=drop'))],
          },
          {
            state: 'Name and email optional',
            note: 'As when “Comment author must fill out name and email” is off.',
            content: [site(FEED.ready, commentForm({ 'require-name-email': 'false', action: '/demo-api/wp-comments-post.php?require-name-email=off' }))],
          },
          { state: 'Without the cookies consent box', content: [site(FEED.ready, commentForm({ 'cookies-opt-in': 'false' }))] },
          {
            state: 'Loading where to post',
            note: 'No `post-id` or `action` of its own; the feed that has them never answers.',
            content: [site(FEED.hang, h('press-comment-form'))],
          },
          { state: 'Error: where to post', note: 'The feed that says where to post answers 500.', content: [site(FEED.broken, h('press-comment-form'))] },
        ],
      },
    ],
  },
  {
    id: 'comments',
    toc: 'Comments',
    title: '`press-comments`',
    intro:
      'Like `wp_list_comments()` under a post: “9 responses to “…””, avatars, authors, dates linking to the comment, the text with WordPress’s allowed tags, replies nested to the site’s depth, Reply, pages with Older and Newer. The data is the feeds’ `threads`.',
    element: 'press-comments',
    groups: [
      {
        layout: 'forms',
        specimens: [
          {
            state: 'Ready, with the form',
            note: 'Replies nested five deep, a link, `<em>` and `<blockquote>`, non-Latin names. Reply moves the form under the comment; “Cancel reply” puts it back; a comment sent appears at its place.',
            content: [site(FEED.ready, thread('4130'), commentForm({ 'post-id': '4130' }))],
          },
          {
            state: 'Threading off',
            note: '`threaded="false"`: every comment at one level, oldest first, no Reply (as with “Enable threaded comments” off).',
            content: [site(FEED.ready, thread('4130', { threaded: 'false' }))],
          },
          {
            state: 'Depth 2, newest first',
            note: '`depth="2" order="desc"`: deeper replies join the second level, as WordPress attaches them.',
            content: [site(FEED.ready, thread('4130', { depth: '2', order: 'desc' }))],
          },
          {
            state: 'Paged, newest page first',
            note: '`per-page="5"`: 12 top-level comments in three pages; WordPress shows the last one first, with “« Older Comments”.',
            content: [site(FEED.ready, thread('4133', { 'per-page': '5' }))],
          },
          {
            state: 'Paged, oldest page first',
            note: '`per-page="5" default-page="oldest"`: page 1, with “Newer Comments »”.',
            content: [site(FEED.ready, thread('4133', { 'per-page': '5', 'default-page': 'oldest' }))],
          },
          {
            state: 'Paged, a middle page',
            note: '`per-page="5" page="2"`: both links.',
            content: [site(FEED.ready, thread('4133', { 'per-page': '5', page: '2' }))],
          },
          {
            state: 'Comments closed',
            note: 'The post no longer takes comments: “Comments are closed.” under them, no Reply.',
            content: [site(FEED.ready, thread('4132'))],
          },
          {
            state: 'Held comment (its author’s preview)',
            note: 'A comment the site held for moderation shows only here, to its author, with WordPress’s notice. The gallery sends one through the form below when the thread is shown; send another to see it again.',
            content: [site(FEED.ready, thread('4131', { 'data-state': 'held' }), commentForm({ 'post-id': '4131' }))],
          },
          { state: 'No comments yet', note: 'A thread with no comments: nothing to show until the first one.', content: [site(FEED.ready, thread('4134'))] },
          ...life(() => thread('4130')).filter((specimen) => specimen.state !== 'Empty'),
          {
            state: 'No thread for the post',
            note: 'The feed has no `threads` entry for the post: an error with Retry, as for a list the feed lacks.',
            content: [site(FEED.empty, thread('4130'))],
          },
          {
            state: 'WordPress markup, no feed',
            note: 'Wraps the theme’s `ol.comment-list`: that is the first paint and the data.',
            content: [h('press-comments', {}, ...commentListMarkup())],
          },
          {
            state: 'WordPress markup, the feed fails',
            note: 'The feed answers 500: the theme’s markup stays as it is.',
            content: [site(FEED.broken, thread('4130', {}, ...commentListMarkup()))],
          },
          {
            state: 'Right to left',
            note: 'Arabic and Hebrew names and text, an English comment among them, `<div dir="rtl" lang="ar">`.',
            content: [h('div', { dir: 'rtl', lang: 'ar' }, site(FEED.rtl, thread('4140')))],
          },
          {
            state: 'Long and hostile',
            note: 'Words that cannot wrap, `<script>`, `<img onerror>`, `javascript:` and `data:` links, an unclosed tag forty deep, bidi overrides, a name with markup, an invalid date: all shown as text or left out.',
            content: [site(FEED.long, thread('4135'))],
          },
        ],
      },
    ],
  },
  {
    id: 'comment-count',
    toc: 'Comment count',
    title: '`press-comment-count`',
    intro: 'Like `comments_number()` on a listing page: every count on the page from one request.',
    groups: [
      {
        specimens: [
          {
            state: 'Ready',
            note: '0, 1, 3 and 1,284 comments; the last linked.',
            content: [
              site(
                FEED.ready,
                h('p', {}, 'Post A · ', h('press-comment-count', { 'post-id': '4125' })),
                h('p', {}, 'Post B · ', h('press-comment-count', { 'post-id': '4126' })),
                h('p', {}, 'Post C · ', h('press-comment-count', { 'post-id': '4127' })),
                h('p', {}, 'Post D · ', h('press-comment-count', { 'post-id': '4124', href: '/2025/07/post-d/#comments' })),
              ),
            ],
          },
          {
            state: 'German',
            note: 'WordPress’s own strings, `lang="de"`.',
            lang: 'de',
            content: [
              site(
                FEED.ready,
                h('p', {}, 'Beitrag · ', h('press-comment-count', { 'post-id': '4125' })),
                h('p', {}, 'Beitrag · ', h('press-comment-count', { 'post-id': '4124' })),
              ),
            ],
          },
          {
            state: 'Loading',
            note: 'The feed never answers.',
            content: [h('p', {}, 'Post · ', h('press-comment-count', { src: FEED.hang.src, 'post-id': '4127' }))],
          },
          {
            state: 'Error',
            note: 'The feed answers 500: Retry.',
            content: [h('p', {}, 'Post · ', h('press-comment-count', { src: FEED.broken.src, 'post-id': '4127' }))],
          },
        ],
      },
    ],
  },
  {
    id: 'rtl',
    toc: 'Right to left',
    title: 'Right to left',
    intro: 'Arabic and Hebrew names inside `<div dir="rtl" lang="ar">`: the layout mirrors, numbers and month names follow the language.',
    rtl: 'ar',
    groups: [
      {
        specimens: [
          { state: 'Categories, hierarchical', content: [site(FEED.rtl, categories({ 'show-counts': true, 'show-empty': true, hierarchical: true }))] },
          { state: 'Categories, dropdown', content: [site(FEED.rtl, categories({ dropdown: true, 'show-counts': true }))] },
          { state: 'Archives', content: [site(FEED.rtl, archives())] },
          { state: 'Archives, dropdown', content: [site(FEED.rtl, archives({ dropdown: true, 'show-counts': true }))] },
          { state: 'Recent comments', content: [site(FEED.rtl, recentComments({ 'show-date': true, 'show-excerpt': true }))] },
          { state: 'Error', content: [site(FEED.broken, categories({}))] },
        ],
      },
      {
        layout: 'wide',
        specimens: [
          { state: 'Menu, wide', frame: 'frame-wide', content: [site(FEED.rtl, menu('Wide'))] },
          { state: 'Menu, narrow (280px)', frame: 'frame-narrow', content: [site(FEED.rtl, menu('Narrow (280px)'))] },
          { state: 'Comment form', content: [site(FEED.rtl, commentForm())] },
          { state: 'Comments', content: [site(FEED.rtl, thread('4140'))] },
        ],
      },
    ],
  },
  {
    id: 'languages',
    toc: 'Languages',
    title: 'Languages',
    intro:
      'The widgets speak the page’s language: WordPress’s own translations (63 locales, docs/languages.md says which strings each has), counted strings in each language’s plural forms, month names, dates and numbers through `Intl`. One feed (`feeds/languages.json`) for every language: names in Chinese, Thai, Georgian and Japanese that have to wrap, comment counts of 0, 1, 2, 5, 22 and 101.',
    groups: [
      {
        heading: { id: 'languages-sidebar', text: 'The same sidebar, thread and form in six languages' },
        layout: 'forms',
        specimens: [
          inPageLanguage(
            'Arabic',
            'ar',
            'Right to left. The title takes the form for two of ar.mo’s six; the counts are WordPress’s `comments_number()`: one string above 1.',
            'rtl',
          ),
          inPageLanguage('Chinese (China)', 'zh-CN', 'One form for every number.'),
          inPageLanguage(
            'Polish',
            'pl-PL',
            'The counts are WordPress’s Polish `comments_number()`: one string above 1, “2 komentarzy” as WordPress prints it.',
          ),
          inPageLanguage('Russian', 'ru-RU', 'The counts take ru_RU’s forms: 1 and 101, 2 and 22, 5.'),
          inPageLanguage('Hebrew', 'he-IL', 'Right to left.', 'rtl'),
          inPageLanguage('Japanese', 'ja', 'Our own translation, every string.'),
        ],
      },
      inLanguage('de', 'German'),
      inLanguage('ja', 'Japanese'),
    ],
  },
];
