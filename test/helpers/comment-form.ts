// The comment form as a reader uses it in the component tests: an endpoint of the test server,
// typing, posting, and what became of the comment.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { PressCommentForm } from '../../src/components/press-comment-form/press-comment-form.js';
import '../../src/define/press-comment-form.js';
import type { PressCommentFailedDetail, PressCommentPostedDetail } from '../../src/events.js';
import { part, parts } from './fixtures.js';

export type Control = HTMLInputElement & HTMLTextAreaElement;
export type Received = Record<string, string>;

/**
 * A comment endpoint of the test server, unique to one test: `mode` says how it answers, `origin`
 * (another one: /__test/listen) where it is. `received`: every post it had; `kept`: the comments
 * it stored, which its duplicate check (WordPress's) keeps to one copy each.
 */
export function endpoint(mode: string, origin = ''): { key: string; action: string; received: () => Promise<Received[]>; kept: () => Promise<Received[]> } {
  const key = crypto.randomUUID();
  return {
    key,
    action: `${origin}/__test/comments/${key}/${mode}`,
    received: async () => (await fetch(`/__test/comments/${key}`)).json() as Promise<Received[]>,
    kept: async () => (await fetch(`/__test/comments/${key}/kept`)).json() as Promise<Received[]>,
  };
}

/**
 * Another origin (a port of 127.0.0.1) that passes requests on to the test server; with `cors`,
 * every answer can be read; with "preflights", it answers preflights, but its posts' answers cannot
 * be read.
 */
export async function otherOrigin(name: string, cors: boolean | 'preflights' = false): Promise<string> {
  const port = (await (await fetch(`/__test/port/${name}`)).json()) as number;
  await fetch(`/__test/listen/${String(port)}${cors === true ? '/cors' : cors ? `/${cors}` : ''}`);
  return `http://127.0.0.1:${String(port)}`;
}

/** What another origin made by {@link otherOrigin} was asked, and with which `x-wp-nonce`. */
export async function heard(origin: string): Promise<{ method: string; url: string; nonce?: string }[]> {
  return (await fetch(`/__test/heard/${new URL(origin).port}`)).json() as Promise<{ method: string; url: string; nonce?: string }[]>;
}

export async function render(template: TemplateResult): Promise<PressCommentForm> {
  const el = await fixture<PressCommentForm>(template);
  await el.updateComplete;
  return el;
}

export const control = (el: PressCommentForm, id: string): Control => {
  const found = el.shadowRoot!.querySelector<Control>(`#${id}`);
  if (!found) throw new Error(`no #${id} in the form`);
  return found;
};

export const labels = (el: PressCommentForm): string[] => parts(el, 'label').map((l) => l.textContent.replace(/\s+/g, ' ').trim());

export const focused = (el: PressCommentForm): Element | null => el.shadowRoot!.activeElement;

/** Types into a field as a reader would: focus it, then keystrokes. */
export async function type(el: PressCommentForm, id: string, text: string): Promise<void> {
  control(el, id).focus();
  await sendKeys({ type: text });
}

export async function fill(el: PressCommentForm, comment = 'Nice post.'): Promise<void> {
  await type(el, 'comment', comment);
  await type(el, 'author', 'Ann');
  await type(el, 'email', 'ann@example.com');
}

/** Clicks "Post Comment" and waits for the outcome. */
export async function post(el: PressCommentForm): Promise<CustomEvent<PressCommentPostedDetail | PressCommentFailedDetail>> {
  const outcome = Promise.race([oneEvent(el, 'press-comment-posted'), oneEvent(el, 'press-comment-failed')]);
  part(el, 'submit').click();
  const event = (await outcome) as CustomEvent<PressCommentPostedDetail | PressCommentFailedDetail>;
  await el.updateComplete;
  return event;
}

export async function posted(el: PressCommentForm): Promise<PressCommentPostedDetail> {
  const event = await post(el);
  expect(event.type, 'the comment should have been posted').to.equal('press-comment-posted');
  return event.detail as PressCommentPostedDetail;
}

export async function failed(el: PressCommentForm): Promise<PressCommentFailedDetail> {
  const event = await post(el);
  expect(event.type, 'the comment should have failed').to.equal('press-comment-failed');
  return event.detail as PressCommentFailedDetail;
}
