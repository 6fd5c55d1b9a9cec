import { beforeEach, vi } from 'vitest';

/**
 * The reader's shadow root is closed: a test keeps, before each test, the roots the page could
 * never get. Returns the list, emptied before each test.
 */
export function keepClosedShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  beforeEach(() => {
    roots.length = 0;
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
  });
  return roots;
}
