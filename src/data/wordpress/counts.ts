// Counts that REST has no field for: the comments of many posts at once (every
// `press-comment-count` of a listing page), and the posts of a category's whole branch.
import { postStubs } from './archives.js';
import { kit } from './kit.js';
import { inTurns, MAX_PAGES, PER_PAGE, record, REQUESTS_AT_ONCE, wholeNumber, type Fields, type RestApi } from './rest.js';

/**
 * Parent categories whose branch is counted at most, one request each: a site (or a hostile `api`)
 * with a chain of 10,000 would otherwise cost 10,000 requests. The others' padded counts are added
 * up from their children's by the widget.
 */
const MAX_BRANCH_COUNTS = 200;

/** A post whose comment count was asked for, and who waits for it. */
type CountAsked = [post: number, give: (count: Promise<number | undefined>) => void];

/**
 * Comment counts, batched: the posts asked for in one task (every `press-comment-count` of a
 * listing page) share one request to `wp/v2/comments?post=1,2,3`, 100 comments a page, which
 * lists ids only. REST lists comments of type `comment` only: pingbacks, which WordPress's own
 * count includes, are not public. A post id that is no positive whole number has no count: in
 * the batch, WordPress would refuse it (400) and every count with it.
 */
export function commentCounter(api: RestApi): (postId: number) => Promise<number | undefined> {
  const ask = kit.batchedPerTask<CountAsked>((batch) => {
    const counts = countComments(
      api,
      [...new Set(batch.map(([post]) => post))].sort((a, b) => a - b),
    );
    for (const [post, give] of batch) give(counts.then((byPost) => byPost.get(post)));
  });
  return (postId) => {
    if (!Number.isSafeInteger(postId) || postId < 1) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      ask([postId, resolve]);
    });
  };
}

/**
 * The comments of each of `posts`, from the pages of their comments together; when those are more
 * than {@link MAX_PAGES}, which would leave counts short, from each post's `X-WP-Total`, a few
 * at a time (a post without that header has no count).
 */
async function countComments(api: RestApi, posts: number[]): Promise<Map<number, number>> {
  const route = 'wp/v2/comments';
  const params = { post: posts.join(','), _fields: 'post' };
  const first = await api.page(route, { ...params, per_page: PER_PAGE, page: 1 });
  const byPost = new Map<number, number>();
  if (first.totalPages <= MAX_PAGES) {
    for (const post of posts) byPost.set(post, 0);
    for (const { post } of (await api.all(route, params, first)).map(record)) {
      const count = byPost.get(Number(post));
      if (count !== undefined) byPost.set(Number(post), count + 1);
    }
    return byPost;
  }
  await inTurns(posts, REQUESTS_AT_ONCE, async (post) => {
    const { total } = await api.page(route, { post, per_page: 1, _fields: 'id' });
    if (total !== undefined) byPost.set(post, total);
    return true;
  });
  return byPost;
}

/**
 * Counts each parent category's branch. From the post list when it costs no more requests than
 * one count per parent (its page count is at most the sum of the categories' counts / 100) or when
 * the archives are reading it anyway, and the site is small enough to read it ({@link postStubs});
 * else one `posts?categories=<branch>` request per parent, a few at a time, whose `X-WP-Total` counts each post once however many of the branch's categories it is in.
 */
export async function branchTotals(api: RestApi, categories: Fields[]): Promise<Map<number, number>> {
  const parentOf = new Map<number, number>();
  const children = new Map<number, number[]>();
  let ownPosts = 0;
  for (const { id, parent, count } of categories) {
    const child = wholeNumber(id);
    const of = wholeNumber(parent);
    if (child !== undefined && of !== undefined && of !== child) {
      parentOf.set(child, of);
      const siblings = children.get(of);
      if (siblings) siblings.push(child);
      else children.set(of, [child]);
    }
    ownPosts += typeof count === 'number' ? count : 0;
  }
  const parents = [...children.keys()];
  if (parents.length === 0) return new Map();

  const posts = api.started('posts') || Math.ceil(ownPosts / PER_PAGE) <= parents.length ? await postStubs(api) : undefined;
  if (posts) {
    // Posts in the same categories are in the same branches: each set of categories is walked up
    // once, not once a post (10,000 posts at the foot of a chain 10,000 long).
    const postsIn = new Map<string, { categories: number[]; posts: number }>();
    for (const { categories } of posts) {
      const key = categories.join(',');
      const same = postsIn.get(key);
      if (same) same.posts++;
      else postsIn.set(key, { categories, posts: 1 });
    }
    const totals = new Map(parents.map((id) => [id, 0]));
    for (const { categories, posts: count } of postsIn.values()) {
      const branches = new Set<number>(); // every category the posts are in, or below: counted once
      for (const category of categories) {
        for (let at: number | undefined = category; at !== undefined && !branches.has(at); at = parentOf.get(at)) branches.add(at);
      }
      for (const id of branches) {
        const total = totals.get(id);
        if (total !== undefined) totals.set(id, total + count);
      }
    }
    return totals;
  }

  /** `id` and every category below it, once each: a loop in bad data ends (a Set's loop visits what is added). */
  const branch = (id: number): Set<number> => {
    const found = new Set([id]);
    for (const at of found) for (const child of children.get(at) ?? []) found.add(child);
    return found;
  };
  const totals = new Map<number, number>();
  await inTurns(parents.slice(0, MAX_BRANCH_COUNTS), REQUESTS_AT_ONCE, async (id) => {
    try {
      const { total } = await api.page('wp/v2/posts', { categories: [...branch(id)].join(','), per_page: 1, _fields: 'id' });
      if (total !== undefined) totals.set(id, total);
    } catch (error) {
      // A branch of thousands makes a URL too long for the server (414, 431): that parent goes
      // without, rather than the whole list.
      if (!(error instanceof kit.SourceError && (error.status === 400 || error.status === 414 || error.status === 431))) throw error;
    }
    return true;
  });
  return totals;
}
