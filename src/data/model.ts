import type { ThreadSettings } from './comment-thread.js';

/** One link of a navigation menu; `children` nest sub-menus. */
export interface MenuItem {
  label: string;
  url: string;
  children: MenuItem[];
}

/** One month of the archive, in the site's local time. `month` is 1–12. */
export interface ArchiveMonth {
  year: number;
  month: number;
  url: string;
  count?: number;
}

/**
 * One category; `parent` is 0 (or absent) for a top-level category. Once normalized, a list has
 * each id once, and every parent is a category of the list, with no loop of parents.
 */
export interface Category {
  id: number;
  name: string;
  url: string;
  /** Posts filed in this category itself. */
  count?: number;
  parent?: number;
  /**
   * Posts in this category or any below it, each counted once: the number WordPress shows for a
   * parent with `hierarchical` and counts. Without it the widget adds the children's counts up,
   * which counts twice a post filed in both a parent and its child.
   */
  totalCount?: number;
}

/** One approved comment, as the recent-comments panel shows it. */
export interface RecentComment {
  id: number;
  author: string;
  authorUrl?: string;
  /** Absolute URL of the author's avatar image, from the site's own data. */
  avatar?: string;
  postTitle: string;
  url: string;
  /** ISO 8601 date. */
  date?: string;
  excerpt?: string;
}

/** Where and for which post the comment form posts. */
/**
 * Where and how `press-comment-form` posts. On the page's own origin it posts to `action`
 * (`wp-comments-post.php`) as WordPress's form does; from any other origin, to `rest` when it is
 * known, as the REST API's JSON, since `wp-comments-post.php` sends no CORS headers.
 */
export interface CommentFormConfig {
  /** The classic form's target: `https://blog.example.com/wp-comments-post.php`. */
  action?: string;
  /** The post to comment on. */
  postId?: number;
  /** The REST API's comments endpoint: `https://blog.example.com/wp-json/wp/v2/comments`. */
  rest?: string;
}

/** The JSON feed: every field optional; unknown fields are ignored. */
export interface SiteFeed {
  menu?: MenuItem[];
  archives?: ArchiveMonth[];
  categories?: Category[];
  comments?: RecentComment[];
  commentForm?: CommentFormConfig;
  /** Approved comments per post id: `{ "123": 3 }`, for `press-comment-count`. */
  commentCounts?: Record<string, number>;
  /** Each post's conversation, by post id: `{ "123": { "title": …, "comments": [ … ] } }`, for `press-comments`. */
  threads?: Record<string, PostThread>;
}

/** One comment of a post's conversation, as the post page shows it. */
export interface ThreadedComment {
  id: number;
  /** The comment it answers; 0 for a comment on the post itself. */
  parent: number;
  author: string;
  authorUrl?: string;
  /** Absolute URL of the author's avatar image, from the site's own data. */
  avatar?: string;
  /**
   * When it was posted, ISO 8601 with the site's offset (`2026-12-06T09:30:00+01:00`): shown at the
   * time written there, as WordPress shows its local time; ordered by the instant. Without an
   * offset it is read as UTC.
   */
  date: string;
  /** Its text as WordPress renders it: HTML, of which WordPress's allowed tags for comments are shown and the rest as text. */
  content: string;
  /** Its permalink; `#comment-{id}` when absent. */
  url?: string;
  /** `pending`: held for moderation, shown only to its author (a comment just sent from this page). */
  status?: CommentStatus;
}

/** A post's conversation: its comments and what the post page needs to show them. */
export interface PostThread {
  /** The post's title, plain text: "3 responses to “{title}”". */
  title: string;
  /** The post still takes comments; `false`: "Comments are closed." and no Reply links. */
  open: boolean;
  /** The site shows avatars (WordPress's `show_avatars`). */
  avatars: boolean;
  /** The discussion settings the site tells; the element's attributes override them, WordPress's defaults fill the rest. */
  settings: ThreadSettings;
  comments: ThreadedComment[];
}

/** The lists a data widget can show, by feed field. */
export interface SiteLists {
  menu: MenuItem[];
  archives: ArchiveMonth[];
  categories: Category[];
  comments: RecentComment[];
}

export type ListKey = keyof SiteLists;

/** What the server did with a posted comment: published it, or held it for moderation. */
export type CommentStatus = 'approved' | 'pending';
