// The README's React recipe. React 19 sets `categories` as a property (the element has one) and
// `show-counts` as an attribute, and `onpress-load` listens for the element's press-load event.
import { useState } from 'react';
import 'press-widgets';
import type { Category } from 'press-widgets/data.js';

export function Sidebar({ categories }: { categories: Category[] }) {
  const [count, setCount] = useState<number>();
  return (
    <aside>
      <press-categories
        show-counts
        heading="Topics"
        categories={categories}
        onpress-load={(event) => {
          setCount(event.detail.count);
        }}
      />
      <p className="status">{count === undefined ? 'Loading…' : `${String(count)} categories`}</p>
    </aside>
  );
}
