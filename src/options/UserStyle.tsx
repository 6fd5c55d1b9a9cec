import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../i18n';
import type { Settings, SettingsPatch } from '../settings/schema';
import { compileUserStyle, type CompileResult, type DropReason } from '../userStyle/compile';
import sectionCss from './userStyle.css?inline';

interface Props {
  settings: Settings;
  save(patch: SettingsPatch): Promise<Settings>;
  t: Translate;
}

const REASONS: Readonly<Record<DropReason, MessageKey>> = {
  import: 'userStyleDropImport',
  fontFace: 'userStyleDropFontFace',
  atRule: 'userStyleDropAtRule',
  url: 'userStyleDropUrl',
  function: 'userStyleDropFunction',
  selector: 'userStyleDropSelector',
  property: 'userStyleDropProperty',
};

/** the section's heading id (OptionsApp gives it to the section) and the prefix of the controls' ids */
export const USER_STYLE_ID = 'lo-userstyle';
const ID = USER_STYLE_ID;

/**
 * This section's own few rules, beside the page's (main.tsx adopts those), so that its layout lives in its own
 * file. Adopted where the page can build a sheet; else (as mount.tsx does) a <style>, which the options page's
 * CSP allows.
 */
function useSectionStyles(): void {
  useEffect(() => {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(sectionCss);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      return () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      };
    } catch {
      const style = document.createElement('style');
      style.textContent = sectionCss;
      document.head.append(style);
      return () => style.remove();
    }
  }, []);
}

function problemText(result: Extract<CompileResult, { ok: false }>, t: Translate): string {
  const { error } = result;
  return error.kind === 'tooLarge' ? t('userStyleTooLarge') : t('userStyleSyntaxError', { line: error.line, column: error.column });
}

/**
 * "Your own style" (issue #24), a section of the options page: the person's stylesheet for the reader. What the filter would leave out is listed
 * as they type; Apply stores the source with its filtered copy (every open reader takes it through the settings
 * subscription). A stylesheet that does not parse, or is over 10 KB, is not stored: the last good one stays, and the
 * status line says so.
 */
export function UserStyle({ settings, save, t }: Props) {
  useSectionStyles();
  const stored = settings.userStyle.source;
  const [draft, setDraft] = useState(stored);
  const [status, setStatus] = useState('');
  // The source last seen stored: a change from elsewhere (another tab, an import) replaces an unedited draft.
  const seen = useRef(stored);
  useEffect(() => {
    if (stored === seen.current) return;
    setDraft((current) => (current === seen.current ? stored : current));
    seen.current = stored;
  }, [stored]);

  const result = useMemo(() => compileUserStyle(draft), [draft]);

  const onApply = async (): Promise<void> => {
    if (!result.ok) {
      setStatus(problemText(result, t));
      return;
    }
    try {
      await save({ userStyle: { source: draft, css: result.css } });
      seen.current = draft;
      setStatus(t(result.dropped.length > 0 ? 'userStyleAppliedDropped' : 'userStyleApplied'));
    } catch {
      setStatus(t('settingsSaveFailed'));
    }
  };

  const described = [`${ID}-help`, result.ok ? '' : `${ID}-problem`].filter(Boolean).join(' ');
  return (
    <div class="lo-userstyle">
      <p id={`${ID}-help`} class="lr-hint">
        {t('userStyleHelp')}
      </p>
      <div class="lr-field">
        <label for={`${ID}-text`}>{t('userStyleLabel')}</label>
        <textarea
          id={`${ID}-text`}
          class="lr-select lo-userstyle-text"
          dir="ltr"
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
          value={draft}
          aria-describedby={described}
          aria-invalid={result.ok ? undefined : 'true'}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        {!result.ok && (
          <p id={`${ID}-problem`} class="lr-hint lo-userstyle-problem">
            {problemText(result, t)}
          </p>
        )}
      </div>
      <div class="lo-actions">
        <button type="button" id={`${ID}-apply`} class="lr-button" onClick={() => void onApply()}>
          {t('userStyleApply')}
        </button>
      </div>
      <p class="lo-userstyle-status" role="status" aria-live="polite">
        {status}
      </p>
      {result.ok && result.dropped.length > 0 && (
        <section aria-labelledby={`${ID}-dropped`}>
          <h3 id={`${ID}-dropped`}>{t('userStyleDroppedHeading')}</h3>
          <ul class="lo-userstyle-dropped">
            {result.dropped.map((drop, index) => (
              <li key={index}>
                {t('userStyleDropLine', { line: drop.line })}: <code dir="ltr">{drop.text}</code> — {t(REASONS[drop.reason])}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
