/** Typing in a field: its keys are text, not the reader's shortcuts (the reader, the highlights and the block tools ask). */
export function typingInField(event: Event): boolean {
  const target = event.composedPath()[0];
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
}
