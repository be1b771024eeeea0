// The press-widgets WordPress plugin's feed, `press/v1/feed` (wordpress/press-widgets/): every list
// of the site in one cacheable answer, with the comment counts and the thread a page asks for.
import { list, record, type Fields, type RestApi } from './rest.js';
import { siteOf } from './site.js';

const ROUTE = 'press/v1/feed';
/** The lists every answer of the feed holds; an answer without any of them is not the plugin's. */
const LISTS = ['menu', 'archives', 'categories', 'comments'];
/** Recent comments asked for: as many as the widget shows at most, and as REST is read for it. */
const COMMENTS = 100;
/** Post ids one answer counts at most (the plugin's MAX_COUNTED_POSTS). */
const MAX_COUNTED = 100;

/** What a widget needs of the feed besides the lists, which every answer holds. */
export interface Need {
  /** A post whose comment count is needed. */
  post?: number;
  /** A post whose conversation is needed. */
  thread?: number;
}

interface Sent {
  posts: Set<number>;
  thread?: number;
  answer: Promise<Fields | undefined>;
}

type Asked = [need: Need, give: (answer: Promise<Fields | undefined>) => void];

/**
 * The plugin's feed for what a widget needs: `undefined` when the site has no plugin (its REST index
 * lists no `press/v1`) or when the feed fails or is of another shape (then once a console warning):
 * the caller reads core REST instead. What is asked while the index loads, or in one task after,
 * goes out as one request (the widgets of a page start together): the lists, the counts of every
 * post asked, one thread (another thread asked with it goes out on its own: the route takes one).
 * An answer that already holds what is needed serves it.
 */
export function pluginFeed(api: RestApi): (need: Need) => Promise<Fields | undefined> {
  const sent: Sent[] = [];
  let batch: Asked[] | undefined;
  /**
   * Whether to read the feed: the index lists the plugin, and no answer of the feed has failed. An
   * index that fails (some security plugins hide it from visitors) says nothing of a plugin. Decided
   * once for the page: a widget that loads later must not wait for a hanging site again.
   */
  let usable: Promise<boolean> | undefined;
  let givenUp = false;

  const fetchFeed = async (posts: Set<number>, thread: number | undefined): Promise<Fields | undefined> => {
    const params: Record<string, string | number> = { comments: COMMENTS };
    if (posts.size) params.posts = [...posts].sort((a, b) => a - b).join(',');
    if (thread !== undefined) params.thread = thread;
    try {
      const feed = record((await api.page(ROUTE, params)).body);
      if (listsMissing(feed).length) throw new Error('it is not a press-widgets feed');
      return feed;
    } catch (error) {
      if (!givenUp)
        console.warn(`press-widgets: the press-widgets plugin's feed of ${api.origin} failed (${String(error)}); reading WordPress's REST API instead.`);
      givenUp = true;
      usable = Promise.resolve(false);
      return undefined;
    }
  };

  const send = (asked: Asked[]): void => {
    const posts = new Set([...new Set(asked.flatMap(([need]) => need.post ?? []))].slice(0, MAX_COUNTED));
    const threads = [...new Set(asked.flatMap(([need]) => need.thread ?? []))];
    const requests = (threads.length ? threads : [undefined]).map((thread, i): Sent => {
      const carried = i ? new Set<number>() : posts;
      const request = { posts: carried, thread, answer: fetchFeed(carried, thread) };
      sent.push(request);
      return request;
    });
    for (const [need, give] of asked) {
      const request = requests.find((sending) => holds(sending, need));
      // A post past the most one answer counts: the next task's request.
      give(request ? request.answer : ask(need));
    }
  };

  const ask = async (need: Need): Promise<Fields | undefined> => {
    usable ??= siteOf(api).then(
      (site) => site.plugin,
      () => false,
    );
    if (!(await usable)) return undefined;
    const answered = sent.find((request) => holds(request, need));
    if (answered) return answered.answer;
    return new Promise((give) => {
      if (!batch) {
        const collecting: Asked[] = (batch = []);
        setTimeout(() => {
          batch = undefined;
          send(collecting);
        });
      }
      batch.push([need, give]);
    });
  };
  return ask;
}

const holds = (request: Sent, { post, thread }: Need): boolean =>
  (post === undefined || request.posts.has(post)) && (thread === undefined || request.thread === thread);

/** The feed's count for `post`: `undefined` when it has none (no such public post). */
export function countIn(feed: Fields, post: number): number | undefined {
  const counts = record(feed.commentCounts);
  const count = Object.hasOwn(counts, String(post)) ? counts[String(post)] : undefined;
  return Number.isSafeInteger(count) && (count as number) >= 0 ? (count as number) : undefined;
}

/** The feed's conversation of `post`, not yet normalized; `undefined` when it has none (or none that is an object). */
export function threadIn(feed: Fields, post: number): Fields | undefined {
  const threads = record(feed.threads);
  const thread = Object.hasOwn(threads, String(post)) ? threads[String(post)] : undefined;
  return typeof thread === 'object' && thread !== null && !Array.isArray(thread) ? (thread as Fields) : undefined;
}

/** The lists every answer of the plugin's feed holds that `feed` lacks: any means it is not the plugin's. */
export const listsMissing = (feed: Fields): string[] => LISTS.filter((key) => !Array.isArray(feed[key]));

/** The feed's list `key`, not yet normalized. */
export const listIn = (feed: Fields, key: string): unknown[] => list(feed[key]);
