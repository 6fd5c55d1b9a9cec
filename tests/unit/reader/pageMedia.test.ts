// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { holdMediaPaused, innerMediaRoots } from '../../../src/reader/pageMedia';
import { elementsInSlices } from '../../../src/shared/yielding';

/** jsdom plays nothing: a media element that says it is playing and records its pause. */
function playing(media: HTMLMediaElement): HTMLMediaElement {
  let paused = false;
  Object.defineProperty(media, 'paused', { get: () => paused });
  media.pause = () => {
    paused = true;
  };
  media.play = async () => {
    paused = false;
    media.dispatchEvent(new Event('play'));
  };
  return media;
}

describe('page media while the reader is open', () => {
  it('pauses players in the page, in open shadow roots and in same-origin frames, and keeps them paused', async () => {
    document.body.innerHTML = '<video id="plain"></video><sticky-player></sticky-player><iframe></iframe><div id="host"></div>';
    const plain = playing(document.getElementById('plain') as HTMLVideoElement);
    const shadow = document.querySelector('sticky-player')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<video></video>';
    const inShadow = playing(shadow.querySelector('video')!);
    const frameDoc = document.querySelector('iframe')!.contentDocument!;
    frameDoc.body.innerHTML = '<audio></audio>';
    const inFrame = playing(frameDoc.querySelector('audio')!);
    const ours = playing(document.createElement('video'));
    document.getElementById('host')!.append(ours);

    // The reader's own host (with its open shadow root) is left alone.
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<video></video>';
    const roots = [];
    for await (const root of innerMediaRoots(document, document.getElementById('host')!)) roots.push(root);
    expect(roots).toEqual([shadow, frameDoc]);
    const release = holdMediaPaused(document, document.getElementById('host')!);
    // The document's own players at once; the others as the walk reaches them.
    expect(plain.paused).toBe(true);
    await vi.waitFor(() => expect([inShadow.paused, inFrame.paused]).toEqual([true, true]));
    expect(ours.paused).toBe(false);

    await inShadow.play();
    await plain.play();
    expect([plain.paused, inShadow.paused]).toEqual([true, true]);

    release();
    await plain.play();
    expect(plain.paused).toBe(false);
  });
});

describe('elementsInSlices', () => {
  it('walks in document order, leaves the skipped subtree out, and gives the page its turn between slices', async () => {
    document.body.innerHTML = '<div id="a"><p id="b"></p></div><div id="skip"><p id="c"></p></div><p id="d"></p>';
    const seen: string[] = [];
    for await (const el of elementsInSlices(document.body, document.getElementById('skip'))) seen.push(el.id);
    expect(seen).toEqual(['a', 'b', 'd']);

    // The page's own work: a task that queues itself again, as long as the walk runs.
    let pageTurns = 0;
    let walking = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      pageTurns++;
      if (walking) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    // A slice shorter than any work: every element ends one.
    let count = 0;
    for await (const _ of elementsInSlices(document.body, null, -1)) count++;
    walking = false;
    channel.port1.close();
    expect(count).toBe(5);
    expect(pageTurns).toBeGreaterThanOrEqual(4);
  });
});
