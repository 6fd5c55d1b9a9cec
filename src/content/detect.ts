/**
 * The automatic-activation script, registered by the background only on the news sites the
 * reader listed (and holds host access for). It stays small: detection only. The reader UI and
 * Readability are injected by the background once this finds an article.
 */
import { storyToOpen } from '../extract/detect';
import { documentKind } from './documentKind';
import { createArticleWatch, type ArticleWatch } from './articleWatch';
import { runtimeAlive } from './extensionContext';
import { runtime, sendToBackground } from '../shared/toBackground';
import { watchPageChanges } from './pageChanges';
import { mark, MARKS } from './marks';

mark(MARKS.detectStart);

declare global {
  var __lucidDetect: ArticleWatch | undefined;
}

// A re-registration (settings changed, extension updated) must not add a second watcher. Feeds,
// SVG, images and text files on a listed site have no article, and the checks expect HTML.
if (!globalThis.__lucidDetect && documentKind(document) === 'html') {
  const watch = createArticleWatch({
    doc: document,
    isArticle: storyToOpen,
    onArticle: () => {
      // The background decides (settings may have changed since registration) and opens the reader.
      sendToBackground({ type: 'auto:article-found' }).catch(() => undefined);
    },
  });
  // Kept on the (isolated) global: it marks the script as present, and shows its state in DevTools.
  globalThis.__lucidDetect = watch;
  watch.evaluate({ waitForRender: false });
  mark(MARKS.detectDecision);
  const stopPageWatch = watchPageChanges(window, ({ domChangedRecently }) => {
    // An update or reload of the extension leaves this copy cut off: it stops watching.
    if (!runtimeAlive(runtime)) {
      stopPageWatch();
      watch.stop();
      return;
    }
    watch.evaluate({ waitForRender: !domChangedRecently });
  });
}
