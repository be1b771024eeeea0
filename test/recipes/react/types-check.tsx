// Not built: typechecked only (npm run typecheck). The JSX typings catch what is wrong.
/* eslint-disable @typescript-eslint/no-unsafe-return -- the point of the file is what does not typecheck */
import 'press-widgets';

export const wrong = [
  // @ts-expect-error categories is Category[], not a string
  <press-categories categories="Company News" />,
  // @ts-expect-error the press-load event's detail has no "total"
  <press-archives onpress-load={(event) => event.detail.total} />,
  // @ts-expect-error limit is a number
  <press-archives limit="five" />,
];
export const right = <press-comment-form post-id={123} onpress-comment-posted={(event) => event.detail.status === 'pending'} />;
