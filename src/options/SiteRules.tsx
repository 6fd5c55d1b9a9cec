import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../i18n';
import type { BlockPosition, SiteRule, SiteRulesStore } from '../siteRules/types';
import { kindOfTag } from '../reader/blocks/blocks';
import { KIND_KEY } from '../reader/blocks/useBlocks';

interface Props {
  store: Pick<SiteRulesStore, 'list' | 'add' | 'remove' | 'subscribe'>;
  t: Translate;
  /** the interface language: dates follow it */
  uiLang: string;
  announce(message: string): void;
}

const POSITION_KEY: Record<BlockPosition, MessageKey> = {
  before: 'siteRulePosBefore',
  inside: 'siteRulePosInside',
  after: 'siteRulePosAfter',
};

/** Every site's rules as storage holds them now: read again on each change from any view. */
function useRules(store: Props['store']): SiteRule[] | null {
  const [rules, setRules] = useState<SiteRule[] | null>(null);
  useEffect(() => {
    let current = true;
    let seq = 0;
    const read = (): void => {
      const mine = ++seq;
      // Only the newest read is shown: two quick changes may answer out of order.
      void store.list().then(
        (all) => {
          if (current && mine === seq) setRules(all);
        },
        () => {
          if (current && mine === seq) setRules([]);
        },
      );
    };
    const stop = store.subscribe(read);
    read();
    return () => {
      current = false;
      stop();
    };
  }, [store]);
  return rules;
}

/** The block as the page had it, as markup a person may recognise in the page's source: `<p class="also-read">`. */
const markup = (rule: SiteRule): string => `<${rule.block.tag}${rule.block.classes.length > 0 ? ` class="${rule.block.classes.join(' ')}"` : ''}>`;

/**
 * The site rules ("Always remove this on <site>", "Keep this on <site>" in the reader), by site:
 * what kind of block, removed or kept, when; each deletable, with Undo in the status line, focused.
 */
/** The section's heading id (OptionsApp gives it to the section that holds the list). */
export const SITE_RULES_ID = 'lo-site-rules';

export function SiteRules({ store, t, uiLang, announce }: Props) {
  const rules = useRules(store);
  const [deleted, setDeleted] = useState<SiteRule | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const date = useMemo(() => new Intl.DateTimeFormat(uiLang, { dateStyle: 'medium' }), [uiLang]);
  const bySite = useMemo(() => {
    const sites = new Map<string, SiteRule[]>();
    for (const rule of rules ?? []) sites.set(rule.site, [...(sites.get(rule.site) ?? []), rule]);
    return [...sites].sort(([a], [b]) => a.localeCompare(b));
  }, [rules]);

  useEffect(() => {
    if (deleted !== null) undoRef.current?.focus();
  }, [deleted]);

  const onDelete = (rule: SiteRule): void => {
    store.remove(rule.site, rule.id).then(
      () => setDeleted(rule),
      () => announce(t('siteRulesFailed')),
    );
  };
  const onUndo = (): void => {
    if (deleted === null) return;
    const rule = deleted;
    store.add(rule.site, rule.action, rule.block).then(
      (result) => {
        if (!result.ok) {
          announce(t('siteRulesFailed'));
          return;
        }
        setDeleted(null);
        announce(t('siteRuleRestored'));
      },
      () => announce(t('siteRulesFailed')),
    );
  };

  return (
    <div class="lo-site-rules">
      {deleted !== null && (
        <p class="lo-undo" role="status">
          <span>{t('siteRuleDeleted')}</span>{' '}
          <button ref={undoRef} type="button" class="lr-button" onClick={onUndo}>
            {t('siteRuleUndo')}
          </button>
        </p>
      )}
      {rules === null ? null : bySite.length === 0 ? (
        <p class="lr-hint">{t('siteRulesEmpty')}</p>
      ) : (
        bySite.map(([site, siteRules]) => (
          <section key={site} class="lo-site-rules-site" aria-labelledby={`lo-rules-${site}`}>
            <h3 id={`lo-rules-${site}`}>
              <bdi dir="ltr">{site}</bdi>
            </h3>
            <ul class="lo-highlight-list lo-site-rules-list">
              {siteRules.map((rule) => {
                const kind = t(KIND_KEY[kindOfTag(rule.block.tag)]);
                return (
                  <li key={rule.id} class="lo-highlight-article lo-site-rule" data-action={rule.action}>
                    <p class="lo-highlight-title">
                      {t(rule.action === 'remove' ? 'siteRuleRemove' : 'siteRuleKeep')}: {kind} <code dir="ltr">{markup(rule)}</code>
                    </p>
                    <p class="lr-hint lo-highlight-meta">
                      <span>{t(POSITION_KEY[rule.block.position] ?? 'siteRulePosInside')}</span>
                      <span>{t('siteRuleAdded', { date: date.format(new Date(rule.created)) })}</span>
                    </p>
                    <button type="button" class="lr-button" aria-label={t('siteRuleDelete', { kind, site })} onClick={() => onDelete(rule)}>
                      {t('highlightsListDelete')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
