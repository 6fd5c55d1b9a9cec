// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { selectedOffsets } from '../../../src/reader/highlights/selection';

/** A body in a closed shadow root, as the reader's is; the document's selection cannot see into it. */
function shadowBody(): { body: HTMLElement; text: Text; root: ShadowRoot } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  const body = document.createElement('div');
  body.innerHTML = '<p>The council met on Monday.</p><p>It approved the budget.</p>';
  root.append(body);
  return { body, text: body.querySelectorAll('p')[1]?.firstChild as Text, root };
}

/** What Chromium's document selection says of a selection in a shadow root: a caret at the host. */
function hostOnlySelection(): Selection {
  return { rangeCount: 1, getRangeAt: () => document.createRange() } as unknown as Selection;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the selection inside the reader’s closed shadow root', () => {
  it('is read with getComposedRanges where the browser has it (Firefox, newer Chromium)', () => {
    const { body, text, root } = shadowBody();
    const asked: unknown[] = [];
    const selection = {
      ...hostOnlySelection(),
      getComposedRanges: (options: unknown) => {
        asked.push(options);
        return [new StaticRange({ startContainer: text, startOffset: 3, endContainer: text, endOffset: 11 })];
      },
    } as unknown as Selection;
    vi.spyOn(document, 'getSelection').mockReturnValue(selection);
    const found = selectedOffsets(body);
    expect(asked).toEqual([{ shadowRoots: [root] }]);
    expect(found && { start: found.start, end: found.end }).toEqual({ start: 'The council met on Monday.'.length + 3, end: 'The council met on Monday.'.length + 11 });
    expect(found?.range.toString()).toBe('approved');
  });

  it('falls back to the shadow root’s own selection (older Chromium)', () => {
    const { body, text, root } = shadowBody();
    vi.spyOn(document, 'getSelection').mockReturnValue(hostOnlySelection());
    const range = document.createRange();
    range.setStart(text, 16);
    range.setEnd(text, 22);
    (root as ShadowRoot & { getSelection?: () => Selection }).getSelection = () => ({ rangeCount: 1, getRangeAt: () => range }) as unknown as Selection;
    expect(selectedOffsets(body)?.range.toString()).toBe('budget');
  });

  it('keeps only the part inside the body, and nothing for a selection elsewhere', () => {
    const { body, text } = shadowBody();
    const outside = document.createElement('p');
    outside.textContent = 'Next page';
    body.after(outside);
    const range = document.createRange();
    range.setStart(text, 16);
    range.setEnd(outside.firstChild as Text, 4);
    vi.spyOn(document, 'getSelection').mockReturnValue({ rangeCount: 1, getRangeAt: () => range } as unknown as Selection);
    expect(selectedOffsets(body)?.range.toString()).toBe('budget.');
    const away = document.createRange();
    away.selectNodeContents(outside);
    vi.spyOn(document, 'getSelection').mockReturnValue({ rangeCount: 1, getRangeAt: () => away } as unknown as Selection);
    expect(selectedOffsets(body)).toBeNull();
  });
});
