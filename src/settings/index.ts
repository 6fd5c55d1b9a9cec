// Pure settings API. The browser-backed store lives in ./browserStore and is
// imported directly by extension entry points, never from here, so that this
// module stays importable in tests and non-extension contexts.
export * from './schema';
export * from './domains';
export * from './validate';
export * from './migrate';
export * from './exportImport';
export * from './store';
