/**
 * The English strings only the comment thread shows, WordPress's msgids as in en.ts. They are in
 * the WordPress chunk with the thread's drawing, and join `en` when the chunk loads: a page
 * without a thread does not carry them. The generator of the translations reads them with en.ts.
 */
export const threadStrings = {
  oneResponseTo: 'One response to %s',
  responsesTo: '%1$s responses to %2$s',
  quoted: '“%s”',
  commentsClosed: 'Comments are closed.',
  commentsNavigation: 'Comments navigation',
  olderComments: '« Older Comments',
  newerComments: 'Newer Comments »',
  reply: 'Reply',
  replyTo: 'Reply to %s',
  dateAtTime: '%1$s at %2$s',
  awaitingPreview: 'Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been approved.',
};
