/** Registers `tag` unless something already did (a second copy of the script, say). */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
