// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { holdMediaPaused, mediaRoots } from '../../../src/reader/pageMedia';

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
    const roots = mediaRoots(document, document.getElementById('host')!);
    expect(roots).toHaveLength(3);
    const release = holdMediaPaused(roots, document.getElementById('host')!);
    expect([plain.paused, inShadow.paused, inFrame.paused]).toEqual([true, true, true]);
    expect(ours.paused).toBe(false);

    await inShadow.play();
    await plain.play();
    expect([plain.paused, inShadow.paused]).toEqual([true, true]);

    release();
    await plain.play();
    expect(plain.paused).toBe(false);
  });
});
