/**
 * One read of an element's attributes for the cleaning rules. jsdom lower-cases
 * the name on every getAttribute/hasAttribute call, and the rules would otherwise
 * make a dozen such calls per element.
 */

export const HIDDEN = 1;
export const AD_MARKUP = 2;

const AD_ID = /^(?:div-gpt-ad|google_ads|taboola|outbrain|dfp-ad|gpt-ad)/i;
const AD_CLASS = /(?:^|\s)(?:adsbygoogle|OUTBRAIN|trc_related_container|taboola|dfp-ad|gpt-ad)/i;
const AD_DATA_ATTR = /^data-(?:ad|ad-slot|ad-unit|adunit|google-query-id|ad-placeholder)$/;
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const MEDIA = /^(?:IMG|PICTURE|FIGURE)$/;

export interface AttrDigest {
  /** class and id joined by a space ('' when neither). */
  names: string;
  flags: number;
}

const NONE: AttrDigest = { names: '', flags: 0 };

export function readAttributes(el: Element): AttrDigest {
  if (!el.hasAttributes()) return NONE;
  let cls = '';
  let id = '';
  let flags = 0;
  let ariaHidden = false;
  // Names, not el.attributes: a browser makes (and keeps) an Attr node for each attribute read
  // that way, across the whole live page.
  for (const name of el.getAttributeNames()) {
    if (name === 'class') cls = el.getAttribute(name) ?? '';
    else if (name === 'id') id = el.getAttribute(name) ?? '';
    else if (name === 'hidden') flags |= HIDDEN;
    else if (name === 'aria-hidden') ariaHidden = el.getAttribute(name) === 'true';
    else if (name === 'style') {
      if (HIDDEN_STYLE.test(el.getAttribute(name) ?? '')) flags |= HIDDEN;
    } else if (name.startsWith('data-') && AD_DATA_ATTR.test(name)) flags |= AD_MARKUP;
  }
  // Readability's own exception: wikimedia math fallbacks are aria-hidden but visible.
  if (ariaHidden && !MEDIA.test(el.tagName) && !cls.includes('fallback-image')) flags |= HIDDEN;
  if ((id && AD_ID.test(id)) || (cls && AD_CLASS.test(cls))) flags |= AD_MARKUP;
  return { names: cls || id ? `${cls} ${id}` : '', flags };
}
