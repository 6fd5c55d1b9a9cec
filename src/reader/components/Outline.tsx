import type { Ref } from 'preact';
import type { Translate } from '../../i18n';
import type { OutlineEntry } from '../outline/useOutline';

interface Props {
  id: string;
  entries: readonly OutlineEntry[];
  current: number;
  open: boolean;
  t: Translate;
  onJump(index: number): void;
  listRef: Ref<HTMLOListElement>;
}

function directionOf(el: Element): 'ltr' | 'rtl' | undefined {
  const dir = el.closest('[dir]')?.getAttribute('dir');
  return dir === 'ltr' || dir === 'rtl' ? dir : undefined;
}

/** Arrow keys walk the entries as in any list of links; Home and End go to either end. */
function onListKeyDown(event: KeyboardEvent): void {
  const links = Array.from((event.currentTarget as HTMLElement).querySelectorAll<HTMLAnchorElement>('a'));
  const index = links.indexOf(event.target as HTMLAnchorElement);
  if (index === -1) return;
  const target =
    event.key === 'ArrowDown' ? links[index + 1]
    : event.key === 'ArrowUp' ? links[index - 1]
    : event.key === 'Home' ? links[0]
    : event.key === 'End' ? links[links.length - 1]
    : undefined;
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/** The table of contents: a labelled nav landmark of links to the article's section headings. */
export function Outline({ id, entries, current, open, t, onJump, listRef }: Props) {
  return (
    <nav class="lr-outline" id={id} aria-label={t('contents')} hidden={!open}>
      {/* The label already names the landmark; the visible title is for sighted readers. */}
      <p class="lr-outline-title" aria-hidden="true">
        {t('contents')}
      </p>
      <ol class="lr-outline-list" ref={listRef} onKeyDown={onListKeyDown}>
        {entries.map((entry, index) => (
          // Each entry keeps its heading's language and direction, which may not be the interface's.
          <li
            key={index}
            class={`lr-outline-level-${entry.level}`}
            lang={entry.el.closest('[lang]')?.getAttribute('lang') ?? undefined}
            dir={directionOf(entry.el)}
          >
            <a
              href={`#${id}-${index}`}
              aria-current={index === current ? 'location' : undefined}
              onClick={(event) => {
                // The page's own URL must not change: the heading is reached by focus and scroll.
                event.preventDefault();
                onJump(index);
              }}
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
