import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExtractedArticle } from '../../extract';
import { dirOf, type MessageKey, type Translate } from '../../i18n';
import type { Settings } from '../../settings/schema';
import { copyText, offerFile } from '../../export/offer';
import type { ExportInput, ExportLabels } from '../../export/types';
import type { Converters } from '../../export/converters';
import { formatArticleDate } from '../articleDate';

export interface SaveMenuProps {
  article: ExtractedArticle;
  settings: Settings;
  t: Translate;
  uiLang: string;
  /** the page's address: the saved file's source line, and what relative addresses resolve against */
  sourceUrl?: string;
  /** the reader's article body (`.lr-content`) as shown, highlights drawn; read when a save is asked for */
  body: () => HTMLElement | null;
  /** highlight id → note (none: the highlights are saved without notes) */
  notes?: () => ReadonlyMap<string, string>;
  /** offers the file (tests pass a spy) */
  offer?: typeof offerFile;
  /** puts text on the clipboard (tests pass a spy) */
  copy?: typeof copyText;
  /** gets the converters when a save is asked for (kept out of the reader's bundle: ../../export/converters.ts) */
  loadConverters: () => Promise<Converters>;
}

type Action = 'markdown' | 'html' | 'copy';

const ITEMS: readonly { action: Action; label: MessageKey }[] = [
  { action: 'markdown', label: 'saveAsMarkdown' },
  { action: 'html', label: 'saveAsHtml' },
  { action: 'copy', label: 'copyAsMarkdown' },
];

const MENU_ID = 'lr-save-menu';
/** Long enough for a screen reader to notice the live region emptied, so one message twice is heard twice. */
const REANNOUNCE_MS = 100;

const SaveIcon = () => (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
  </svg>
);

/**
 * The toolbar's "Save article" button and its menu: save as Markdown or HTML, or copy as
 * Markdown. The converters (turndown) are loaded only when one of them is asked for.
 */
export function SaveMenu({ article, settings, t, uiLang, sourceUrl, body, notes, offer = offerFile, copy = copyText, loadConverters }: SaveMenuProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState('');
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const openAt = (index: number): void => {
    setActive(index);
    setOpen(true);
  };

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  // A press anywhere else closes the menu; within the overlay's shadow root, as the page's document cannot see into it.
  useEffect(() => {
    const wrap = wrapRef.current;
    if (!open || !wrap) return;
    const root = wrap.getRootNode();
    const onPointerDown = (event: Event): void => {
      if (!event.composedPath().includes(wrap)) setOpen(false);
    };
    root.addEventListener('pointerdown', onPointerDown, true);
    return () => root.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const announce = (text: string): void => {
    setMessage('');
    setTimeout(() => setMessage(text), REANNOUNCE_MS);
  };

  const run = async (action: Action): Promise<void> => {
    close(true);
    const shown = body();
    const wrap = wrapRef.current;
    if (!shown || !wrap) {
      announce(t('saveFailed'));
      return;
    }
    const input: ExportInput = {
      title: article.title,
      byline: article.byline,
      date: formatArticleDate(article.displayDate, uiLang),
      url: sourceUrl ?? shown.ownerDocument.baseURI,
      siteName: article.siteName,
      lang: article.lang,
      dir: article.dir,
      body: shown.cloneNode(true) as HTMLElement,
      notes: notes?.() ?? new Map(),
    };
    const labels: ExportLabels = { lang: uiLang, dir: dirOf(uiLang), source: t('printSource'), notes: t('savedNotes'), backToText: t('savedBackToText') };
    try {
      const convert = await loadConverters();
      if (action === 'html') {
        const name = convert.safeFileName(article.title, 'html');
        offer(wrap, name, 'text/html;charset=utf-8', convert.articleHtmlFile(input, settings, labels));
        announce(t('savedFile', { name }));
        return;
      }
      const markdown = convert.articleMarkdown(input, labels);
      if (action === 'markdown') {
        const name = convert.safeFileName(article.title, 'md');
        offer(wrap, name, 'text/markdown;charset=utf-8', markdown);
        announce(t('savedFile', { name }));
      } else {
        announce(t((await copy(markdown)) ? 'copiedAsMarkdown' : 'copyFailed'));
      }
    } catch {
      announce(t('saveFailed'));
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent): void => {
    const last = ITEMS.length - 1;
    const moves: Record<string, number> = { ArrowDown: active === last ? 0 : active + 1, ArrowUp: active === 0 ? last : active - 1, Home: 0, End: last };
    const to = moves[event.key];
    const item = ITEMS[active];
    if (to !== undefined) setActive(to);
    else if (event.key === 'Escape') close(true);
    else if ((event.key === 'Enter' || event.key === ' ') && item) void run(item.action);
    else return;
    // Handled here: the reader's own keys (Escape closes the reader) must not act on it too.
    event.preventDefault();
    event.stopPropagation();
  };

  // A button acts on Space when the key comes up: that press was already answered on its way down.
  const onMenuKeyUp = (event: KeyboardEvent): void => {
    if (event.key === ' ') event.preventDefault();
  };

  const onButtonKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') openAt(event.key === 'ArrowDown' ? 0 : ITEMS.length - 1);
    else if (event.key === 'Escape' && open) close(true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      class="lr-save"
      ref={wrapRef}
      onFocusOut={(event) => {
        const next = event.relatedTarget;
        if (open && next instanceof Node && !wrapRef.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        class="lr-button"
        aria-label={t('saveArticle')}
        title={t('saveArticle')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? MENU_ID : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        <SaveIcon />
      </button>
      {open && (
        <div class="lr-panel lr-save-menu" id={MENU_ID} role="menu" aria-label={t('saveArticle')} onKeyDown={onMenuKeyDown} onKeyUp={onMenuKeyUp}>
          {ITEMS.map((item, i) => (
            <button
              key={item.action}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              class="lr-button"
              tabIndex={i === active ? 0 : -1}
              onClick={() => void run(item.action)}
              onFocus={() => setActive(i)}
            >
              {t(item.label)}
            </button>
          ))}
        </div>
      )}
      <p class="lr-visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
