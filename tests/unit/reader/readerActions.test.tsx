// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReaderApp } from '../../../src/reader/components/ReaderApp';
import { ENGLISH } from '../support/catalogues';
import { NextPageLink } from '../../../src/reader/components/NextPageLink';
import type { ReaderActions } from '../../../src/reader/actions';
import type { ChoiceAnswer, SiteChoice } from '../../../src/settings/siteAccess';
import { createTranslator } from '../../../src/i18n';
import { defaultSettings } from '../../../src/settings/schema';

// The overlay asks the background through the actions it is given, and shows what it gets back.
const t = createTranslator('en');
let host: HTMLDivElement;

/** Actions whose answers the test hands out, one by one. */
function recordedActions() {
  const asked: string[] = [];
  let answerChoice: (answer: ChoiceAnswer) => void = () => undefined;
  const actions: ReaderActions = {
    chooseSite: (choice: SiteChoice) => {
      asked.push(`choose ${choice}`);
      return new Promise((resolve) => (answerChoice = resolve));
    },
    openNextPage: async (url) => {
      asked.push(`next ${url}`);
      return true;
    },
    loadConverters: async () => {
      asked.push('converters');
      return false;
    },
  };
  return { asked, actions, answer: (answer: ChoiceAnswer) => answerChoice(answer) };
}

function mountReader(actions: ReaderActions | undefined, sourceUrl = 'https://www.thehindu.com/news/a'): void {
  act(() => {
    render(
      <ReaderApp catalogue={ENGLISH}
        article={null}
        initialSettings={{ ...defaultSettings(), uiLanguage: 'en' }}
        store={{ load: async () => defaultSettings(), save: async () => defaultSettings(), subscribe: () => () => {} }}
        browserLanguages={['en-US']}
        onClose={() => undefined}
        sourceUrl={sourceUrl}
        speechPort={null}
        {...(actions ? { actions } : {})}
      />,
      host,
    );
  });
}

const siteButton = (): HTMLButtonElement | undefined =>
  [...host.querySelectorAll('button')].find((b) => /open (articles )?(automatically )?on this site/i.test(b.textContent ?? ''));

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  act(() => render(null, host));
  host.remove();
});

describe('the site button', () => {
  it('asks the background for the choice its label names, and is busy until the answer comes', async () => {
    const { asked, actions, answer } = recordedActions();
    mountReader(actions);
    const button = siteButton();
    expect(button?.textContent).toBe('Always open articles on this site');
    act(() => button?.click());
    expect(asked).toEqual(['choose always']);
    expect(button?.getAttribute('aria-disabled')).toBe('true');
    // A second click while the first is answered asks nothing more.
    act(() => button?.click());
    expect(asked).toEqual(['choose always']);
    answer({ outcome: 'ask-on-options-page', domain: 'thehindu.com' });
    await vi.waitFor(() => expect(siteButton()?.getAttribute('aria-disabled')).toBe('false'));
  });

  it('asks to stop on a listed site', () => {
    const { asked, actions } = recordedActions();
    mountReader(actions, 'https://www.bbc.com/news/1');
    act(() => siteButton()?.click());
    expect(asked).toEqual(['choose never']);
  });

  it('is not offered where no background listens', () => {
    mountReader(undefined);
    expect(siteButton()).toBeUndefined();
  });
});

describe('the "Next page" link', () => {
  const click = (link: HTMLAnchorElement): boolean => link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));

  it('asks the background to open the next page in reader view', async () => {
    const { asked, actions } = recordedActions();
    act(() => render(<NextPageLink url="https://news.example/story?page=2" t={t} open={actions.openNextPage} />, host));
    const link = host.querySelector('a');
    if (!link) throw new Error('no link');
    expect(click(link)).toBe(false); // the browser's own navigation is held back
    expect(asked).toEqual(['next https://news.example/story?page=2']);
  });

  it('is a plain link without the background, and for a modified click', () => {
    const { asked, actions } = recordedActions();
    // Whether the link's own handler held the browser's navigation back (jsdom cannot navigate, so this one always does).
    const heldBack: boolean[] = [];
    host.addEventListener('click', (event) => {
      heldBack.push(event.defaultPrevented);
      event.preventDefault();
    });
    act(() => render(<NextPageLink url="https://news.example/story?page=2" t={t} />, host));
    click(host.querySelector('a')!);
    act(() => render(<NextPageLink url="https://news.example/story?page=3" t={t} open={actions.openNextPage} />, host));
    host.querySelector('a')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true }));
    expect(heldBack).toEqual([false, false]);
    expect(asked).toEqual([]);
  });
});
