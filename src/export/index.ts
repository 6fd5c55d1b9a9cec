/**
 * What the reader loads when a save is asked for (`import()` in SaveMenu): turndown and its GFM
 * plugin come with it, not with the reader's first bundle.
 */
export { articleHtmlFile } from './htmlFile';
export { articleMarkdown } from './markdown';
export { safeFileName } from './safeFileName';
export type { ExportInput, ExportLabels, ExportLook } from './types';
