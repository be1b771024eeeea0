// Framework typings from custom-elements.json (run by `npm run build`, after `analyze`):
//   lib/jsx.d.ts  `CustomElements` for JSX's IntrinsicElements (React 19, Preact, Solid…)
//   lib/vue.d.ts  Vue 3's GlobalComponents, for templates
// Made by custom-element-jsx-integration and custom-element-vuejs-integration; then each event
// handler gets its real event type from HTMLElementEventMap (src/events.ts) instead of
// `CustomEvent<never>`, since the manifest's events carry no type.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const options = {
  outdir: 'lib',
  hideLogs: true,
  componentTypePath: (_name, tag) => `./components/${tag}/${tag}.js`,
};
generateJsxTypes(structuredClone(manifest), { ...options, fileName: 'jsx.d.ts' });
generateVuejsTypes(structuredClone(manifest), { ...options, fileName: 'vue.d.ts' });

for (const file of ['lib/jsx.d.ts', 'lib/vue.d.ts']) {
  const text = readFileSync(file, 'utf8');
  const typed = text.replace(/"on(press-[a-z-]+)"\?: \(e: CustomEvent<never>\) => void;/g, '"on$1"?: (e: HTMLElementEventMap["$1"]) => void;');
  if (typed.includes('CustomEvent<never>')) throw new Error(`${file}: an event without a type`);
  // The events' types (HTMLElementEventMap) come with the package's events module.
  writeFileSync(file, `// Generated from custom-elements.json by scripts/framework-types.js.\nimport './events.js';\n${typed}`);
}
