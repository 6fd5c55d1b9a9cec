import type { RefObject } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { HighlightsPort } from '../../highlights/types';
import type { TranslateTarget } from '../../settings/schema';
import type { TranslationView } from '../useTranslation';
import { firstMark, markOf } from './draw';
import { selectedOffsets, selectOffsets } from './selection';
import { typingInField } from '../typingInField';
import { type ControlPoint, isRtl, pointOf, rectsOf } from './placement';
import { useMarksHidden } from './translationGate';
import { useHighlights } from './useHighlights';

export type ControlState =
  | { mode: 'create'; start: number; end: number; at: ControlPoint }
  | { mode: 'edit'; id: string; at: ControlPoint; note: boolean };

interface Options {
  port: HighlightsPort | undefined;
  contentRef: RefObject<HTMLElement>;
  scrollerRef: RefObject<HTMLElement>;
  article: unknown;
  t: Translate;
  translation: { target: TranslateTarget; view: TranslationView; restartKey: unknown };
}

/**
 * Highlighting in the reader: the highlights (useHighlights), the control that appears next to
 * a selection or a clicked highlight, the panel's open state, and the keys. Active only with a
 * port, a whole body and no translation shown.
 */
export function useHighlighting({ port, contentRef, scrollerRef, article, t, translation }: Options) {
  const hidden = useMarksHidden(translation.target, translation.view, translation.restartKey);
  const model = useHighlights({ port, contentRef, article, hidden, t });
  const [control, setControl] = useState<ControlState | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const controlRef = useRef<HTMLDivElement>(null);
  const panelButtonRef = useRef<HTMLButtonElement>(null);
  /** where focus goes back to when Esc dismisses the control */
  const returnFocus = useRef<HTMLElement | null>(null);
  /** the selection Esc put back */
  const dismissed = useRef<{ start: number; end: number } | null>(null);
  const focusWanted = useRef<'first' | 'note' | null>(null);
  const active = model.ready && !hidden;

  const controlHasFocus = (): boolean => {
    const el = controlRef.current;
    const root = el?.getRootNode() as Document | ShadowRoot | undefined;
    return !!el && !!root?.activeElement && el.contains(root.activeElement);
  };

  const createAt = ({ start, end, range }: { start: number; end: number; range: Range }): ControlState => ({
    mode: 'create',
    start,
    end,
    at: pointOf(rectsOf(range), scrollerRef.current, isRtl(range.endContainer)),
  });

  const editAt = useCallback(
    (id: string, focus: boolean) => {
      const body = contentRef.current;
      if (!body) return;
      const marks = Array.from(body.querySelectorAll<HTMLElement>('mark')).filter((m) => m.dataset.hlId === id);
      const last = marks[marks.length - 1];
      if (!last) return;
      const rects = [...rectsOf(marks[0] ?? last).slice(0, 1), ...rectsOf(last).slice(-1)];
      if (focus) focusWanted.current = 'first';
      setControl({ mode: 'edit', id, at: pointOf(rects, scrollerRef.current, isRtl(last)), note: false });
    },
    [contentRef, scrollerRef],
  );

  useEffect(() => {
    const body = contentRef.current;
    if (!active || !body) {
      setControl(null);
      return undefined;
    }
    const doc = body.ownerDocument;
    let pointerDown = false;
    const sync = (): void => {
      const selected = selectedOffsets(body);
      const gone = dismissed.current;
      // The selection Esc gave back is not offered again until it changes (H offers it).
      if (selected && gone?.start === selected.start && gone.end === selected.end) return;
      dismissed.current = null;
      if (selected) setControl((c) => (c?.mode === 'create' && c.start === selected.start && c.end === selected.end ? c : createAt(selected)));
      else setControl((c) => (c?.mode === 'create' && !controlHasFocus() ? null : c));
    };
    // While the mouse drags, the selection is still being made.
    const onSelectionChange = (): void => {
      if (!pointerDown) sync();
    };
    const onDown = (): void => {
      pointerDown = true;
    };
    const onUp = (): void => {
      if (!pointerDown) return;
      pointerDown = false;
      sync();
    };
    // A mouse let go outside the window sends no mouseup: keys select on their own.
    const onKeyUp = (): void => {
      pointerDown = false;
      sync();
    };
    const onClick = (event: MouseEvent): void => {
      const mark = markOf(event.target);
      if (mark?.dataset.hlId && !selectedOffsets(body)) editAt(mark.dataset.hlId, false);
      else if (!mark) setControl((c) => (c?.mode === 'edit' ? null : c));
    };
    const onKey = (event: KeyboardEvent): void => {
      const mark = markOf(event.target);
      if (!mark?.dataset.hlId || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      returnFocus.current = mark;
      editAt(mark.dataset.hlId, true);
    };
    doc.addEventListener('selectionchange', onSelectionChange);
    body.addEventListener('mousedown', onDown);
    doc.addEventListener('mouseup', onUp);
    body.addEventListener('keyup', onKeyUp);
    body.addEventListener('click', onClick);
    body.addEventListener('keydown', onKey);
    return () => {
      doc.removeEventListener('selectionchange', onSelectionChange);
      body.removeEventListener('mousedown', onDown);
      doc.removeEventListener('mouseup', onUp);
      body.removeEventListener('keyup', onKeyUp);
      body.removeEventListener('click', onClick);
      body.removeEventListener('keydown', onKey);
    };
  }, [active, contentRef, scrollerRef, editAt]);

  // A highlight deleted elsewhere takes its open control with it.
  useEffect(() => {
    if (control?.mode === 'edit' && !model.byId(control.id)) setControl(null);
  }, [control, model.byId]);

  useLayoutEffect(() => {
    const wanted = focusWanted.current;
    const el = controlRef.current;
    if (!wanted || !el) return;
    focusWanted.current = null;
    const target = wanted === 'note' ? el.querySelector<HTMLElement>('textarea') : el.querySelector<HTMLElement>('button[tabindex="0"], button');
    target?.focus({ preventScroll: true });
  }, [control]);

  const focusControl = (): void => {
    const root = controlRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    returnFocus.current = root?.activeElement instanceof HTMLElement ? root.activeElement : null;
    focusWanted.current = 'first';
    setControl((c) => (c ? { ...c } : c));
  };

  /** Closes the control: a selection is put back as it was, a highlight gets the focus back. */
  const dismiss = (): void => {
    const body = contentRef.current;
    const was = control;
    setControl(null);
    if (!body || !was) return;
    if (was.mode === 'create') {
      dismissed.current = { start: was.start, end: was.end };
      returnFocus.current?.focus({ preventScroll: true });
      selectOffsets(body, was.start, was.end);
    } else {
      firstMark(body, was.id)?.focus({ preventScroll: true });
    }
    returnFocus.current = null;
  };

  const choose = (colour: Parameters<typeof model.create>[2], withNote: boolean): void => {
    if (control?.mode === 'create') {
      const id = model.create(control.start, control.end, colour, controlHasFocus() && !withNote);
      if (id && withNote) {
        focusWanted.current = 'note';
        setControl({ mode: 'edit', id, at: control.at, note: true });
      } else {
        setControl(null);
      }
    } else if (control?.mode === 'edit') {
      model.update(control.id, { colour });
    }
  };

  /** The reader's keys that belong to highlighting; true when the key was taken. */
  const onKeyDown = (event: KeyboardEvent): boolean => {
    if (!model.enabled) return false;
    if (event.key === 'Escape') {
      if (control) {
        event.preventDefault();
        dismiss();
        return true;
      }
      if (panelOpen) {
        event.preventDefault();
        setPanelOpen(false);
        panelButtonRef.current?.focus();
        return true;
      }
      return false;
    }
    if (!active || controlHasFocus() || typingInField(event) || event.ctrlKey || event.metaKey || event.altKey) return false;
    const h = event.key.toLowerCase() === 'h';
    if (control && (h || (event.key === 'Tab' && !event.shiftKey))) {
      event.preventDefault();
      focusControl();
      return true;
    }
    // H offers again a selection whose control was dismissed.
    const selected = !control && h && contentRef.current ? selectedOffsets(contentRef.current) : null;
    if (!selected) return false;
    event.preventDefault();
    dismissed.current = null;
    const root = contentRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    returnFocus.current = root?.activeElement instanceof HTMLElement ? root.activeElement : null;
    focusWanted.current = 'first';
    setControl(createAt(selected));
    return true;
  };

  /** "Go to" in the panel: the highlight's place, with focus on it. */
  const goTo = (id: string): void => {
    const mark = contentRef.current ? firstMark(contentRef.current, id) : null;
    if (!mark) return;
    setPanelOpen(false);
    mark.scrollIntoView?.({ block: 'center' });
    mark.focus({ preventScroll: true });
  };

  return {
    model,
    hidden,
    active,
    control,
    controlRef,
    panelButtonRef,
    panelOpen,
    setPanelOpen,
    onKeyDown,
    choose,
    dismiss,
    goTo,
    toggleNote: () => {
      if (control?.mode !== 'edit') return;
      if (!control.note) focusWanted.current = 'note';
      setControl({ ...control, note: !control.note });
    },
    saveNote: (note: string) => {
      if (control?.mode !== 'edit') return;
      model.update(control.id, { note });
      setControl(null);
      firstMark(contentRef.current ?? document.body, control.id)?.focus({ preventScroll: true });
    },
    remove: () => {
      if (control?.mode !== 'edit') return;
      model.remove(control.id);
      setControl(null);
      // The highlight (and its focused control) are gone: reading goes on from the text.
      scrollerRef.current?.focus({ preventScroll: true });
    },
    /** before the translation is shown (a click on "Show translation" or "Download") */
    beforeTranslation: () => {
      setControl(null);
      model.eraseNow();
    },
  };
}

export type Highlighting = ReturnType<typeof useHighlighting>;
