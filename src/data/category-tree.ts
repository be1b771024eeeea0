import type { Category } from './model.js';

/** A category as `wp_list_categories()` shows it: its count and the sub-categories below it. */
export interface CategoryNode {
  category: Category;
  /** The count shown: with `hierarchical` and counts, padded with the descendants' posts, as WordPress does. */
  count: number | undefined;
  children: CategoryNode[];
  /** How many categories the branch shows: this one and every one below it. */
  size: number;
}

/** How the tree is built: the element's attributes, and the order of names in the page's language. */
export interface TreeOptions {
  hierarchical: boolean;
  topLevelOnly: boolean;
  showEmpty: boolean;
  showCounts: boolean;
  compare: (a: string, b: string) => number;
}

/**
 * Sub-categories nest at most this deep, as menu items do; deeper ones are listed, flat, under
 * their ancestor at this depth. Lit draws each level with nested calls: a thousand overflow the stack.
 */
export const DEEPEST = 8;

/**
 * Orders, filters, nests and pads `categories` as `wp_list_categories()` would. They must come
 * from the normalizer, which gives each category once, every parent in the list and no loop of
 * parents: then each category is reached once from the top, and the tree shows every one that the
 * options keep, once.
 */
export function categoryTree(categories: Category[], options: TreeOptions): CategoryNode[] {
  const { hierarchical, topLevelOnly, showEmpty, showCounts, compare } = options;
  const sorted = [...categories].sort((a, b) => compare(a.name, b.name));
  const nested = hierarchical || topLevelOnly;
  const parentOf = (c: Category): number => (nested ? (c.parent ?? 0) : 0);
  const byParent = new Map<number, Category[]>();
  for (const c of sorted) {
    const siblings = byParent.get(parentOf(c));
    if (siblings) siblings.push(c);
    else byParent.set(parentOf(c), [c]);
  }

  // Every category in the order shown, each after its parent. A loop, not recursion: a chain of
  // parents may be thousands deep.
  const ordered: { category: Category; depth: number }[] = [];
  const pending = (byParent.get(0) ?? []).map((category) => ({ category, depth: 0 })).reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    ordered.push(next);
    const children = byParent.get(next.category.id) ?? [];
    for (let i = children.length - 1; i >= 0; i--) pending.push({ category: children[i], depth: next.depth + 1 });
  }

  // Each branch from its children up: WordPress's padded count when the data has it, else the
  // sum (which counts twice a post filed in both a parent and its child); and whether any of
  // it has posts, since hide_empty keeps an empty parent whose descendants have some.
  const branches = new Map<number, { count: number | undefined; posts: boolean }>();
  for (let i = ordered.length - 1; i >= 0; i--) {
    const { category } = ordered[i];
    const children = (byParent.get(category.id) ?? []).map((child) => branches.get(child.id));
    const own = category.count;
    branches.set(category.id, {
      count: category.totalCount ?? (own === undefined ? undefined : children.reduce((sum, child) => sum + (child?.count ?? 0), own)),
      posts: (own ?? 1) > 0 || children.some((child) => child?.posts),
    });
  }

  const padded = hierarchical && showCounts;
  const roots: CategoryNode[] = [];
  const openAt: CategoryNode[] = []; // the last node placed at each depth: the parent of the next one below it
  for (const { category, depth } of ordered) {
    const branch = branches.get(category.id);
    if (!showEmpty && !branch?.posts) continue; // and so are all below it
    if (topLevelOnly && depth > 0) continue;
    const node: CategoryNode = { category, count: padded ? branch?.count : category.count, children: [], size: 1 };
    // Deeper than DEEPEST, a category is listed under its ancestor there, after the ones before it.
    const at = Math.min(depth, DEEPEST + 1);
    if (at === 0) roots.push(node);
    else openAt[at - 1].children.push(node);
    openAt[at] = node;
    for (let above = 0; above < at; above++) openAt[above].size++; // its ancestors: one more each shows
  }
  return roots;
}
