import { useRef } from 'preact/hooks';
import type { TranslateTarget } from '../../settings/schema';
import type { TranslationView } from '../useTranslation';

/** Views in which the body shows its original text and no translation is about to touch it. */
function showsOriginal(view: TranslationView): boolean {
  switch (view.kind) {
    case 'translated':
      return view.showingOriginal;
    case 'off':
      return true;
    case 'downloading':
    case 'translating':
      return false;
    default:
      // unavailable, same language, needs a download (asked for by a click), failed (original put back)
      return true;
  }
}

/**
 * Whether marks must stay off the body. Translation keeps the body's text nodes and writes
 * other text into them, and its offsets are not the original's: marks split those nodes, so
 * they are never in the body while a translation is shown or may start. A new target, or a body
 * that has grown, restarts translation (which first puts the recorded originals back): until
 * the translation says where it stands again, the marks wait.
 */
export function useMarksHidden(target: TranslateTarget, view: TranslationView, restartKey: unknown): boolean {
  const seen = useRef<{ target: TranslateTarget; key: unknown; stale: TranslationView | null }>({ target, key: restartKey, stale: null });
  if (seen.current.target !== target || seen.current.key !== restartKey) seen.current = { target, key: restartKey, stale: view };
  if (seen.current.stale === view) return true;
  if (target === 'off') return false;
  // A target but no answer yet: a translation is about to start.
  return view.kind === 'off' || !showsOriginal(view);
}
