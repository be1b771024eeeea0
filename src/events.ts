import type { CommentStatus } from './data/model.js';

/** `press-load`: a widget's data arrived and is shown. */
export interface PressLoadDetail {
  /** How many items the widget received (before `limit` or `number` applied). */
  count: number;
}

/** `press-error`: a widget's data could not be loaded; it shows its error state. */
export interface PressErrorDetail {
  message: string;
  error: unknown;
}

/** `press-comment-posted`: the server accepted a comment. */
export interface PressCommentPostedDetail {
  id: number | undefined;
  status: CommentStatus;
  url: string | undefined;
  /** The post commented on. */
  postId?: number | undefined;
  /** The comment replied to; 0 for none. */
  parent?: number;
  /** Who wrote it: the name given, or the logged-in visitor's. */
  author?: string;
  /** The text as typed. */
  content?: string;
}

/** `press-comment-failed`: the comment was not accepted; it stays in the form. */
export interface PressCommentFailedDetail {
  reason: 'network' | 'server' | 'rejected' | 'invalid';
  message: string;
}

/** The widgets' events: they bubble out of shadow roots up to the document. */
export interface PressEventMap {
  'press-load': CustomEvent<PressLoadDetail>;
  'press-error': CustomEvent<PressErrorDetail>;
  'press-comment-posted': CustomEvent<PressCommentPostedDetail>;
  'press-comment-failed': CustomEvent<PressCommentFailedDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the DOM's own maps
  interface HTMLElementEventMap extends PressEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends PressEventMap {}
}

/** Tells that `target` could not load its data: `press-error`, with a message fit for the console. */
export function emitError(target: EventTarget, error: unknown): void {
  emit(target, 'press-error', { message: error instanceof Error ? error.message : String(error), error });
}

/** Dispatches a press-* event that bubbles out of shadow roots. */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
