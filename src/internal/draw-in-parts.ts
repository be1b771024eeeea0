import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { afterFrame } from '../tasks.js';

/**
 * What the browser may draw in a frame, in rows, for all widgets together: a thousand new rows, so
 * that a list of that many is painted in one frame. A part added to a long list costs more than
 * its rows, for the browser lays out and paints the whole list again: 1/20 of a row for each row
 * already there.
 */
const PER_FRAME = 1000;
const RELAYOUT_SHARE = 20;
/** Rows are drawn in parts of about this many, which stay as drawn while the next are added. */
const CHUNK = 250;
let frameBudget = 0;
let budgetSet = false;

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
 * each update shows the rows shown before and as many more as this frame's budget allows, and an
 * update that stopped short of the end asks its host for another after the next frame. A list is
 * counted in rows, in the order they are read: an item is a row, and so is each item nested in it,
 * which is drawn in parts of its own (a category with 10,000 sub-categories is no single part).
 */
export class DrawInParts implements ReactiveController {
  /** The top level of the list being drawn, and how many of its rows are shown. */
  #drawing?: unknown[];
  #shown = 0;
  readonly #host: ReactiveControllerHost;
  /** This update stopped short of the end of a list. */
  cut = false;
  /** This update draws a list too long to draw at once (its dropdown then fills the widget: see the styles). */
  long = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    this.cut = false;
    this.long = false;
  }

  hostUpdated(): void {
    if (this.cut) {
      void afterFrame().then(() => {
        this.#host.requestUpdate();
      });
    }
  }

  /** What was cut will not be drawn: the host shows something else instead (its error state). */
  stop(): void {
    this.cut = false;
  }

  /**
   * `items` drawn by `draw`, in parts of about {@link CHUNK} rows, as many rows a frame as
   * {@link PER_FRAME} allows for all lists together. An item is `rows(item)` rows: itself and the
   * items nested in it, which `draw(item, row)` draws in parts of their own by calling
   * `this.draw(nested, draw, rows, row + 1)`. `first` is the row of `items[0]`: 0 for the top
   * level, whose call decides how many rows this update shows. Parts drawn stay as they are while
   * the next are added (`guard`): `items` must be the same array until what it shows changes.
   */
  draw<T>(items: T[], draw: (item: T, row: number) => unknown, rows: (item: T) => number = () => 1, first = 0): unknown[] {
    if (first === 0) this.#showMore(items, rows);
    const shown = this.#shown;
    const parts: unknown[] = [];
    for (let start = 0, row = first; start < items.length && row < shown;) {
      const [from, top] = [start, row];
      while (start < items.length && row - top < CHUNK) row += rows(items[start++]);
      const to = start;
      // A part shown whole stays as drawn; the one the shown rows end in is drawn again, further each time.
      const deps = row <= shown ? [items, from, to] : [items, from, to, shown];
      parts.push(
        guard(deps, () => {
          const drawn: unknown[] = [];
          for (let i = from, at = top; i < to && at < shown; at += rows(items[i++])) drawn.push(draw(items[i], at));
          return drawn;
        }),
      );
    }
    return parts;
  }

  /** Shows the rows shown before and as many more as this frame's budget allows, up to {@link CHUNK} at a time. */
  #showMore<T>(items: T[], rows: (item: T) => number): void {
    const total = items.reduce((sum, item) => sum + rows(item), 0);
    if (this.#drawing !== items) {
      this.#drawing = items;
      this.#shown = 0;
    }
    while (this.#shown < total) {
      const more = Math.min(CHUNK, total - this.#shown);
      if (!fromFrameBudget(more + this.#shown / RELAYOUT_SHARE)) break;
      this.#shown += more;
    }
    this.long = items.length > CHUNK;
    if (this.#shown < total) this.cut = true;
  }
}
