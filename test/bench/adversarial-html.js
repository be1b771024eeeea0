// Markup made to hurt an HTML reader that backtracks: each shape is one run repeated to `bytes`,
// as a hostile commenter, editor, plugin or `api` can put it into a comment or a navigation block.
// The bench reads them mixed at 1 MB (test/bench/html-reader.js); the component tests feed each
// one at 100 KB through a widget (test/components/wordpress-reading.test.ts).

/**
 * Each shape's run, repeated. The first four close what they open; the next two, after their lead
 * (`LEADS`), leave an item open whose label grows at each `<a>`; the rest never close a tag.
 */
export const SHAPES = {
  'quotes in attributes': `<a title='">' href="/x?a=1&amp;b=2" data-x="it's">link</a> `,
  '> inside quoted values': `<p title="a>b" data-y='c>d'>text &amp; more</p>`,
  'script, style, svg and comment runs': `<script>if (a<b) x("</p>")</script><style>p>b{}</style><svg><path d="M0 0"/></svg><!-- c -->`,
  'deep nesting': `<li><ul><li><a href="/d">deep</a>`,
  'a label that grows at each <a>': 'y<a>',
  'spaces before each <a>': ' <a>',
  '< without >': '<',
  '<b "\' runs': `<b "'`,
  'images without a closing >': `<img src="a" alt="b" `,
  'an unclosed comment': '<!--a',
  'an unclosed <script>': '<script>a',
};

/** `run` repeated to at least `bytes` characters, cut there. */
const fill = (run, bytes) => run.repeat(Math.ceil(bytes / run.length)).slice(0, bytes);

/** What a shape starts with, once, before its run. */
const LEADS = {
  'a label that grows at each <a>': '<li><a href="/x">x',
  'spaces before each <a>': '<li>',
};

/** One shape at `bytes` characters. */
export const shapeOf = (name, bytes) => {
  const lead = LEADS[name] ?? '';
  return lead + fill(SHAPES[name], bytes - lead.length);
};

/**
 * Every shape at once, `bytes` characters in all: the ones that close what they open first, then
 * the unclosed ones (a tag left open consumes what follows, so that only the first of those is read
 * as written; the others are its attributes).
 */
export const adversarialHtml = (bytes) => {
  const names = Object.keys(SHAPES);
  return names.map((name) => shapeOf(name, Math.floor(bytes / names.length))).join('');
};
