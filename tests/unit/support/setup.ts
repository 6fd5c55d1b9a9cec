import { beforeEach } from 'vitest';
import { fakeBrowser } from './browser';

beforeEach(() => {
  fakeBrowser.reset();
});
