const numberFormats = new Map<string, Intl.NumberFormat>();

/** A post count in the page's language: "1,234", "1.234", "١٬٢٣٤". */
export function formatCount(count: number, locale: string): string {
  // Making a formatter costs far more than using one: a long list would spend its time here.
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(count);
}

/** A dropdown's change handler: opens the chosen option's URL in the dropdown's own window, as WordPress's widgets do. */
export function navigateTo(event: Event): void {
  const select = event.currentTarget as HTMLSelectElement;
  if (select.value) select.ownerDocument.defaultView?.location.assign(select.value);
}
