import { beforeEach } from 'vitest';
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
