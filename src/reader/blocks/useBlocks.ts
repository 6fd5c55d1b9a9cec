import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { ExtractedArticle } from '../../extract';
import type { MessageKey } from '../../i18n';
import type { AddSiteRuleResult, BlockDescriptor, SiteRuleError } from '../../siteRules/types';
import type { SiteRulesPort } from '../actions';
import { articleBlocks, blockIndex, blockKind, blockOf, GONE_ATTR, isGone, withSection, type BlockKind } from './blocks';
import { hideRemoved, showRemoved } from './shownRemoved';
import { typingInField } from '../typingInField';

/** The part of the article the block tools need: its numbered blocks' descriptions and what the extraction removed. */
type BlocksArticle = Pick<ExtractedArticle, 'blocks' | 'removed'>;

interface Removal {
  blocks: HTMLElement[];
  /** the 'remove' rule made with it ("Always remove this on <site>"), taken back by undo */
  ruleId?: Promise<string | null>;
}

interface BlockTarget {
  block: HTMLElement;
  /** the pointer is on it, or it has the keyboard's focus */
  via: 'hover' | 'focus';
}

interface BlockNotice {
  n: number;
  text: string;
  undo: boolean;
}

export const KIND_KEY: Record<BlockKind, MessageKey> = {
  paragraph: 'blockParagraph',
  heading: 'blockHeading',
  figure: 'blockFigure',
  list: 'blockList',
  quote: 'blockQuote',
  table: 'blockTable',
  block: 'blockOther',
};

export interface BlockEditing {
  target: BlockTarget | null;
  toolsRef: RefObject<HTMLDivElement>;
  notice: BlockNotice | null;
  /** "Always remove this on <site>" is offered for this block */
  canMakeRule(block: HTMLElement): boolean;
  remove(block: HTMLElement, always: boolean): void;
  undo(): void;
  removedCount: number;
  removedShown: boolean;
  toggleRemoved(): void;
  /** the reader's keys that belong to the blocks; true when the key was taken */
  onKeyDown(event: KeyboardEvent): boolean;
  site: string | null;
}


/**
 * Remove a block of the article from this view (undo brings it back), or for good on the site
 * (a 'remove' rule), and see in place what the extraction removed (each can be kept: a 'keep'
 * rule). The blocks are one stop for Tab (a roving tabindex): the arrows move between them,
 * Delete removes the one with focus and Enter reaches its tools, so the article is no longer
 * to tab through than it was, and no block is reachable by the pointer alone.
 */
