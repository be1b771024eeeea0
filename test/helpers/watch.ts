// What a page would notice of a widget going wrong: uncaught exceptions, unhandled rejections and
// console warnings, collected while a test runs.

export interface Watch {
  /** Messages of uncaught exceptions and unhandled rejections. */
  readonly uncaught: string[];
  /** The text of each console.warn call. */
  readonly warnings: string[];
  stop(): void;
}

/** Starts collecting; `stop()` puts console.warn back and removes the listeners. */
export function watchPage(): Watch {
  const uncaught: string[] = [];
  const warnings: string[] = [];
  const onError = (event: ErrorEvent): void => {
    uncaught.push(event.message);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    uncaught.push(String(event.reason));
  };
  const warn = console.warn;
  console.warn = (...args: unknown[]): void => {
    warnings.push(args.map(String).join(' '));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    uncaught,
    warnings,
    stop() {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Every shadow root in `root` and below, nested ones included. */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(element.shadowRoot, ...shadowRoots(element.shadowRoot));
  }
  return found;
}

/** Stores `data` in the test server under a new key; returns the key (see test/server/test-server.js). */
export async function store(data: unknown): Promise<string> {
  const key = crypto.randomUUID();
  const response = await fetch(`/__test/store/${key}`, { method: 'POST', body: JSON.stringify(data) });
  if (!response.ok) throw new Error(`the test server did not store the data (${String(response.status)})`);
  return key;
}
