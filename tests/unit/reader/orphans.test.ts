// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { HOST_MARK } from '../../../src/reader/host';
import { markHost, removeOrphanedReaders } from '../../../src/reader/orphans';

afterEach(() => {
  document.documentElement.removeAttribute('style');
  for (const el of Array.from(document.documentElement.children)) if (el.localName === 'div') el.remove();
});

function leaveReader(): Element {
  const host = document.createElement('div');
  markHost(host, document);
  document.documentElement.append(host);
  return host;
}

describe('readers an older copy of the script left behind', () => {
  it('are taken away, and <html> gets back the style it had before the first locked it', () => {
    document.documentElement.setAttribute('style', 'color: navy');
    leaveReader();
    document.documentElement.setAttribute('style', 'color: navy; overflow: hidden !important');
    leaveReader();
    expect(removeOrphanedReaders(document)).toBe(2);
    expect(document.documentElement.querySelectorAll(`[${HOST_MARK}]`)).toHaveLength(0);
    expect(document.documentElement.getAttribute('style')).toBe('color: navy');
  });

  it('leave no style attribute where the page had none, and the page’s own elements alone', () => {
    leaveReader();
    document.documentElement.setAttribute('style', 'overflow: hidden !important');
    const own = document.createElement('div');
    document.documentElement.append(own);
    removeOrphanedReaders(document);
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    expect(own.isConnected).toBe(true);
  });
});
