import { useLayoutEffect } from 'preact/hooks';
import type { Translate } from '../../i18n';
import { DeleteIcon } from '../components/icons';
import { blockKind } from './blocks';
import { KIND_KEY, type BlockEditing } from './useBlocks';

const GAP = 6;
const BLOCK_HINT_ID = 'lr-block-hint';

/** Keeps focus where it is when a tool is pressed with the mouse. */
const keepFocus = (event: MouseEvent): void => event.preventDefault();

/**
 * "Remove" (and "Always remove this on <site>") beside the block under the pointer or with focus:
 * in the margin at the block's end when there is room, over its top corner otherwise.
 */
export function BlockTools({ blocks, t }: { blocks: BlockEditing; t: Translate }) {
  const { target, toolsRef } = blocks;

  useLayoutEffect(() => {
    const el = toolsRef.current;
    const scroller = el?.parentElement;
    if (!el || !scroller || !target) return;
    const box = target.block.getBoundingClientRect();
    const frame = scroller.getBoundingClientRect();
    const rtl = getComputedStyle(target.block).direction === 'rtl';
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    const x = (clientX: number): number => clientX - frame.left + scroller.scrollLeft;
    const outside = rtl ? x(box.left) - GAP - width : x(box.right) + GAP;
    const fits = outside >= scroller.scrollLeft && outside + width <= scroller.scrollLeft + scroller.clientWidth;
    const inside = rtl ? x(box.left) : x(box.right) - width;
    const top = box.top - frame.top + scroller.scrollTop - (fits ? 0 : height + GAP);
    el.style.left = `${Math.max(fits ? outside : inside, scroller.scrollLeft)}px`;
    el.style.top = `${Math.max(top, scroller.scrollTop)}px`;
  });

  if (!target) return null;
  const kind = t(KIND_KEY[blockKind(target.block)]);
  const always = blocks.site !== null && blocks.canMakeRule(target.block);
  return (
    <div class="lr-block-tools" ref={toolsRef} role="toolbar" aria-label={t('blockTools', { kind })}>
      <button type="button" class="lr-button lr-block-remove" onMouseDown={keepFocus} onClick={() => blocks.remove(target.block, false)} title={`${t('blockRemove')} (Delete)`}>
        <DeleteIcon />
        <span>{t('blockRemove')}</span>
      </button>
      {always && (
        <button type="button" class="lr-button lr-block-always" onMouseDown={keepFocus} onClick={() => blocks.remove(target.block, true)}>
          {t('blockAlwaysRemove', { site: blocks.site ?? '' })}
        </button>
      )}
    </div>
  );
}

/**
 * What happened to a block, said politely with "Undo"; always in the page (empty when quiet),
 * as a region shown with its text already in it is not announced by every screen reader.
 * Also the hint the block with focus is described by.
 */
export function BlockNotices({ blocks, t }: { blocks: BlockEditing; t: Translate }) {
  const { notice } = blocks;
  return (
    <div class="lr-block-notices">
      <p id={BLOCK_HINT_ID} hidden>
        {t('blockHint')}
      </p>
      <div role="status" class="lr-block-notice">
        {notice && (
          <p key={notice.n}>
            {notice.text}
            {notice.undo && (
              <>
                {' '}
                <button type="button" class="lr-button" onClick={blocks.undo}>
                  {t('blockUndo')}
                </button>
              </>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
