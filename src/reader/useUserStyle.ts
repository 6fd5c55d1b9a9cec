import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { loadProblem } from '../userStyle/safety';

interface Applied {
  set(css: string): void;
}

const appliedIn = new WeakMap<ShadowRoot, Applied>();

/**
 * The user's stylesheet goes after the reader's own (mount.tsx), so it wins where both say the same: a
 * constructed sheet adopted last, which no page CSP governs; where a content script cannot adopt one (Firefox),
 * a <style> at the end of the shadow root, which the page's CSP does not govern there either.
 */
function applierFor(root: ShadowRoot): Applied {
  const known = appliedIn.get(root);
  if (known) return known;
  let applied: Applied;
  try {
    const sheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    applied = { set: (css) => sheet.replaceSync(css) };
  } catch {
    const style = root.ownerDocument.createElement('style');
    root.append(style);
    applied = {
      set: (css) => {
        style.textContent = css;
      },
    };
  }
  appliedIn.set(root, applied);
  return applied;
}

/**
 * Applies the user stylesheet (the options page's filtered copy, `settings.userStyle.css`) in the shadow root that
 * holds `inside`, live as the setting changes. One that could load anything (a backup file edited by hand, say)
 * is not applied, and the last good one stays.
 */
export function useUserStyle(inside: RefObject<Element>, css: string): void {
  useEffect(() => {
    const root = inside.current?.getRootNode();
    if (!(root instanceof ShadowRoot) || loadProblem(css) !== null) return;
    if (css === '' && !appliedIn.has(root)) return;
    applierFor(root).set(css);
  }, [inside, css]);
}
