import { dirOf, type MessageKey, type Translate } from '../../i18n';
import type { RemovedBlock, RemovedReason } from '../../extract';
import { BLOCK_ATTR, SHOWN_REMOVED_CLASS } from './blocks';

const REASON_KEY: Record<RemovedReason, MessageKey> = {
  advertising: 'removedAdvertising',
  links: 'removedLinks',
  promotion: 'removedPromotion',
  sharing: 'removedSharing',
  teaser: 'removedTeaser',
  details: 'removedDetails',
  rule: 'removedRule',
  other: 'removedOther',
};

/** Takes out of the body every removed block it shows. */
export function hideRemoved(body: HTMLElement): void {
  for (const el of Array.from(body.querySelectorAll(`.${SHOWN_REMOVED_CLASS}`))) el.remove();
}

/**
 * Puts each of the extraction's removed blocks back in place (after the kept block it followed;
 * first when it came before them all), in a box marked as removed with the reason, and a
 * "Keep this on <site>" button where a rule can be made of it. Its HTML came out of the same
 * DOMPurify pass as the article's, and goes in the same way (innerHTML of an element of ours).
 */
export function showRemoved(
  body: HTMLElement,
  removed: readonly RemovedBlock[],
  { t, site, uiLang }: { t: Translate; site: string | null; uiLang: string },
): void {
  hideRemoved(body);
  const doc = body.ownerDocument;
  // Several removed after the same block stay in their order.
  const lastAfter = new Map<number | null, Element>();
  removed.forEach((item, index) => {
    const anchor = lastAfter.get(item.after) ?? (item.after === null ? null : body.querySelector(`[${BLOCK_ATTR}="${item.after}"]`));
    if (item.after !== null && !anchor) return;
    const reason = t(REASON_KEY[item.reason] ?? 'removedOther');
    const box = doc.createElement('div');
    box.className = SHOWN_REMOVED_CLASS;
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', t('removedBlockLabel', { reason }));
    const label = doc.createElement('p');
    label.className = 'lr-removed-label';
    label.setAttribute('translate', 'no');
    label.setAttribute('aria-hidden', 'true');
    // The label and the button speak the interface's language, inside the article's.
    label.lang = uiLang;
    label.dir = dirOf(uiLang);
    label.textContent = t('removedBlockLabel', { reason });
    const content = doc.createElement('div');
    content.className = 'lr-removed-body';
    content.innerHTML = item.html;
    // What was removed keeps no number: it is not one of the article's blocks.
    for (const numbered of Array.from(content.querySelectorAll(`[${BLOCK_ATTR}]`))) numbered.removeAttribute(BLOCK_ATTR);
    box.append(label, content);
    if (site !== null) {
      const keep = doc.createElement('button');
      keep.type = 'button';
      keep.className = 'lr-button lr-removed-keep';
      keep.setAttribute('translate', 'no');
      keep.lang = uiLang;
      keep.dir = dirOf(uiLang);
      keep.dataset.lrKeep = String(index);
      keep.textContent = t('removedKeep', { site });
      box.append(keep);
    }
    if (anchor) anchor.after(box);
    else {
      const first = body.querySelector(`[${BLOCK_ATTR}]`);
      if (first) first.before(box);
      else body.prepend(box);
    }
    lastAfter.set(item.after, box);
  });
}
