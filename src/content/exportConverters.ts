// Injected by the background on the first "Save…" in a tab (background/inject.ts): the converters
// for the reader, which then needs no turndown in its own bundle.
import * as converters from '../export';
import { publishConverters } from '../export/converters';

publishConverters(converters);
