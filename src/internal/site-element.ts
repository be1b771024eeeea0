import type { PropertyDeclarations } from 'lit';
import { LocalizedElement } from './localized.js';

/** For settings WordPress turns on by default: only `"false"` turns them off. */
export const onUnlessFalse = { fromAttribute: (value: string | null): boolean => value !== 'false' };

/**
 * An element that reads from a site: its own `api` or `src`, else its `<press-site>`'s (see
 * SourceController, which each such element uses to load).
 */
export abstract class SiteElement extends LocalizedElement {
  static override properties: PropertyDeclarations = {
    api: { reflect: true },
    src: { reflect: true },
  };

  /** A WordPress site to read from: its REST root (`…/wp-json`) or its home URL. */
  declare api?: string;

  /** A JSON feed to read from (see the feed schema in docs/feed.md). */
  declare src?: string;
}
