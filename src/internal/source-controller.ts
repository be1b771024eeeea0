import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SiteSource } from '../data/source.js';
import { sourceFor, unnamedSource, unwatch, type SourceKind } from '../data/sources.js';
import { inOwnTask } from '../tasks.js';
import { unwatchNearViewport, watchNearViewport, type NearViewportListener } from './near-viewport.js';
import { closestAcross } from './page.js';

/** Where a load stands, as `@lit/task` names it. */
export type SourceStatus = 'initial' | 'pending' | 'complete' | 'error';

/** What an element reads from its source, and when. */
export interface SourceTask<T, A extends readonly unknown[]> {
  /** The element's own inputs besides its source (a property, a post id): a change loads again. */
  args: () => A;
  /**
   * Reads what the element shows. `source` is the element's site, or, when it names none,
   * {@link unnamedSource} (no data: the element shows what it has of its own). A value at hand
   * (not a promise) is shown in the update under way.
   */
  task: (source: SiteSource, args: A) => T | Promise<T>;
  /**
   * Whether to wait until the element comes near the viewport before asking a site it names (a
   * list far down a long page loads when the reader scrolls to it).
   */
  lazy?: () => boolean;
  /** Called when the latest load's outcome is in, before the host draws it. */
  settled?: () => void;
  /**
   * Called once the host has drawn the outcome of a load (to tell listeners, to move focus), unless
   * a newer load started meanwhile; `isLatest` tells, after an await, whether one has since.
   */
  shown?: (isLatest: () => boolean) => void | Promise<void>;
}

/** `host` and the `<press-site>` elements around it, nearest first (across shadow roots). */
function hostAndSites(host: Element): Element[] {
  const chain = [host];
  for (let site = closestAcross(host, 'press-site'); site; site = closestAcross(site, 'press-site')) chain.push(site);
  return chain;
}

/**
 * Where `host` takes its data: its own `api`/`src`, else the nearest `<press-site>`'s that names
 * one (a press-site may be there only to set `lang` or `strings`). Attributes are read, so the
 * site need not be defined yet.
 */
function sourceRefOf(host: Element): [SourceKind, string] | [] {
  for (const element of hostAndSites(host)) {
    // The property first: one just set reaches its attribute only in the update this one starts.
    const { api = element.getAttribute('api'), src = element.getAttribute('src') } = element as { api?: string | null; src?: string | null };
    if (api) return ['api', api];
    if (src) return ['src', src];
  }
  return [];
}

/**
 * The one meeting point between an element and its data: finds the element's source (its own
 * `api`/`src`, else the nearest `<press-site>`'s, whose attributes it follows), loads when that or
 * the element's inputs change, lets only the latest load win, loads again when the source has newer
 * data (a background refresh), and offers {@link retry}.
 *
 * Its own, not `@lit/task`: Task's part (compare the arguments in hostUpdate, keep the latest) is a
 * few lines here, and finding and following the source is the rest, which Task does not do.
 */
export class SourceController<T, A extends readonly unknown[] = []> implements ReactiveController {
  status: SourceStatus = 'initial';
  /** The latest load's value; kept while a newer load is pending (what is shown meanwhile). */
  value?: T;
  /** The latest load's failure; cleared when a load succeeds. */
  error?: unknown;
  /** Known to be far from the viewport and waiting to come near (`lazy`): not busy meanwhile. */
  waiting = false;

  #ref: [SourceKind, string] | [] = [];
  /** What the current load was started for: the source and the args. */
  #loadedFor: readonly unknown[] | undefined;
  #loads = 0;
  /** Came near the viewport once (or was never lazy): from then on it loads whenever its inputs change. */
  #near = false;
  readonly #siteAttributes = new MutationObserver(() => {
    this.#host.requestUpdate();
  });

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SourceTask<T, A>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SourceTask<T, A>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The element's source: its site, or {@link unnamedSource} when it names none. */
  get source(): SiteSource {
    const [kind, url] = this.#ref;
    return kind && url ? sourceFor(kind, url) : unnamedSource;
  }

  hostConnected(): void {
    for (const site of hostAndSites(this.#host).slice(1)) this.#siteAttributes.observe(site, { attributeFilter: ['api', 'src'] });
    // Moved elsewhere on the page: it may have another <press-site> now, and it must watch its
    // source again (it stopped when it left). From memory: no request.
    this.#loadedFor = undefined;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    unwatchNearViewport(this.#host);
    this.#siteAttributes.disconnect();
    unwatch(this.#refresh);
  }

  hostUpdate(): void {
    const ref = sourceRefOf(this.#host);
    const args = this.#options.args();
    const inputs = [ref[0], ref[1], ...args];
    const loadedFor = this.#loadedFor;
    if (loadedFor?.length === inputs.length && inputs.every((input, i) => Object.is(input, loadedFor[i]))) return;
    if (!this.#near && ref.length > 0 && this.#options.lazy?.()) {
      watchNearViewport(this.#host, this.#nearViewport);
      return;
    }
    this.#near = true;
    this.#ref = ref;
    this.#loadedFor = inputs;
    void this.#run(args);
  }

  /** Loads again, e.g. after an error; comes near first if it was waiting. */
  retry(): void {
    this.#near = true;
    this.waiting = false;
    void this.#run(this.#options.args());
  }

  readonly #nearViewport: NearViewportListener = {
    near: () => {
      this.#near = true;
      this.waiting = false;
      this.#host.requestUpdate();
    },
    far: () => {
      this.waiting = true;
      this.#host.requestUpdate();
    },
  };

  /** The source has newer data than it gave (a background refresh): load again, without a request. */
  readonly #refresh = (): void => {
    void this.#run(this.#options.args());
  };

  /** Loads; of overlapping loads, only the latest is shown and told. */
  async #run(args: A): Promise<void> {
    const load = ++this.#loads;
    const isLatest = (): boolean => load === this.#loads;
    this.status = 'pending';
    this.#host.requestUpdate(); // within hostUpdate, this joins the update under way
    try {
      // Told of the source's newer data while on the page (an element that left is not kept alive).
      // Inside the try: an `api` or `src` that does not parse ends in the error state, not in loading.
      const [kind, url] = this.#ref;
      if (kind && url && this.#host.isConnected) sourceFor(kind, url, this.#refresh);
      const result = this.#options.task(this.source, args);
      // Data at hand shows in the update under way; an answer, in a task of its own (the widgets
      // of a page mostly share one answer, and would otherwise all draw it in one long task).
      const value = result instanceof Promise ? await inOwnTask(result) : result;
      if (!isLatest()) return;
      [this.status, this.value, this.error] = ['complete', value, undefined];
    } catch (error) {
      if (!isLatest()) return;
      [this.status, this.value, this.error] = ['error', undefined, error];
    }
    this.#options.settled?.();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (isLatest() && this.#host.isConnected) await this.#options.shown?.(isLatest);
  }
}
