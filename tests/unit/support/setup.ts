import { afterAll, beforeEach } from 'vitest';
import { fakeBrowser } from './browser';

beforeEach(() => {
  fakeBrowser.reset();
});

// jsdom has <dialog> but not its modal API (the reader opens with showModal()); what matters
// in unit tests is the open state, which decides whether the dialog's content is shown.
if (typeof HTMLDialogElement !== 'undefined') {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.show ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// Preact runs a component's effects after the next frame, with a 100 ms timer as the fallback that
// then calls cancelAnimationFrame. A file whose last test leaves such a timer pending would see it
// fire after the DOM environment's teardown has taken cancelAnimationFrame away (an uncaught
// ReferenceError that fails the run). Each DOM file lets that timer run out before it ends.
const PREACT_FRAME_FALLBACK_MS = 100;
afterAll(async () => {
  if (typeof cancelAnimationFrame !== 'function') return;
  await new Promise<void>((resolve) => setTimeout(resolve, PREACT_FRAME_FALLBACK_MS + 20));
});