export function useBlocks({
  contentRef,
  scrollerRef,
  article,
  t,
  rules,
  contentKey,
  uiLang,
  arrowsTaken = false,
}: {
  contentRef: RefObject<HTMLElement>;
  scrollerRef: RefObject<HTMLElement>;
  article: BlocksArticle | null;
  t: Translate;
  rules?: SiteRulesPort;
  /** changes when more of the body came in */
  contentKey: unknown;
  /** the interface language, which the labels of what was removed speak */
  uiLang: string;
  /** the arrows move something else (line focus's band): a block with focus leaves them to it */
  arrowsTaken?: boolean;
}): BlockEditing {
  const [target, setTarget] = useState<BlockTarget | null>(null);
  const [notice, setNotice] = useState<BlockNotice | null>(null);
  const [removedShown, setRemovedShown] = useState(false);
  const toolsRef = useRef<HTMLDivElement>(null);
  const stack = useRef<Removal[]>([]);
  const stop = useRef<HTMLElement | null>(null);
  const count = useRef(0);
  const site = rules?.site ?? null;

  /** Why no rule was made: the block is gone from this view all the same. */
  const ruleError = (error: SiteRuleError, site: string): string =>
    error === 'tooBroad' ? t('siteRuleTooBroad', { site }) : error === 'full' ? t('siteRuleFull', { site }) : t('siteRuleFailed');
  const say = useCallback((text: string, undo = false) => setNotice({ n: ++count.current, text, undo }), []);
  const kindOf = (block: HTMLElement): string => t(KIND_KEY[blockKind(block)]);

  /** The one block Tab stops at. */
  const setStop = (block: HTMLElement | null): void => {
    if (stop.current && stop.current !== block) stop.current.removeAttribute('tabindex');
    stop.current = block;
    if (block) {
      block.tabIndex = 0;
      block.setAttribute('aria-describedby', 'lr-block-hint');
    }
  };

  const visibleBlocks = (): HTMLElement[] => {
    const body = contentRef.current;
    return body ? articleBlocks(body).filter((b) => !isGone(b)) : [];
  };

  // A new article starts with nothing removed and its first block as the stop.
  useEffect(() => {
    stack.current = [];
    stop.current = null;
    setNotice(null);
    setTarget(null);
    setRemovedShown(false);
  }, [article]);
  useEffect(() => {
    if (!stop.current?.isConnected || (stop.current && isGone(stop.current))) setStop(visibleBlocks()[0] ?? null);
  }, [article, contentKey]);

  // The pointer on a block offers its tools; focus on a block does too, and wins.
  useEffect(() => {
    const body = contentRef.current;
    const scroller = scrollerRef.current;
    if (!body || !scroller) return undefined;
    const over = (event: PointerEvent): void => {
      const block = blockOf(body, event.target as Node);
      if (block) setTarget((now) => (now?.via === 'focus' ? now : now?.block === block ? now : { block, via: 'hover' }));
    };
    const leave = (): void => setTarget((now) => (now?.via === 'hover' ? null : now));
    const focusIn = (event: FocusEvent): void => {
      const block = event.target instanceof HTMLElement && blockOf(body, event.target) === event.target ? event.target : null;
      if (block) setTarget({ block, via: 'focus' });
    };
    const focusOut = (event: FocusEvent): void => {
      const next = event.relatedTarget;
      if (next instanceof Node && toolsRef.current?.contains(next)) return;
      setTarget((now) => (now?.via === 'focus' && now.block === event.target ? null : now));
    };
    body.addEventListener('pointerover', over);
    scroller.addEventListener('pointerleave', leave);
    body.addEventListener('focusin', focusIn);
    body.addEventListener('focusout', focusOut);
    return () => {
      body.removeEventListener('pointerover', over);
      scroller.removeEventListener('pointerleave', leave);
      body.removeEventListener('focusin', focusIn);
      body.removeEventListener('focusout', focusOut);
    };
  }, [article]);

  const descriptorOf = (block: HTMLElement): BlockDescriptor | null => {
    const at = blockIndex(block);
    return at === null ? null : (article?.blocks?.[at] ?? null);
  };
  const canMakeRule = (block: HTMLElement): boolean => rules !== undefined && descriptorOf(block) !== null;

  const focusBlock = (block: HTMLElement | null): void => {
    setStop(block);
    if (!block) return;
    block.focus({ preventScroll: true });
    block.scrollIntoView?.({ block: 'nearest' });
  };

  const remove = (block: HTMLElement, always: boolean): void => {
    const body = contentRef.current;
    if (!body || isGone(block)) return;
    const all = articleBlocks(body);
    const going = withSection(all, block).filter((b) => !isGone(b));
    const root = body.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    const hadFocus = active instanceof Node && (going.some((b) => b.contains(active)) || toolsRef.current?.contains(active) === true);
    const kind = kindOf(block);
    for (const b of going) {
      b.setAttribute(GONE_ATTR, '');
      b.hidden = true;
    }
    const last = going[going.length - 1] ?? block;
    const after = all.slice(all.indexOf(last) + 1).find((b) => !isGone(b));
    const before = all.slice(0, all.indexOf(block)).reverse().find((b) => !isGone(b));
    const next = after ?? before ?? null;
    // Its tools go with it; the next block's come with its focus.
    setTarget(null);
    if (hadFocus) focusBlock(next);
    else if (going.includes(stop.current as HTMLElement)) setStop(next);
    const descriptor = always ? descriptorOf(block) : null;
    if (always && descriptor && rules) {
      const site = rules.site;
      const made = rules.add('remove', descriptor).catch((): AddSiteRuleResult => ({ ok: false, error: 'saveFailed' }));
      stack.current.push({ blocks: going, ruleId: made.then((result) => (result.ok ? result.rule.id : null)) });
      void made.then((result) => say(result.ok ? t('blockRemovedAlways', { kind, site }) : ruleError(result.error, site), true));
    } else {
      stack.current.push({ blocks: going });
      say(t('blockRemoved', { kind }), true);
    }
  };

  const undo = (): void => {
    const last = stack.current.pop();
    if (!last) return;
    for (const b of last.blocks) {
      b.removeAttribute(GONE_ATTR);
      b.hidden = false;
    }
    const first = last.blocks[0];
    if (first) focusBlock(first);
    if (last.ruleId && rules) void last.ruleId.then((id) => (id ? rules.delete(id) : undefined));
    say(t('blockRestored', { kind: first ? kindOf(first) : '' }));
  };

  // "See what was removed": the extraction's removed blocks in place, and out again.
  const removed = article?.removed ?? [];
  useEffect(() => {
    const body = contentRef.current;
    if (!body) return undefined;
    if (!removedShown) {
      hideRemoved(body);
      return undefined;
    }
    showRemoved(body, removed, { t, site, uiLang });
    return undefined;
  }, [removedShown, article, contentKey, t, uiLang]);

  // "Keep this on <site>" on a shown removed block.
  useEffect(() => {
    const body = contentRef.current;
    if (!body || !rules) return undefined;
    const onClick = (event: MouseEvent): void => {
      const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-lr-keep]');
      if (!button || !body.contains(button) || button.disabled) return;
      const item = removed[Number(button.dataset.lrKeep)];
      if (!item) return;
      button.disabled = true;
      void rules
        .add('keep', item.block)
        .catch((): AddSiteRuleResult => ({ ok: false, error: 'saveFailed' }))
        .then((result) => {
          if (result.ok) {
            button.textContent = t('removedKept', { site: rules.site });
            say(t('removedKeptNotice', { site: rules.site }));
          } else {
            button.disabled = false;
            say(t('siteRulesFailed'));
          }
        });
    };
    body.addEventListener('click', onClick);
    return () => body.removeEventListener('click', onClick);
  }, [article, rules, t]);

  const onKeyDown = (event: KeyboardEvent): boolean => {
    const body = contentRef.current;
    if (!body || typingInField(event)) return false;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z' && stack.current.length > 0) {
      event.preventDefault();
      undo();
      return true;
    }
    const at = event.composedPath()[0];
    if (event.key === 'Escape' && at instanceof Node && toolsRef.current?.contains(at) && target) {
      event.preventDefault();
      focusBlock(target.block);
      return true;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || !(at instanceof HTMLElement) || blockOf(body, at) !== at) return false;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      remove(at, false);
      return true;
    }
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !arrowsTaken) {
      const blocks = visibleBlocks();
      const next = blocks[blocks.indexOf(at) + (event.key === 'ArrowDown' ? 1 : -1)];
      event.preventDefault();
      if (next) focusBlock(next);
      return true;
    }
    if (event.key === 'Enter') {
      const first = toolsRef.current?.querySelector<HTMLElement>('button');
      if (!first) return false;
      event.preventDefault();
      first.focus();
      return true;
    }
    return false;
  };

  return {
    target,
    toolsRef,
    notice,
    canMakeRule,
    remove,
    undo,
    removedCount: removed.length,
    removedShown,
    toggleRemoved: () => setRemovedShown((on) => !on),
    onKeyDown,
    site,
  };
}
