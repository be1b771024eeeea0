// Reading a WordPress site's REST API: pages of a collection, a few requests at a time, each load
// once, and the helpers that read its JSON without trusting its shape.
import { kit } from './kit.js';
import { endpoint, restRoot, type RestRoot } from './routes.js';

export const PER_PAGE = 100; // the REST API's maximum
/**
 * Requests of one list asked at once (month counts, pages). More would not come back sooner (a
 * small WordPress answers a few requests at a time) and would hold the browser's six connections to
 * the site, so that the other widgets' requests waited behind a hundred counts.
 */
export const REQUESTS_AT_ONCE = 4;
/**
 * Pages of one collection read at most, whatever `X-WP-TotalPages` says: 10,000 categories or
 * comments, more than any widget shows usefully (the bench draws 10,000 categories). A site with
 * more posts has its archives counted month by month instead (`posts` in archives.ts).
 */
export const MAX_PAGES = 100;

export interface Page {
  body: unknown;
  /** `X-WP-Total`: the items of the whole collection, counted by WordPress; `undefined` when it does not say. */
  total: number | undefined;
  totalPages: number;
}

export type Fields = Record<string, unknown>;
export const record = (value: unknown): Fields => (typeof value === 'object' && value !== null ? (value as Fields) : {});
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
export const wholeNumber = (value: unknown): number | undefined => (Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined);
/**
 * A header's whole number: its first value (a proxy may repeat it, `250, 250`), plain decimal
 * digits only (`0x10`, `1e2`, `-3` are none).
 */
const headerNumber = (value: string | null): number | undefined => {
  const first = (value ?? '').split(',')[0]?.trim() ?? '';
  return /^\d+$/.test(first) && Number.isSafeInteger(Number(first)) ? Number(first) : undefined;
};

/**
 * Calls `work` on each of `items` in order, at most `limit` at once; none is started after one
 * returned false or threw (its error is this call's).
 */
export async function inTurns<T>(items: readonly T[], limit: number, work: (item: T) => Promise<boolean>): Promise<void> {
  let next = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (!stopped && next < items.length) {
      try {
        if (!(await work(items[next++]))) stopped = true;
      } catch (error) {
        stopped = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The REST API of the WordPress site named by `origin` (see {@link restRoot}), as one source reads it. */
export class RestApi {
  /** Every load, shared by key: the lists, the site's index, the post list. */
  readonly #loads = new Map<string, Promise<unknown>>();
  readonly root: RestRoot;

  constructor(readonly origin: string) {
    this.root = restRoot(origin);
  }

  /**
   * One page of a collection. Its page count is what `X-WP-TotalPages` says, but never more than
   * `X-WP-Total` items make at `per_page` a page; 1 when neither header is a whole number.
   */
  async page(route: string, params: Record<string, string | number>): Promise<Page> {
    const [body, total, pages] = await kit.getJson(endpoint(this.root, route, params), this.origin);
    const count = headerNumber(total);
    const implied = count === undefined ? undefined : Math.max(1, Math.ceil(count / (Number(params.per_page) || 10))); // 10: WordPress's default
    return {
      body,
      total: count,
      totalPages: Math.min(wholeNumber(headerNumber(pages)) ?? implied ?? 1, implied ?? Infinity),
    };
  }

  /**
   * Every page of a collection, up to {@link MAX_PAGES}: the first, then the rest a few at a time.
   * A page that comes back empty or refused as out of range (WordPress's 400) ends the reading,
   * keeping what the pages that came held: the site claimed more pages than it has. Any other
   * failure fails the list, which then shows its error with Retry rather than a part of itself.
   */
  async all(route: string, params: Record<string, string | number>, first?: Page): Promise<unknown[]> {
    const head = first ?? (await this.page(route, { ...params, per_page: PER_PAGE, page: 1 }));
    const bodies = [list(head.body)]; // by page, less one; a page not read leaves a hole
    const rest = Array.from({ length: Math.min(head.totalPages, MAX_PAGES) - 1 }, (_, i) => i + 2);
    await inTurns(rest, REQUESTS_AT_ONCE, async (page) => {
      try {
        const items = list((await this.page(route, { ...params, per_page: PER_PAGE, page })).body);
        bodies[page - 1] = items;
        return items.length > 0;
      } catch (error) {
        if (error instanceof kit.SourceError && error.status === 400) return false;
        throw error;
      }
    });
    return bodies.flat();
  }

  /** Runs `load` once per key and shares its promise; a failure is forgotten, so that Retry asks again. */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let promise = this.#loads.get(key) as Promise<T> | undefined;
    if (!promise) {
      const started = load();
      this.#loads.set(key, started);
      started.catch(() => {
        if (this.#loads.get(key) === started) this.#loads.delete(key);
      });
      promise = started;
    }
    return promise;
  }

  /** Whether the load of `key` has started (and not failed). */
  started(key: string): boolean {
    return this.#loads.has(key);
  }
}
