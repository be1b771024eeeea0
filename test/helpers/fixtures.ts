import { aTimeout, fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';

/** Renders `template` and waits until its widget has loaded (or failed), as a user would wait. */
export async function loaded<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const wrapper = document.createElement('div');
  const done = Promise.race([oneEvent(wrapper, 'press-load'), oneEvent(wrapper, 'press-error')]);
  const element = await fixture<T>(template, { parentNode: wrapper });
  await done;
  await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
  return element;
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Elements in a shadow root by part name. */
export function parts(element: Element, part: string): HTMLElement[] {
  return Array.from(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${part}"]`) ?? []);
}

export function part(element: Element, name: string): HTMLElement {
  const found = parts(element, name).at(0);
  if (!found) throw new Error(`no part "${name}" in <${element.localName}>`);
  return found;
}

export const FEED = '/test/fixtures/feed.json';

/** A feed URL unique to one test, so that the page's shared sources don't carry over. */
export const uniqueFeed = (route: 'feed' | 'slow', arg: number | string = 0): string => `/__test/${route}/${crypto.randomUUID()}/${String(arg)}`;

/**
 * Renders `template` and waits until `count` widgets in it have loaded or failed, or `ms` have
 * passed when given: a widget that never settles then fails the test's assertions, not its timeout.
 */
export async function settledAll<T extends HTMLElement>(template: TemplateResult, count: number, ms?: number): Promise<T> {
  const wrapper = document.createElement('div');
  let seen = 0;
  const done = new Promise<void>((resolve) => {
    const onSettled = (): void => {
      if (++seen === count) resolve();
    };
    wrapper.addEventListener('press-load', onSettled);
    wrapper.addEventListener('press-error', onSettled);
  });
  const element = await fixture<T>(template, { parentNode: wrapper });
  await (ms === undefined ? done : Promise.race([done, aTimeout(ms)]));
  return element;
}
