/**
 * The one question the tab asks of its page before it writes a snapshot: is there text at all?
 * A module of its own that imports nothing, so that the reader bundle, which asks it on every
 * click, carries no part of the extraction engine (detect.ts brings Readability's readerable
 * check).
 */

/**
 * Too little text anywhere for a story: no group of paragraphs can reach the floor of
 * detect.ts's `storyReady` (150 characters in 3 paragraphs). A paragraph's weighted length is
 * at most four times its non-blank characters (one space per run of blanks, CJK counted
 * thrice), so fewer than 38 of them in the whole page
 * settle it; the walk stops as soon as that many are seen, so it costs next to nothing on a
 * page with text, and one pass over the nodes, without layout, on an empty app shell.
 */
const MIN_STORY_CHARS = 38;

/** Text no reader shows: an app shell's inline scripts and data would otherwise count as its story. */
const UNREAD_TEXT = new Set(['script', 'style']);

export function tooLittleText(doc: Document): boolean {
  const root = doc.body;
  if (!root) return true;
  // 4: NodeFilter.SHOW_TEXT (no NodeFilter global in Node).
  const walker = doc.createTreeWalker(root, 4);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (UNREAD_TEXT.has(node.parentElement?.localName ?? '')) continue;
    // Trimmed, a node's length is at least its non-blank count: the bound stays safe.
    seen += (node as CharacterData).data.trim().length;
    if (seen >= MIN_STORY_CHARS) return false;
  }
  return true;
}
