// For tools that read .ts files only (eslint's type checker); vue-tsc reads the .vue files themselves.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
