// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText, offerFile } from '../../../src/export/offer';

describe('offerFile', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('clicks a download link to a Blob of the text inside the given root, then takes it away', () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    // jsdom has no Blob addresses: these stand for the browser's.
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:https://news.example/1';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const root = document.createElement('div');
    document.body.append(root);
    const clicked: { download: string; href: string; inRoot: boolean }[] = [];
    root.addEventListener('click', (event) => {
      const link = event.target as HTMLAnchorElement;
      clicked.push({ download: link.download, href: link.href, inRoot: link.parentNode === root });
      event.preventDefault();
    });

    offerFile(root, 'River park.md', 'text/markdown;charset=utf-8', '# River park\n');

    expect(clicked).toEqual([{ download: 'River park.md', href: 'blob:https://news.example/1', inRoot: true }]);
    expect(root.children.length).toBe(0);
    expect(blobs[0]?.type).toBe('text/markdown;charset=utf-8');
    // jsdom's Blob cannot be read back: its size stands for its text.
    expect(blobs[0]?.size).toBe(new TextEncoder().encode('# River park\n').length);
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:https://news.example/1');
  });
});

describe('copyText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('answers whether the text is on the clipboard, and never throws', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await copyText('# T')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('# T');

    vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    expect(await copyText('# T')).toBe(false);

    // Pages served over plain http have no clipboard API at all.
    vi.stubGlobal('navigator', {});
    expect(await copyText('# T')).toBe(false);
  });
});
