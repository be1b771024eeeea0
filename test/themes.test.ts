// The two ready looks in demo/themes/: CSS a site owner copies as it is. They may set only the
// documented tokens and parts (custom-elements.json, built by `npm run build`), and they must work.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { loaded, part } from './helpers/fixtures.js';

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const THEMES = ['/demo/themes/newspaperly.css', '/demo/themes/neutral.css'];

async function documented(): Promise<Map<string, { parts: Set<string>; tokens: Set<string> }>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const elements = new Map<string, { parts: Set<string>; tokens: Set<string> }>();
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!declaration.tagName) continue;
    elements.set(declaration.tagName, {
      parts: new Set((declaration.cssParts ?? []).map((p) => p.name)),
      tokens: new Set((declaration.cssProperties ?? []).map((p) => p.name)),
    });
  }
  return elements;
}

/** Every rule of the sheet that sets something other than a documented token or part. */
function undocumented(sheet: CSSStyleSheet, elements: Map<string, { parts: Set<string>; tokens: Set<string> }>): string[] {
  const allTokens = new Set([...elements.values()].flatMap((e) => [...e.tokens]));
  const wrong: string[] = [];
  for (const rule of sheet.cssRules) {
    if (!(rule instanceof CSSStyleRule)) {
      wrong.push(`not a style rule: ${rule.cssText.slice(0, 60)}`);
      continue;
    }
    const properties = Array.from(rule.style);
    for (const selector of rule.selectorText.split(',').map((s) => s.trim())) {
      const tokensOnly = /^(:root|press-[a-z-]+)$/.exec(selector);
      const onPart = /^(press-[a-z-]+)::part\(([a-z-]+)\)(:hover|:focus-visible|:focus|:active)?$/.exec(selector);
      if (tokensOnly) {
        const tokens = tokensOnly[1] === ':root' ? allTokens : elements.get(tokensOnly[1])?.tokens;
        for (const property of properties) if (!tokens?.has(property)) wrong.push(`${selector} { ${property} }`);
      } else if (onPart) {
        if (!elements.get(onPart[1])?.parts.has(onPart[2])) wrong.push(`${selector}: no such part`);
        for (const property of properties) if (property.startsWith('--') && !allTokens.has(property)) wrong.push(`${selector} { ${property} }`);
      } else {
        wrong.push(`${selector}: neither a token rule nor a part`);
      }
    }
  }
  return wrong;
}

const styles: HTMLStyleElement[] = [];
async function useTheme(url: string): Promise<void> {
  const style = document.createElement('style');
  style.textContent = await (await fetch(url)).text();
  document.head.append(style);
  styles.push(style);
}
afterEach(() => {
  styles.splice(0).forEach((style) => {
    style.remove();
  });
  document.documentElement.style.removeProperty('color-scheme');
});

const CATEGORIES = [{ id: 1, name: 'Company News', url: '/category/company-news/', count: 82 }];

describe('the ready looks (demo/themes/*.css)', () => {
  it('set only the tokens and parts that custom-elements.json documents', async () => {
    const elements = await documented();
    expect(elements.get('press-categories')?.parts.has('children')).to.be.true;
    for (const url of THEMES) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(await (await fetch(url)).text());
      expect(sheet.cssRules.length, url).to.be.greaterThan(5);
      expect(undocumented(sheet, elements), url).to.deep.equal([]);
    }
    // The check itself catches what it should.
    const bad = new CSSStyleSheet();
    bad.replaceSync(':root { --press-colour-link: red; color: red } press-categories::part(bullet) { color: red } .sidebar a { color: red }');
    expect(undocumented(bad, elements)).to.have.length(4);
  });

  it('Newspaperly: red-ruled serif headings, dark text links, a dark menu bar', async () => {
    await useTheme(THEMES[0]);
    const categories = await loaded(html`<press-categories show-counts .categories=${CATEGORIES}></press-categories>`);
    const heading = getComputedStyle(part(categories, 'heading'));
    expect(heading.borderBottomColor).to.equal('rgb(198, 40, 40)');
    expect(heading.textTransform).to.equal('uppercase');
    expect(heading.fontFamily).to.contain('Georgia');
    expect(getComputedStyle(part(categories, 'list')).listStyleType).to.equal('none');
    expect(getComputedStyle(part(categories, 'link')).color).to.equal('rgb(34, 34, 34)');
    const menu = await loaded(html`<press-menu .menu=${[{ label: 'Home', url: '/', children: [] }]}></press-menu>`);
    expect(getComputedStyle(part(menu, 'nav')).backgroundColor).to.equal('rgb(20, 20, 20)');
    expect(getComputedStyle(part(menu, 'link')).color).to.equal('rgb(255, 255, 255)');
  });

  it("Neutral: inherits the page's text, and turns dark with the page's color-scheme", async () => {
    await useTheme(THEMES[1]);
    const wrapper = await fixture<HTMLElement>(html`<div class="page-text">
      <press-categories show-counts .categories=${CATEGORIES}></press-categories>
    </div>`);
    wrapper.style.color = 'rgb(1, 2, 3)';
    const categories = wrapper.querySelector('press-categories')!;
    await (categories as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(getComputedStyle(part(categories, 'item')).color).to.equal('rgb(1, 2, 3)');
    const item = part(categories, 'item');
    const heading = part(categories, 'heading');
    const light = { border: getComputedStyle(item).borderTopColor, heading: getComputedStyle(heading).color };
    expect(light).to.deep.equal({ border: 'rgb(195, 203, 211)', heading: 'rgb(89, 99, 110)' });
    document.documentElement.style.setProperty('color-scheme', 'dark');
    expect({ border: getComputedStyle(item).borderTopColor, heading: getComputedStyle(heading).color }).to.deep.equal({
      border: 'rgb(74, 82, 92)',
      heading: 'rgb(145, 152, 161)',
    });
  });
});
