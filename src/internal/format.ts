/** A post count in the page's language: "1,234", "1.234", "١٬٢٣٤". */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** A dropdown's change handler: opens the chosen option's URL, as WordPress's widgets do. */
export function navigateTo(event: Event): void {
  const url = (event.currentTarget as HTMLSelectElement).value;
  if (url) location.assign(url);
}
