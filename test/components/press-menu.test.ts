import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { PressMenu } from '../../src/components/press-menu/press-menu.js';
import type { MenuItem } from '../../src/data/model.js';
import '../../src/define/press-menu.js';
import { FEED, loaded, part, parts, shadowText, uniqueFeed } from '../helpers/fixtures.js';

const MENU: MenuItem[] = [
  { label: 'Home', url: '/', children: [] },
  {
    label: 'Company News',
    url: '/category/company-news/',
    children: [
      { label: 'Earnings Calls', url: '/category/company-news/earnings-calls/', children: [] },
      { label: 'Mergers', url: '/category/company-news/mergers/', children: [{ label: 'Hostile bids', url: '/hostile/', children: [] }] },
    ],
  },
  { label: 'About', url: '/about/', children: [] },
];

const FEED_LABELS = ['Home', 'Stock Market News', 'Insider Trading', 'Company News', 'Crypto Currency', 'Earning Reports'];

/** Lets the ResizeObserver report the element's width and the element render for it. */
async function settle(el: PressMenu): Promise<void> {
  await aTimeout(50);
  await el.updateComplete;
}

/** A menu in a container `width` pixels wide (the viewport is wider), loaded and laid out. */
async function menuAt(width: number, template: TemplateResult = html`<press-menu .menu=${MENU}></press-menu>`): Promise<PressMenu> {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${String(width)}px`;
  const done = Promise.race([oneEvent(wrapper, 'press-load'), oneEvent(wrapper, 'press-error')]);
  const el = await fixture<PressMenu>(template, { parentNode: wrapper });
  await done;
  await settle(el);
  return el;
}

const topList = (el: PressMenu): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('nav > [part~=list]')!;
const topItems = (el: PressMenu): HTMLElement[] => Array.from(topList(el).children) as HTMLElement[];
const labelOf = (li: Element): string => li.querySelector('[part~=link]')?.textContent.trim() ?? '';
const topLabels = (el: PressMenu): string[] => topItems(el).map(labelOf);
const link = (el: PressMenu, label: string): HTMLElement => parts(el, 'link').find((a) => a.textContent.trim() === label)!;
const submenuToggle = (el: PressMenu, label: string): HTMLButtonElement =>
  link(el, label).parentElement!.querySelector<HTMLButtonElement>(':scope > [part~=submenu-toggle]')!;
const submenuOf = (el: PressMenu, label: string): HTMLElement => link(el, label).parentElement!.querySelector<HTMLElement>(':scope > [part~=submenu]')!;
const focused = (el: PressMenu): Element | null => el.shadowRoot!.activeElement;
/** An element as a short string: assertion failures that hold DOM nodes are slow to report. */
const who = (node: Element | null | undefined): string =>
  node ? `<${node.localName} part="${node.getAttribute('part') ?? ''}">${node.textContent.trim()}` : 'nothing';
const shown = (element: HTMLElement): boolean => element.checkVisibility() && element.getBoundingClientRect().height > 0;
const center = (element: Element): [number, number] => {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

describe('press-menu', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('renders the feed’s menu as a named nav, in one row, with no heading', async () => {
    const el = await menuAt(1000, html`<press-menu src=${FEED}></press-menu>`);
    expect(parts(el, 'heading').length).to.equal(0);
    const nav = part(el, 'nav');
    expect(nav.localName).to.equal('nav');
    expect(nav.getAttribute('aria-label')).to.equal('Primary menu');
    expect(topLabels(el)).to.deep.equal(FEED_LABELS);
    expect(link(el, 'Insider Trading').getAttribute('href')).to.equal('/category/insider-trading/');
    // Wide: no toggle, every item on the same line.
    expect(parts(el, 'toggle').length).to.equal(0);
    expect(new Set(topItems(el).map((li) => Math.round(li.getBoundingClientRect().top))).size).to.equal(1);
    // "Company News" has its sub-menu, closed, behind a named disclosure button.
    const button = submenuToggle(el, 'Company News');
    const sub = submenuOf(el, 'Company News');
    expect(sub.getAttribute('part')).to.equal('list submenu');
    expect(labelOf(sub.firstElementChild!)).to.equal('Earnings Calls');
    expect(sub.hidden).to.be.true;
    expect(button.textContent.trim()).to.equal('Company News submenu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(sub.id);
    await expect(el).to.be.accessible();
  });

  it('renders a menu given as a property, named by label, with a heading only when asked', async () => {
    const el = await menuAt(1000, html`<press-menu label="Main" .menu=${MENU}></press-menu>`);
    expect(topLabels(el)).to.deep.equal(['Home', 'Company News', 'About']);
    expect(part(el, 'nav').getAttribute('aria-label')).to.equal('Main');
    expect(parts(el, 'heading').length).to.equal(0);
    const titled = await menuAt(1000, html`<press-menu heading="Sections" .menu=${MENU}></press-menu>`);
    expect(part(titled, 'heading').textContent).to.equal('Sections');
    expect(part(titled, 'nav').getAttribute('aria-label')).to.equal('Sections');
    await expect(titled).to.be.accessible();
  });

  it('collapses behind a "Menu" button when the element itself is narrow, not the viewport', async () => {
    expect(window.innerWidth).to.be.above(600);
    const el = await menuAt(300);
    const toggle = part(el, 'toggle') as HTMLButtonElement;
    const list = topList(el);
    expect(toggle.localName).to.equal('button');
    expect(toggle.textContent.trim()).to.equal('Menu');
    expect(toggle.getAttribute('aria-controls')).to.equal(list.id);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(list)).to.be.false;
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(list)).to.be.true;
    const tops = topItems(el).map((li) => li.getBoundingClientRect().top);
    expect(tops).to.have.length(3);
    expect(tops[1]).to.be.above(tops[0]); // stacked, not in a row
    expect(tops[2]).to.be.above(tops[1]);
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(list)).to.be.false;

    // Its container grows: the row comes back and the button goes.
    el.parentElement!.style.width = '1000px';
    await settle(el);
    expect(parts(el, 'toggle').length).to.equal(0);
    expect(shown(topList(el))).to.be.true;
    // Shrinking folds the list away: focus that was in it moves to the button.
    link(el, 'About').focus();
    el.parentElement!.style.width = '300px';
    await settle(el);
    expect(part(el, 'toggle').getAttribute('aria-expanded')).to.equal('false');
    expect(who(focused(el))).to.equal(who(part(el, 'toggle')));
  });

  it('collapses below its breakpoint attribute', async () => {
    const el = await menuAt(700, html`<press-menu breakpoint="800px" .menu=${MENU}></press-menu>`);
    expect(el.breakpoint).to.equal(800);
    expect(parts(el, 'toggle').length).to.equal(1);
    el.breakpoint = 600;
    await el.updateComplete;
    expect(parts(el, 'toggle').length).to.equal(0);
  });

  it('closes on Escape and gives focus back to the "Menu" button', async () => {
    const el = await menuAt(300);
    const toggle = part(el, 'toggle');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent.trim()).to.equal('Home');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(topList(el))).to.be.false;
    expect(who(focused(el))).to.equal(who(toggle));

    // With a sub-menu open inside it, Escape closes the sub-menu first, then the menu.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const button = submenuToggle(el, 'Company News');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent.trim()).to.equal('Earnings Calls');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown(submenuOf(el, 'Company News'))).to.be.false;
    expect(shown(topList(el))).to.be.true;
    expect(who(focused(el))).to.equal(who(button));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown(topList(el))).to.be.false;
    expect(who(focused(el))).to.equal(who(toggle));
  });

  it('closes on a click outside, returning focus to the button unless the click took it', async () => {
    const el = await menuAt(300);
    const outside = document.createElement('p');
    outside.textContent = 'Some text outside the menu';
    const button = document.createElement('button');
    button.textContent = 'Elsewhere';
    el.parentElement!.append(outside, button);
    const toggle = part(el, 'toggle');

    await sendMouse({ type: 'click', position: center(toggle) });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    // A click inside the open menu keeps it open.
    await sendMouse({ type: 'click', position: center(topList(el)) });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');

    link(el, 'Home').focus();
    await sendMouse({ type: 'click', position: center(outside) });
    await aTimeout(20);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(topList(el))).to.be.false;
    expect(who(focused(el))).to.equal(who(toggle));

    // Clicking something focusable outside leaves focus where the user put it.
    toggle.click();
    await el.updateComplete;
    link(el, 'About').focus();
    await sendMouse({ type: 'click', position: center(button) });
    await aTimeout(20);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(who(document.activeElement)).to.equal(who(button));
  });

  it('opens sub-menus from the keyboard; Escape closes the innermost one back to its button', async () => {
    const el = await menuAt(1000);
    link(el, 'Company News').focus();
    await sendKeys({ press: 'Tab' });
    const button = submenuToggle(el, 'Company News');
    expect(who(focused(el))).to.equal(who(button));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const sub = submenuOf(el, 'Company News');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(sub)).to.be.true;
    // It drops down below its item, over the content after the menu.
    expect(sub.getBoundingClientRect().top).to.be.at.least(link(el, 'Company News').getBoundingClientRect().bottom - 1);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent.trim()).to.equal('Earnings Calls');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const inner = submenuToggle(el, 'Mergers');
    expect(who(focused(el))).to.equal(who(inner));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shown(submenuOf(el, 'Mergers'))).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent.trim()).to.equal('Hostile bids');

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown(submenuOf(el, 'Mergers'))).to.be.false;
    expect(shown(sub)).to.be.true;
    expect(who(focused(el))).to.equal(who(inner));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown(sub)).to.be.false;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(who(focused(el))).to.equal(who(button));
  });

  it('opening one sub-menu closes another, and tabbing out of the menu closes them', async () => {
    const menu: MenuItem[] = [
      { label: 'One', url: '/one/', children: [{ label: 'One child', url: '/one/child/', children: [] }] },
      { label: 'Two', url: '/two/', children: [{ label: 'Two child', url: '/two/child/', children: [] }] },
    ];
    const el = await menuAt(1000, html`<press-menu .menu=${menu}></press-menu>`);
    el.parentElement!.append(Object.assign(document.createElement('a'), { href: '#after', textContent: 'After' }));
    submenuToggle(el, 'One').click();
    await el.updateComplete;
    submenuToggle(el, 'Two').click();
    await el.updateComplete;
    expect(shown(submenuOf(el, 'One'))).to.be.false;
    expect(shown(submenuOf(el, 'Two'))).to.be.true;
    link(el, 'Two child').focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement?.textContent).to.equal('After');
    expect(shown(submenuOf(el, 'Two'))).to.be.false;
  });

  it('opens a sub-menu on hover when wide, and by click when narrow', async () => {
    const el = await menuAt(1000);
    const sub = submenuOf(el, 'Company News');
    await sendMouse({ type: 'move', position: center(link(el, 'Company News')) });
    await waitUntil(() => shown(sub), 'hover did not open the sub-menu');
    expect(submenuToggle(el, 'Company News').getAttribute('aria-expanded')).to.equal('true');
    // The pointer can travel into the drop-down (it lies inside the item), and it stays open there.
    await sendMouse({ type: 'move', position: center(link(el, 'Earnings Calls')) });
    await aTimeout(400);
    expect(shown(sub)).to.be.true;
    await sendMouse({ type: 'move', position: center(link(el, 'Mergers')) });
    await waitUntil(() => shown(submenuOf(el, 'Mergers')), 'hover did not open the nested sub-menu');
    // Escape dismisses it with the pointer still there and the focus elsewhere (WCAG 1.4.13)…
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown(sub)).to.be.false;
    await sendMouse({ type: 'move', position: center(link(el, 'Company News')) });
    await waitUntil(() => shown(sub), 'hover did not open the sub-menu again');
    // …and leaving the menu closes it.
    await sendMouse({ type: 'move', position: [2, 2] });
    await waitUntil(() => !shown(sub), 'leaving did not close the sub-menu');

    const narrow = await menuAt(300);
    await sendMouse({ type: 'click', position: center(part(narrow, 'toggle')) });
    await narrow.updateComplete;
    const list = topList(narrow);
    const closedHeight = list.getBoundingClientRect().height;
    await sendMouse({ type: 'move', position: center(link(narrow, 'Company News')) });
    await aTimeout(50);
    expect(shown(submenuOf(narrow, 'Company News'))).to.be.false; // no hover when narrow
    await sendMouse({ type: 'click', position: center(submenuToggle(narrow, 'Company News')) });
    await narrow.updateComplete;
    expect(shown(submenuOf(narrow, 'Company News'))).to.be.true;
    expect(list.getBoundingClientRect().height).to.be.above(closedHeight); // opens in place
    await sendMouse({ type: 'click', position: center(submenuToggle(narrow, 'Company News')) });
    await narrow.updateComplete;
    expect(shown(submenuOf(narrow, 'Company News'))).to.be.false;
  });

  it('marks the link to the current page with aria-current="page"', async () => {
    const original = location.href;
    history.replaceState(null, '', '/category/company-news/');
    try {
      const el = await menuAt(1000, html`<press-menu src=${FEED}></press-menu>`);
      const current = parts(el, 'link').filter((a) => a.getAttribute('aria-current') === 'page');
      expect(current.map((a) => a.textContent.trim())).to.deep.equal(['Company News']);
      expect(current[0].getAttribute('part')).to.equal('link current');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('has a "Skip to content" link, hidden until focused, that moves focus to the content', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button>Before</button>
      <press-menu skip-to="press-menu-content" .menu=${MENU}></press-menu>
      <div class="spacer"></div>
      <main id="press-menu-content"><p>The story.</p></main>
      <div class="spacer"></div>
    </div>`);
    for (const spacer of wrapper.querySelectorAll<HTMLElement>('.spacer')) spacer.style.height = '3000px';
    const el = wrapper.querySelector('press-menu')!;
    await settle(el);
    const skip = part(el, 'skip-link');
    expect(skip.textContent.trim()).to.equal('Skip to content');
    expect(skip.getBoundingClientRect().width).to.be.at.most(1);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(who(focused(el))).to.equal(who(skip));
    expect(skip.getBoundingClientRect().width).to.be.above(50);
    await expect(el).to.be.accessible();
    const hash = location.hash;
    await sendKeys({ press: 'Enter' });
    const main = wrapper.querySelector('main')!;
    expect(who(document.activeElement)).to.equal(who(main));
    expect(main.getAttribute('tabindex')).to.equal('-1');
    expect(Math.abs(main.getBoundingClientRect().top)).to.be.below(2);
    expect(location.hash).to.equal(hash);
    window.scrollTo(0, 0);
  });

  it('shows an item with an unsafe URL as text, never as a link', async () => {
    const menu = [
      { label: 'Evil', url: 'javascript:alert(1)', children: [] },
      { label: 'Evil parent', url: ' JaVaScRiPt:alert(2)', children: [{ label: 'Kid', url: '/kid/', children: [] }] },
      { label: 'Home', url: '/', children: [] },
    ];
    const el = await menuAt(1000, html`<press-menu .menu=${menu}></press-menu>`);
    expect(topLabels(el)).to.deep.equal(['Evil', 'Evil parent', 'Home']);
    const hrefs = Array.from(el.shadowRoot!.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => /script:/i.test(href))).to.be.empty;
    expect(link(el, 'Evil').localName).to.equal('span');
    expect(link(el, 'Evil parent').localName).to.equal('span');
    submenuToggle(el, 'Evil parent').click();
    await el.updateComplete;
    expect(link(el, 'Kid').getAttribute('href')).to.equal('/kid/');
    await expect(el).to.be.accessible();
  });

  it('takes over wp_nav_menu markup without moving it, wide and narrow', async () => {
    const markup = html`<press-menu-later>
      <nav id="site-navigation" class="main-navigation" aria-label="Main">
        <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
        <div class="menu-main-container">
          <ul id="primary-menu" class="menu">
            <li class="menu-item current-menu-item"><a href="/">Home</a></li>
            <li class="menu-item menu-item-has-children">
              <a href="/category/company-news/">Company News</a>
              <ul class="sub-menu">
                <li class="menu-item"><a href="/category/company-news/earnings-calls/">Earnings Calls</a></li>
              </ul>
            </li>
            <li class="menu-item"><a href="/category/crypto-currency/">Crypto Currency</a></li>
          </ul>
        </div>
      </nav>
    </press-menu-later>`;
    // The theme's own menu CSS, as _s has it, in the widget's metrics.
    const page = await fixture<HTMLElement>(html`<div>
      <style>
        .theme.wide { width: 1000px; }
        .theme.narrow { width: 300px; }
        .theme nav ul { display: flex; flex-wrap: wrap; column-gap: 1em; list-style: none; margin: 0; padding: 0; }
        .theme nav ul ul { display: none; }
        .theme nav a { display: block; padding: 0.25em 0; }
        .theme .menu-toggle { display: none; font: inherit; padding: calc(0.25em - 1px) 0.75em; border: 1px solid; }
        .theme.narrow .menu-toggle { display: inline-flex; }
        .theme.narrow .menu-main-container { display: none; }
      </style>
      <div class="theme wide">${markup}</div>
      <div class="theme narrow">${markup}</div>
    </div>`);
    const boxes = Array.from(page.querySelectorAll<HTMLElement>('.theme'));
    const before = boxes.map((box) => box.getBoundingClientRect().height);
    expect(before[0]).to.be.above(10);
    const { PressMenu } = await import('../../src/components/press-menu/press-menu.js');
    customElements.define('press-menu-later', class extends PressMenu {});
    const [wide, narrow] = boxes.map((box) => box.firstElementChild as PressMenu);
    await settle(wide);
    await settle(narrow);
    expect(topLabels(wide)).to.deep.equal(['Home', 'Company News', 'Crypto Currency']);
    expect(labelOf(submenuOf(wide, 'Company News').firstElementChild!)).to.equal('Earnings Calls');
    expect(part(wide, 'nav').getAttribute('aria-label')).to.equal('Main');
    expect(parts(wide, 'toggle').length).to.equal(0);
    expect(parts(narrow, 'toggle').length).to.equal(1);
    boxes.forEach((box, i) => {
      expect(box.getBoundingClientRect().height, `${box.className}: height after takeover`).to.be.closeTo(before[i], 1);
    });
    await expect(wide).to.be.accessible();
  });

  it('shows an empty text for an empty menu', async () => {
    const el = await menuAt(1000, html`<press-menu .menu=${[]}></press-menu>`);
    expect(part(el, 'empty').textContent).to.equal('No menu items.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with Retry that recovers', async () => {
    const el = await loaded<PressMenu>(html`<press-menu src=${uniqueFeed('feed', 3)}></press-menu>`);
    expect(shadowText(el)).to.contain('Could not load menu items.');
    expect(parts(el, 'nav').length).to.equal(0);
    await expect(el).to.be.accessible();
    const load = oneEvent(el, 'press-load');
    part(el, 'retry').click();
    await load;
    await el.updateComplete;
    expect(topLabels(el)).to.deep.equal(FEED_LABELS);
  });

  it('shows a skeleton the size of the menu while loading', async () => {
    const ready = await menuAt(1000);
    const el = await fixture<PressMenu>(html`<press-menu src=${uniqueFeed('slow', 3000)}></press-menu>`, {
      parentNode: Object.assign(document.createElement('div'), { className: 'wide-box' }),
    });
    el.parentElement!.style.width = '1000px';
    await settle(el);
    expect(part(el, 'body').getAttribute('aria-busy')).to.equal('true');
    expect(shadowText(el)).to.contain('Loading menu items…');
    expect(part(el, 'skeleton').getAttribute('aria-hidden')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.closeTo(ready.getBoundingClientRect().height, 1);
    await expect(el).to.be.accessible();

    // Narrow, it is the size of the "Menu" button.
    const readyNarrow = await menuAt(300);
    el.parentElement!.style.width = '300px';
    await settle(el);
    expect(parts(el, 'toggle').length).to.equal(0);
    expect(el.getBoundingClientRect().height).to.be.closeTo(readyNarrow.getBoundingClientRect().height, 1);
    await expect(el).to.be.accessible();
  });
});
