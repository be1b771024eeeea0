// What the WordPress chunk (dist/press-widgets.wordpress.js) uses of the main bundle, handed to it
// when it loads (load.ts makes the kit, wordpress.ts takes it). The chunk imports nothing of the main
// bundle at run time: WordPress enqueues the bundle as `press-widgets.js?ver=…`, and a chunk
// importing `./press-widgets.js` by its plain name would load a second copy of the whole library
// (two registries, two HTTP caches, every element defined twice). Type-only imports here.
import type { batchedPerTask } from '../../tasks.js';
import type { decodeEntities } from '../entities.js';
import type { fetchUncached, getJson, timedOut } from '../http.js';
import type { parseUrl, safeUrl } from '../safe-url.js';
import type { REQUEST_TIMEOUT_MS, SourceError } from '../source.js';

export interface Kit {
  getJson: typeof getJson;
  fetchUncached: typeof fetchUncached;
  timedOut: typeof timedOut;
  decodeEntities: typeof decodeEntities;
  safeUrl: typeof safeUrl;
  parseUrl: typeof parseUrl;
  batchedPerTask: typeof batchedPerTask;
  SourceError: typeof SourceError;
  REQUEST_TIMEOUT_MS: typeof REQUEST_TIMEOUT_MS;
}

/**
 * The main bundle's kit, filled in by `createWordPress` before any function of the chunk runs (the
 * chunk's modules read it when called, never when they load).
 */
export const kit = {} as Kit;
