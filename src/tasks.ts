// When work runs. The widgets of a page mostly start together (the script arrives, one answer
// serves them all), and would draw in one long task that keeps the page from answering a click:
// so each element's first render, each answer's drawing and each frame's share of a long list run
// in tasks of their own. Every such decision is here.

/** Resolves in a task of its own, after the tasks already queued (a timer, not a microtask). */
export const ownTask = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve);
  });

/** Resolves with `answer`'s outcome, in a task of its own. */
export const inOwnTask = <T>(answer: Promise<T>): Promise<T> => answer.finally(ownTask);

/**
 * Resolves in a task after the next frame: what was drawn is laid out and painted before more is
 * drawn. (A hidden page has no frames: there, after 100 ms.)
 */
export const afterFrame = (): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve);
    });
  });

/**
 * Runs `work` after the tasks that render what is already at hand: those queued now, and the ones
 * they queue (a source hands each widget its answer in a task of its own). A background check of a
 * cached answer goes there, so that no request is made before the first render.
 */
export const afterRendering = (work: () => void): void => {
  setTimeout(() => {
    setTimeout(work);
  });
};

/** Collects what is asked within one task, and gives it to `work` at the end of that task. */
export function batchedPerTask<T>(work: (batch: T[]) => void): (item: T) => void {
  let batch: T[] | undefined;
  return (item) => {
    if (!batch) {
      const collecting: T[] = (batch = []);
      setTimeout(() => {
        batch = undefined;
        work(collecting);
      });
    }
    batch.push(item);
  };
}

/** `loading`, or a failure once `ms` have passed: a module that never arrives must not keep a widget waiting. */
export function inTime<T>(loading: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error('timed out'));
    }, ms);
  });
  return Promise.race([loading, late]).finally(() => {
    clearTimeout(timer);
  });
}
