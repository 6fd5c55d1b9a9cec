/**
 * Decides, once per page, whether the page is an article, giving late content a short while to
 * arrive. Many news sites send a shell and fill the story in by script; others are finished at
 * load. Each check is the cheap detection pass, never an extraction.
 */

export interface ArticleWatchOptions {
  doc: Document;
  isArticle(doc: Document, url: string): boolean;
  /** Called at most once per evaluation, when the page turned out to be an article. */
  onArticle(): void;
  /** How long late content may take to arrive. */
  lateContentMs?: number;
  /** At most one check per this many milliseconds while the DOM keeps changing. */
  throttleMs?: number;
  /** The clock a check's cost is read on (tests pass their own). */
  now?: () => number;
}

export interface ArticleWatch {
  /**
   * Judges the current page afresh, dropping any earlier evaluation. With `waitForRender`
   * the first check waits for the DOM to change: right after an SPA navigation the DOM may
   * still show the previous page.
   */
  evaluate(options: { waitForRender: boolean }): void;
  stop(): void;
  /** Where the latest evaluation stands (also handy when debugging a site from DevTools). */
  state(): ArticleWatchState;
}

type ArticleWatchState = 'idle' | 'watching' | 'article' | 'no-article';

export const LATE_CONTENT_MS = 3_000;
export const THROTTLE_MS = 250;
/**
 * A page that keeps changing (a live blog, an app filling a grid) gets a check after each
 * throttle window: the gap after a check is at least this many times what it cost, so the
 * checks never take more than a tenth of the page's main thread, however big the page.
 */
export const COST_SHARE = 10;

export function createArticleWatch(options: ArticleWatchOptions): ArticleWatch {
  const { doc, isArticle, onArticle } = options;
  const lateContentMs = options.lateContentMs ?? LATE_CONTENT_MS;
  const throttleMs = options.throttleMs ?? THROTTLE_MS;
  const now = options.now ?? (() => performance.now());
  let stopCurrent: (() => void) | null = null;
  let state: ArticleWatchState = 'idle';

  const stop = (): void => {
    stopCurrent?.();
    stopCurrent = null;
  };

  const evaluate = ({ waitForRender }: { waitForRender: boolean }): void => {
    stop();
    let throttled: ReturnType<typeof setTimeout> | null = null;
    let finished = false;
    let gapMs = throttleMs;

    const finish = (): void => {
      finished = true;
      observer.disconnect();
      clearTimeout(deadline);
      if (throttled !== null) clearTimeout(throttled);
      throttled = null;
    };

    const check = (): void => {
      throttled = null;
      if (finished) return;
      const started = now();
      const found = isArticle(doc, doc.location?.href ?? doc.URL);
      gapMs = Math.max(throttleMs, (now() - started) * COST_SHARE);
      if (!found) return;
      finish();
      stopCurrent = null;
      state = 'article';
      onArticle();
    };

    const observer = new MutationObserver(() => {
      throttled ??= setTimeout(check, gapMs);
    });
    observer.observe(doc, { childList: true, subtree: true, characterData: true });

    const deadline = setTimeout(() => {
      // Content that arrived in the last throttle window still gets its check.
      if (throttled !== null) {
        clearTimeout(throttled);
        check();
      }
      if (finished) return;
      finish();
      stopCurrent = null;
      state = 'no-article';
    }, lateContentMs);

    stopCurrent = () => {
      finish();
      state = 'idle';
    };
    state = 'watching';
    if (!waitForRender) check();
  };

  return { evaluate, stop, state: () => state };
}
