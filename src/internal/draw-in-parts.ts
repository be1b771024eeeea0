import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';

/**
 * What the browser may draw in a frame, for all widgets together: about 500 new items, 60–80 ms
 * on a slow machine. A part added to a long list costs more than its items, for the browser lays
 * out and paints the whole list again: 1/20 of an item for each item already there (measured:
 * 500 items added to 9,500 took about twice as long as the first 500).
 */
const PER_FRAME = 500;
const RELAYOUT_SHARE = 20;
/** Items are drawn in parts of this many, which stay as drawn while the next are added. */
const CHUNK = 250;
let frameBudget = 0;
let budgetSet = false;

/**
 * Resolves in a task after the next frame: the items drawn are laid out and painted before more
 * are drawn. (A hidden page has no frames: there, after 100 ms.)
 */
export const afterFrame = (): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve);
    });
  });

/** Takes `cost` from this frame's budget, shared by every list of the page; false when the frame has drawn its share. */
function fromFrameBudget(cost: number): boolean {
  if (!budgetSet) {
    budgetSet = true;
    frameBudget = PER_FRAME;
    void afterFrame().then(() => {
      budgetSet = false;
    });
  }
  if (frameBudget <= 0) return false;
  frameBudget -= cost;
  return true;
}

/**
 * Draws a long list a frame at a time, so that 10,000 categories never block the page for long:
 * each update draws the parts drawn before and as many new ones as this frame's budget allows,
 * and an update that stopped short of the end asks its host for another after the next frame.
 */
export class DrawInParts implements ReactiveController {
  /** The list being drawn in parts, and how many parts of it are drawn. */
  private drawing?: unknown[];
  private drawnParts = 0;
  /** This update stopped short of the end of a list. */
  cut = false;
  /** This update draws a list too long to draw at once (its dropdown then fills the widget: see the styles). */
  long = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.cut = false;
    this.long = false;
  }

  hostUpdated(): void {
    if (this.cut) {
      void afterFrame().then(() => {
        this.host.requestUpdate();
      });
    }
  }

  /** What was cut will not be drawn: the host shows something else instead (its error state). */
  stop(): void {
    this.cut = false;
  }

  /**
   * `items` drawn by `draw`, in parts of {@link CHUNK} (an item counts as `weight` of them: a
   * category with its sub-categories), as many a frame as {@link PER_FRAME} allows for all lists
   * together. Parts drawn stay as they are while the next are added (`guard`): `items` must be the
   * same array until what it shows changes.
   */
  draw<T>(items: T[], draw: (item: T) => unknown, weight: (item: T) => number = () => 1): unknown[] {
    if (items.length > CHUNK) this.long = true;
    if (this.drawing !== items) {
      this.drawing = items;
      this.drawnParts = 0;
    }
    const parts: unknown[] = [];
    let start = 0;
    let drawn = 0;
    while (start < items.length) {
      let end = start;
      let used = 0;
      while (end < items.length && used < CHUNK) used += weight(items[end++]);
      if (parts.length >= this.drawnParts && !fromFrameBudget(used + drawn / RELAYOUT_SHARE)) break;
      drawn += used;
      const [from, to] = [start, end];
      parts.push(guard([items, from, to], () => items.slice(from, to).map(draw)));
      start = end;
    }
    this.drawnParts = parts.length;
    if (start < items.length) this.cut = true;
    return parts;
  }
}
