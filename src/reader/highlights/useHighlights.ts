import type { RefObject } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../../i18n';
import { describeText } from '../../highlights/anchor';
import type { Highlight, HighlightChange, HighlightColour, HighlightsPort, HighlightWriteResult } from '../../highlights/types';
import { HIGHLIGHT_NAME } from './colours';
import { eraseHighlight } from '../../highlights/textRange';
import { drawAll, firstMark } from './draw';
import { clearSelection, selectedOffsets, selectOffsets } from './selection';

/** How long "Undo" stays after a delete. */
const UNDO_MS = 10_000;
/** How long a plain announcement stays on screen. */
const NOTICE_MS = 5_000;

export interface Notice {
  /** bumped for each notice, so the same words are announced again */
  n: number;
  text: string;
  /** a deleted highlight that "Undo" puts back */
  undo?: Highlight;
}

interface Options {
  port: HighlightsPort | undefined;
  contentRef: RefObject<HTMLElement>;
  /** the article shown: highlights are drawn once its whole body is in */
  article: unknown;
  /** marks stay off the body (a translation is shown or may start) */
  hidden: boolean;
  t: Translate;
}

function randomId(): string {
  // randomUUID needs a secure context; the reader also runs on http pages.
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the store holds with the changes not yet answered laid over it (null: removed). */
function overlay(base: readonly Highlight[], pending: ReadonlyMap<string, Highlight | null>): Highlight[] {
  const out = base.filter((h) => !pending.has(h.id));
  for (const h of pending.values()) if (h) out.push(h);
  return out;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The article's highlights: loaded from the port and followed through its subscription, changed
 * optimistically (drawn at once, taken back if the store says no), drawn into the body once it is
 * whole, and redrawn on every change with focus and selection kept where they were.
 */
export function useHighlights({ port, contentRef, article, hidden, t }: Options) {
  const [base, setBase] = useState<readonly Highlight[]>([]);
  const [invalid, setInvalid] = useState(0);
  const [pending, setPending] = useState<ReadonlyMap<string, Highlight | null>>(new Map());
  const [completeFor, setCompleteFor] = useState<unknown>(null);
  const [placement, setPlacement] = useState<{ order: readonly string[]; missing: readonly string[] }>({ order: [], missing: [] });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const focusAfterDraw = useRef<string | null>(null);
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );

  useEffect(() => {
    setBase([]);
    setInvalid(0);
    setPending(new Map());
    if (!port) return undefined;
    let current = true;
    void port
      .load()
      .then((loaded) => {
        if (!current) return;
        setBase(loaded.highlights);
        setInvalid(loaded.invalid);
      })
      .catch(() => undefined);
    const stop = port.subscribe((loaded) => {
      setBase(loaded.highlights);
      setInvalid(loaded.invalid);
    });
    return () => {
      current = false;
      stop();
    };
  }, [port, article]);

  const shown = useMemo(() => overlay(base, pending), [base, pending]);
  const ready = port !== undefined && completeFor === article && article !== null;

  const labelOf = useCallback((h: Highlight) => (h.note ? t('highlightDescribed', { colour: t(HIGHLIGHT_NAME[h.colour]), note: h.note }) : t(HIGHLIGHT_NAME[h.colour])), [t]);

  // Before paint, so no frame shows the body without its marks, and before a translation starts.
  useLayoutEffect(() => {
    const body = contentRef.current;
    if (!body || !ready) return;
    if (hidden) {
      eraseHighlight(body);
      return;
    }
    const root = body.getRootNode() as Document | ShadowRoot;
    const focused = root.activeElement instanceof HTMLElement && body.contains(root.activeElement) ? root.activeElement.closest<HTMLElement>('mark')?.dataset.hlId : undefined;
    const selected = selectedOffsets(body);
    const drawn = drawAll(body, shown, labelOf);
    const order = [...drawn.at.entries()].sort((a, b) => a[1].start - b[1].start).map(([id]) => id);
    setPlacement((was) => (sameList(was.order, order) && sameList(was.missing, drawn.missing) ? was : { order, missing: drawn.missing }));
    // A highlight just made from the keyboard takes the focus the control had.
    const created = focusAfterDraw.current;
    focusAfterDraw.current = null;
    if (selected) selectOffsets(body, selected.start, selected.end);
    const toFocus = created ?? focused;
    if (toFocus) firstMark(body, toFocus)?.focus({ preventScroll: true });
  }, [shown, ready, hidden, labelOf, contentRef]);

  const announce = useCallback((key: MessageKey, undo?: Highlight) => {
    setNotice((was) => ({ n: (was?.n ?? 0) + 1, text: t(key), ...(undo ? { undo } : {}) }));
  }, [t]);

  // Plain notices go after a while; one with "Undo" after UNDO_MS.
  useEffect(() => {
    if (!notice) return undefined;
    const timer = setTimeout(() => setNotice(null), notice.undo ? UNDO_MS : NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const apply = useCallback(
    async (change: HighlightChange, id: string, next: Highlight | null, done: MessageKey, undo?: Highlight): Promise<boolean> => {
      if (!port) return false;
      setAlert(null);
      setPending((was) => new Map(was).set(id, next));
      const result: HighlightWriteResult = await port.change(change).catch(() => ({ ok: false, error: 'failed' }) as const);
      if (!live.current) return result.ok;
      setPending((was) => {
        if (!was.has(id) || was.get(id) !== next) return was;
        const left = new Map(was);
        left.delete(id);
        return left;
      });
      if (result.ok) {
        setBase(result.item?.highlights ?? []);
        announce(done, undo);
      } else {
        setAlert(t(result.error === 'storage-full' ? 'highlightStorageFull' : 'highlightSaveFailed'));
      }
      return result.ok;
    },
    [port, announce, t],
  );

  /** Highlights [start, end) of the body's text; returns the new highlight's id. */
  const create = useCallback(
    (start: number, end: number, colour: HighlightColour, focus: boolean): string | null => {
      const body = contentRef.current;
      if (!body || !port) return null;
      const now = Date.now();
      const highlight: Highlight = { id: randomId(), colour, note: '', created: now, updated: now, ...describeText(body.textContent ?? '', start, end) };
      if (focus) focusAfterDraw.current = highlight.id;
      // Done with: a selection left over it would offer the control again.
      clearSelection(body);
      void apply({ kind: 'put', highlight }, highlight.id, highlight, 'highlightAdded');
      return highlight.id;
    },
    [apply, contentRef, port],
  );

  const byId = useCallback((id: string) => shown.find((h) => h.id === id) ?? null, [shown]);

  const update = useCallback(
    (id: string, patch: Partial<Pick<Highlight, 'colour' | 'note'>>) => {
      const was = byId(id);
      if (!was) return;
      const highlight: Highlight = { ...was, ...patch, updated: Date.now() };
      void apply({ kind: 'put', highlight }, id, highlight, patch.note !== undefined ? 'highlightNoteSaved' : 'highlightChanged');
    },
    [apply, byId],
  );

  const remove = useCallback(
    (id: string) => {
      const was = byId(id);
      if (!was) return;
      void apply({ kind: 'remove', id }, id, null, 'highlightDeleted', was);
    },
    [apply, byId],
  );

  /** Puts back the highlight just deleted, with its id, colour and note. */
  const undo = useCallback(() => {
    const deleted = notice?.undo;
    if (!deleted) return;
    setNotice(null);
    void apply({ kind: 'put', highlight: deleted }, deleted.id, deleted, 'highlightRestored');
  }, [apply, notice]);

  const byStart = [...shown].sort((a, b) => a.position.start - b.position.start);
  const missing = new Set(placement.missing);
  // In text order once drawn; before that (or while hidden) by where they were made.
  const rank = new Map(placement.order.map((id, i) => [id, i]));
  const found = byStart.filter((h) => !missing.has(h.id)).sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));

  return {
    enabled: port !== undefined,
    ready,
    found,
    missing: byStart.filter((h) => missing.has(h.id)),
    count: shown.length,
    invalid,
    notice,
    alert,
    byId,
    create,
    update,
    remove,
    undo,
    dismissAlert: () => setAlert(null),
    dismissNotice: () => setNotice(null),
    /** the whole body is in: its highlights can be anchored and drawn */
    contentComplete: useCallback(() => setCompleteFor(article), [article]),
    /** takes the marks off now, before a translation is shown */
    eraseNow: () => {
      if (contentRef.current) eraseHighlight(contentRef.current);
    },
  };
}

