// Theming, as a site sees it: what page CSS can and cannot do to the widgets across the shadow
// boundary, what the widgets' cascade layer changes, and a dark-mode switch on <html> followed at once.
import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { css } from 'lit';
import { PressCategories } from '../src/components/press-categories/press-categories.js';
import { PressMenu } from '../src/components/press-menu/press-menu.js';
import '../src/index.js';
import { loaded, part } from './helpers/fixtures.js';

const CATEGORIES = [
  { id: 1, name: 'Company News', url: '/category/company-news/', count: 82 },
  { id: 2, name: 'Crypto', url: '/category/crypto/', count: 3 },
];
const MENU = [{ label: 'News', url: '/news/', children: [{ label: 'Deals', url: '/deals/', children: [] }] }];

/** A stylesheet on the page (not in any shadow root), removed after the test. */
const pageSheets: HTMLStyleElement[] = [];
function pageCss(text: string): void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  pageSheets.push(style);
}

const colour = (el: Element): string => getComputedStyle(el).color;
const background = (el: Element): string => getComputedStyle(el).backgroundColor;

afterEach(() => {
  pageSheets.splice(0).forEach((style) => {
    style.remove();
  });
  document.documentElement.className = '';
  document.documentElement.style.removeProperty('color-scheme');
});

describe('theming: page CSS and the shadow boundary', () => {
  it("the page's ::part() rules beat the widgets' own rules, however specific, with no !important, also from a page layer", async () => {
    // `.wide [part~='submenu']` (0,2,0) inside the shadow root sets the sub-menu's background;
    // `::part()` rules from the page come from the outer context, which wins for normal declarations
    // before specificity or layers are looked at.
    pageCss(`
      @layer site { press-menu::part(submenu) { background-color: rgb(1, 2, 3); } }
      press-menu::part(link) { color: rgb(4, 5, 6); }
    `);
    const menu = await loaded<PressMenu>(html`<press-menu .menu=${MENU}></press-menu>`);
    await aTimeout(50);
    expect(background(part(menu, 'submenu'))).to.equal('rgb(1, 2, 3)');
    expect(colour(part(menu, 'link'))).to.equal('rgb(4, 5, 6)');
  });

  it("the page's rules on the element beat the widget's :host rules", async () => {
    pageCss('press-categories.inline { display: inline-block; color: rgb(7, 8, 9); }');
    const el = await loaded<PressCategories>(html`<press-categories class="inline" .categories=${CATEGORIES}></press-categories>`);
    expect(getComputedStyle(el).display).to.equal('inline-block');
    expect(colour(part(el, 'item'))).to.equal('rgb(7, 8, 9)');
  });

  it('page selectors do not reach inside the shadow root at all: only ::part(), inheritance and the tokens do', async () => {
    pageCss(`
      press-categories li, press-categories a { color: rgb(200, 0, 0); }
      @layer press-widgets { press-categories a { color: rgb(200, 0, 0); } }
    `);
    const el = await loaded<PressCategories>(html`<press-categories .categories=${CATEGORIES}></press-categories>`);
    expect(colour(part(el, 'link'))).not.to.equal('rgb(200, 0, 0)');
    expect(colour(part(el, 'item'))).not.to.equal('rgb(200, 0, 0)');
    el.style.setProperty('--press-color-link', 'rgb(0, 0, 200)');
    expect(colour(part(el, 'link'))).to.equal('rgb(0, 0, 200)');
  });

  it("styles added inside the shadow root (a subclass's) win over the widget's layered styles, however specific those are", async () => {
    // Without the layer, `.wide [part~='submenu']` (0,2,0) would beat this `[part~='submenu']` (0,1,0).
    class ThemedMenu extends PressMenu {
      static override styles = [...[PressMenu.styles].flat(), css`[part~='submenu'] { background-color: rgb(10, 20, 30); }`];
    }
    customElements.define('themed-menu', ThemedMenu);
    const menu = await loaded<ThemedMenu>(html`<themed-menu .menu=${MENU}></themed-menu>`);
    await aTimeout(50);
    expect(menu.shadowRoot!.querySelector('.wide')).to.exist;
    expect(background(part(menu, 'submenu'))).to.equal('rgb(10, 20, 30)');

    class ThemedCategories extends PressCategories {
      static override styles = [...[PressCategories.styles].flat(), css`a { outline: 3px solid rgb(1, 1, 1); }`];
    }
    customElements.define('themed-categories', ThemedCategories);
    const el = await loaded<ThemedCategories>(html`<themed-categories .categories=${CATEGORIES}></themed-categories>`);
    const link = part(el, 'link');
    link.focus();
    // `a:focus-visible` (0,1,1) sets the focus ring; the unlayered `a` (0,0,1) still wins.
    expect(getComputedStyle(link).outlineWidth).to.equal('3px');
  });
});

