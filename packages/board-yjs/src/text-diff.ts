import type * as Y from 'yjs';

export interface TextSplice {
  index: number;
  deleteCount: number;
  insert: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The single splice that turns `before` into `after`: keep the common start and
 * end, replace the middle. Replacing only the middle keeps a peer's concurrent
 * typing elsewhere in the text. Never cuts an emoji (a surrogate pair) in half.
 */
export function diffText(before: string, after: string): TextSplice {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  const maxEnd = limit - start;
  while (
    end < maxEnd &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end++;
  }
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return {
    index: start,
    deleteCount: before.length - start - end,
    insert: after.slice(start, after.length - end),
  };
}

/** Makes `ytext` read `next` with the smallest edit; no-op when already equal. */
export function replaceText(ytext: Y.Text, next: string): void {
  const splice = diffText(ytext.toString(), next);
  if (splice.deleteCount > 0) ytext.delete(splice.index, splice.deleteCount);
  if (splice.insert.length > 0) ytext.insert(splice.index, splice.insert);
}
