import { afterRendering } from '../tasks.js';
import { REQUEST_TIMEOUT_MS, SourceError } from './source.js';

/** A JSON answer: its body, and WordPress's `X-WP-Total` and `X-WP-TotalPages` headers. */
export type Answer = [body: unknown, total: string | null, pages: string | null];

/** Waits before the second and third try of a read that failed on the network or with 5xx/429. */
export const RETRY_DELAYS = [300, 1000];
/** Answers longer than this (in characters) are not kept in `sessionStorage`. */
const CACHE_LIMIT = 2e5;

/** This page's answers by URL: one request per URL, shared while in flight, kept once answered. */
const answers = new Map<string, Promise<Answer>>();
let onStale: (origin: string) => void = () => undefined;

/** Sets who hears of a source whose cached answer turned out to be out of date (the registry). */
export const setOnStale = (listener: typeof onStale): void => {
  onStale = listener;
};

/** `sessionStorage`, unless it is unavailable (a sandboxed iframe), full or refused (private mode). */
const storage = <T>(use: (store: Storage) => T): T | undefined => {
  try {
    return use(sessionStorage);
  } catch {
    return undefined;
  }
};

/**
 * One request as it is asked: never kept, never tried again (a post, the probes before it, a question
 * with a nonce), given up after `timeoutMs`. Rejects as `fetch` does: with a `TimeoutError` (see
 * {@link timedOut}) when the answer did not come in time.
 */
export const fetchUncached = (url: string | URL, init: RequestInit = {}, timeoutMs = REQUEST_TIMEOUT_MS): Promise<Response> =>
  fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });

/** Whether a request failed because its answer did not come in time. */
export const timedOut = (error: unknown): boolean => error instanceof DOMException && error.name === 'TimeoutError';

/** One GET with a timeout, tried again after {@link RETRY_DELAYS} when that may help; never for posts. */
async function request(url: string): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    let problem: string;
    let cause: unknown;
    let status: number | undefined;
    try {
      // No custom header: a cross-origin GET then needs no preflight (`Accept` is safelisted).
      const response = await fetchUncached(url, { headers: { accept: 'application/json' } });
      const { headers } = response;
      status = response.status;
      if (response.ok) {
        try {
          return [await response.json(), headers.get('X-WP-Total'), headers.get('X-WP-TotalPages')];
        } catch (error) {
          throw new SourceError(`${url} did not answer with JSON.`, { cause: error });
        }
      }
      problem = `answered ${String(status)}`;
      // A 4xx other than 429 will answer the same again.
      if (status < 500 && status !== 429) attempt = 9;
    } catch (error) {
      if (error instanceof SourceError) throw error;
      cause = error;
      problem = timedOut(error) ? 'timed out' : 'could not be reached';
      // After a timeout, trying again would keep the widget waiting for minutes.
      if (timedOut(error)) attempt = 9;
    }
    if (attempt >= RETRY_DELAYS.length) throw new SourceError(`${url} ${problem}.`, { cause, status });
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS[attempt]));
  }
}

/**
 * Reads JSON from `url` for the source named `origin`, once a page. An answer kept in
 * `sessionStorage` by an earlier page of this tab is given at once and checked in the background:
 * when the server's answer differs, it is kept, and `origin` is reported as stale (see
 * {@link setOnStale}) so that the widgets ask again and get it. A failure is forgotten, so that
 * Retry asks the server again.
 */
export function getJson(url: string, origin: string): Promise<Answer> {
  let answer = answers.get(url);
  if (!answer) {
    const key = `press:${url}`;
    const kept = storage((store) => store.getItem(key));
    let cached: unknown;
    try {
      cached = JSON.parse(kept ?? '');
    } catch {
      // none, or not ours
    }
    const hit = Array.isArray(cached) && cached.length === 3;
    const ask = (): Promise<Answer> =>
      request(url).then(
        (value) => {
          const text = JSON.stringify(value);
          if (text.length < CACHE_LIMIT) {
            storage((store) => {
              store.setItem(key, text);
            });
          }
          if (hit && text !== kept) {
            answers.set(url, Promise.resolve(value));
            onStale(origin);
          }
          return value;
        },
        (error: unknown) => {
          answers.delete(url); // for Retry; a failed refresh leaves the cached answer shown
          throw error;
        },
      );
    if (hit) {
      // No request before the first render: the check waits for the tasks that render from the cache.
      afterRendering(() => {
        ask().catch(() => undefined);
      });
      answer = Promise.resolve(cached as Answer);
    } else {
      answer = ask();
    }
    answers.set(url, answer);
  }
  return answer;
}
