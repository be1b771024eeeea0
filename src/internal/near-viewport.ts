/** What an element hears about its distance from the viewport. */
export interface NearViewportListener {
  /** It is within a screen of the viewport, or has no box: it stops being watched. */
  near(): void;
  /** It is further down (or up) the page: it is still watched. */
  far(): void;
}

const observers = new WeakMap<Document, IntersectionObserver>();
const listeners = new WeakMap<Element, NearViewportListener>();

/**
 * Tells `listener` when `element` comes within a screen of the viewport, or has no box (a hidden
 * element counts as near, and loads as a shown one does). The observer, not a measurement,
 * decides: measuring while the page is being built would force a layout in the middle of it. One
 * observer a document, made when first needed.
 */
export function watchNearViewport(element: Element, listener: NearViewportListener): void {
  const page = element.ownerDocument;
  let observer = observers.get(page);
  if (!observer) {
    const made = new IntersectionObserver(
      (entries) => {
        for (const { isIntersecting, boundingClientRect: box, rootBounds, target } of entries) {
          const heard = listeners.get(target);
          if (!heard) continue;
          const boxless = box.width === 0 && box.height === 0;
          // Where it is, not what shows of it: one clipped by a scrolled container is near as well.
          const within = !!rootBounds && box.top < rootBounds.bottom && box.bottom > rootBounds.top;
          if (isIntersecting || boxless || within) {
            unwatchNearViewport(target);
            heard.near();
          } else heard.far();
        }
      },
      // Its own page's viewport, a frame's too: not the top window's, which a frame's edge clips.
      { root: page, rootMargin: '100% 0px' },
    );
    observers.set(page, made);
    observer = made;
  }
  listeners.set(element, listener);
  observer.observe(element);
}

/** Stops telling `element`'s listener (it left the page, or came near). */
export function unwatchNearViewport(element: Element): void {
  listeners.delete(element);
  observers.get(element.ownerDocument)?.unobserve(element);
}
