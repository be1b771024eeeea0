// The README's React recipe: the elements' attributes, properties and events, typed in JSX.
import type { CustomElements } from 'press-widgets/jsx';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
