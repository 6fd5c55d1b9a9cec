/**
 * A lead figure whose picture the site's script fills in: in the page as served, its <img>
 * is a placeholder (or missing) and the address is only in the page's metadata (og:image,
 * JSON-LD `image`). The figure gets that picture; with no address anywhere, its caption and
 * credit, which would describe nothing, go with it.
 */
import { normText } from './dom';
import { isPlaceholderSrc } from './lazyImages';

function jsonLdImage(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const stack: unknown[] = [JSON.parse(script.textContent ?? '')];
      for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        if (Array.isArray(node)) stack.push(...node);
        else if (node && typeof node === 'object') {
          const image = (node as { image?: unknown }).image;
          const url = typeof image === 'string' ? image : Array.isArray(image) ? image.find((i) => typeof i === 'string') : (image as { url?: unknown } | undefined)?.url;
          if (typeof url === 'string' && url) return url;
          const graph = (node as { '@graph'?: unknown })['@graph'];
          if (graph) stack.push(graph);
        }
      }
    } catch {
      // A malformed block says nothing.
    }
  }
  return null;
}

function metaImage(doc: Document): string | null {
  for (const key of ['og:image', 'og:image:url', 'twitter:image']) {
    const content = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    if (content) return content;
  }
  return jsonLdImage(doc);
}

/** The first figure, before any paragraph of the story. */
function leadFigure(root: Element): Element | null {
  const figure = root.querySelector('figure');
  if (!figure) return null;
  const p = Array.from(root.querySelectorAll('p')).find((el) => normText(el.textContent).length >= 80 && !figure.contains(el));
  return !p || (p.compareDocumentPosition(figure) & 2) /* PRECEDING */ !== 0 ? figure : null;
}

export function fillLeadImage(root: Element, doc: Document): void {
  const figure = leadFigure(root);
  if (!figure?.querySelector('figcaption') || figure.querySelector('picture, video, svg, iframe, pre, table')) return;
  const imgs = Array.from(figure.querySelectorAll('img'));
  if (imgs.some((img) => !isPlaceholderSrc(img.getAttribute('src'), img))) return;
  const url = metaImage(doc);
  if (!url) {
    figure.remove();
    return;
  }
  const img = imgs[0] ?? root.ownerDocument.createElement('img');
  img.setAttribute('src', url);
  img.removeAttribute('srcset');
  if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
  if (!img.parentElement) figure.prepend(img);
}