describe('theming: inherited text properties', () => {
  it("a page's pre-wrap container (WordPress's Verse block) does not show the templates' line breaks", async () => {
    const heights = async (style: string): Promise<number[]> => {
      const box = await fixture<HTMLElement>(html`<div style=${style}>
        <press-categories .categories=${CATEGORIES}></press-categories>
        <press-menu .menu=${MENU}></press-menu>
      </div>`);
      const widgets = [...box.children] as (PressCategories | PressMenu)[];
      await Promise.all(widgets.map((el) => el.updateComplete));
      return widgets.map((el) => el.getBoundingClientRect().height);
    };
    expect(await heights('white-space: pre-wrap')).to.deep.equal(await heights(''));
  });
});

describe('theming: !important across the shadow boundary', () => {
  it("flips the contexts: a page's !important beats the widget's rules, a shadow root's !important beats the page's", async () => {
    pageCss('.insistent::part(link) { color: rgb(1, 1, 1) !important; } .insistent::part(count) { color: rgb(2, 2, 2) !important; }');
    class Insistent extends PressCategories {
      static override styles = [...[PressCategories.styles].flat(), css`[part~='count'] { color: rgb(3, 3, 3) !important; }`];
    }
    customElements.define('insistent-categories', Insistent);
    const el = await loaded<Insistent>(html`<insistent-categories class="insistent" show-counts .categories=${CATEGORIES}></insistent-categories>`);
    expect(colour(part(el, 'link'))).to.equal('rgb(1, 1, 1)');
    expect(colour(part(el, 'count'))).to.equal('rgb(3, 3, 3)');
  });
});

describe('theming: dark mode on <html>, followed at once', () => {
  // A typical site: colours from the page's CSS, a dark class on <html> that sets color-scheme too.
  const SITE = `
    html { color: rgb(20, 20, 20); background: rgb(250, 250, 250); }
    html.dark { color-scheme: dark; color: rgb(230, 230, 230); background: rgb(17, 17, 17); }
  `;

  it('a class on <html>: text, counts, borders, links, fields and sub-menus change in the same frame, no reload', async () => {
    pageCss(SITE);
    const wrapper = await fixture<HTMLElement>(html`<div>
      <press-categories show-counts .categories=${CATEGORIES}></press-categories>
      <press-archives dropdown .archives=${[{ year: 2025, month: 7, url: '/2025/07/', count: 2 }]}></press-archives>
      <press-menu .menu=${MENU}></press-menu>
    </div>`);
    await aTimeout(100);
    const categories = wrapper.querySelector('press-categories')!;
    const select = part(wrapper.querySelector('press-archives')!, 'select');
    const menu = wrapper.querySelector('press-menu')!;
    const before = {
      text: colour(part(categories, 'item')),
      count: colour(part(categories, 'count')),
      link: colour(part(categories, 'link')),
      field: background(select),
      submenu: background(part(menu, 'submenu')),
    };
    expect(before.text).to.equal('rgb(20, 20, 20)');
    expect(before.count).to.equal('rgb(20, 20, 20)');

    document.documentElement.classList.add('dark');
    // getComputedStyle forces the style update; nothing re-renders, nothing reloads.
    expect(colour(part(categories, 'item'))).to.equal('rgb(230, 230, 230)');
    expect(colour(part(categories, 'count'))).to.equal('rgb(230, 230, 230)');
    expect(getComputedStyle(select).borderTopColor).to.equal('rgb(230, 230, 230)');
    expect(colour(part(categories, 'link'))).not.to.equal(before.link); // LinkText of the dark scheme
    expect(background(select)).not.to.equal(before.field); // Field of the dark scheme
    expect(background(part(menu, 'submenu'))).not.to.equal(before.submenu); // Canvas of the dark scheme

    document.documentElement.classList.remove('dark');
    await nextFrame();
    expect(colour(part(categories, 'link'))).to.equal(before.link);
    expect(background(select)).to.equal(before.field);
  });

  it('color-scheme alone (light dark, or a switch that sets it) flips the system colours the widgets default to', async () => {
    pageCss('html { color-scheme: light; color: CanvasText; } html.dark { color-scheme: dark; }');
    const el = await fixture<PressCategories>(html`<press-categories .categories=${CATEGORIES}></press-categories>`);
    await el.updateComplete;
    const light = { text: colour(part(el, 'item')), link: colour(part(el, 'link')) };
    document.documentElement.classList.add('dark');
    const dark = { text: colour(part(el, 'item')), link: colour(part(el, 'link')) };
    expect(dark.text).not.to.equal(light.text);
    expect(dark.link).not.to.equal(light.link);
  });

  it('a class that sets only colours, not color-scheme, moves the text but not the default link colour (LinkText): set --press-color-link too', async () => {
    pageCss('html.dark { color: rgb(230, 230, 230); } html.dark2 { color: rgb(230, 230, 230); --press-color-link: rgb(140, 180, 255); }');
    const el = await fixture<PressCategories>(html`<press-categories .categories=${CATEGORIES}></press-categories>`);
    await el.updateComplete;
    const link = colour(part(el, 'link'));
    document.documentElement.className = 'dark';
    expect(colour(part(el, 'item'))).to.equal('rgb(230, 230, 230)');
    expect(colour(part(el, 'link'))).to.equal(link);
    document.documentElement.className = 'dark2';
    expect(colour(part(el, 'link'))).to.equal('rgb(140, 180, 255)');
  });
});
