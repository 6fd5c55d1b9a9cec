import { tooLittleText } from '../extract/textAmount';
import { MAX_SNAPSHOTS, type Extraction, type PageSnapshot } from '../shared/messages';
import { embeddedDocuments } from './embeddedDocuments';
import { serializeDocument } from './snapshot';

const NOTHING: Extraction = { article: null, nextPage: null, readable: false };

/** The extension's side of an extraction (in reader.ts: a message to the background). */
export type ExtractSnapshots = (documents: PageSnapshot[]) => Promise<Extraction>;

/**
 * The page's article, extracted in the extension from snapshots the tab writes. The page's
 * own document first; only where it has no article, or a stub, are its open shadow roots and
 * same-origin frames snapshotted and tried (their story, if readable, wins; the page's pager still leads on).
 * A document without text of its own (an app shell, or a page built of web components) is not
 * sent at all: writing out and parsing 100 000 elements again only to find nothing took seconds.
 */
export async function readPage(doc: Document, url: string, extract: ExtractSnapshots): Promise<Extraction> {
  const direct = tooLittleText(doc) ? NOTHING : await extract([{ html: await serializeDocument(doc), url }]);
  if (direct.readable) return direct;
  const candidates = await embeddedDocuments(doc, url);
  if (candidates.length === 0) return direct;
  const snapshots: PageSnapshot[] = [];
  for (const candidate of candidates.slice(0, MAX_SNAPSHOTS)) snapshots.push({ html: await serializeDocument(candidate.doc), url: candidate.url });
  const embedded = await extract(snapshots);
  return embedded.readable ? { ...embedded, nextPage: direct.nextPage } : direct;
}
