// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useRef } from 'preact/hooks';
import { useUserStyle } from '../../../src/reader/useUserStyle';

// The reader applies the options page's filtered stylesheet in its shadow root, after its own styles, and never
// one that could load anything. (jsdom builds no constructed sheets: this is the <style> way, Firefox's.)
let host: HTMLDivElement;
let root: ShadowRoot;

function Probe({ css }: { css: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useUserStyle(ref, css);
  return <div ref={ref} />;
}

function show(css: string): void {
  act(() => {
    render(<Probe css={css} />, root);
  });
}
const applied = (): (string | null)[] => Array.from(root.querySelectorAll('style'), (style) => style.textContent);

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = host.attachShadow({ mode: 'closed' });
  const own = document.createElement('style');
  own.textContent = '.lr-article p{color:black}';
  root.append(own);
});
afterEach(() => {
  render(null, root);
  host.remove();
});

it('applies the stylesheet after the reader’s own, live, and keeps the last good one when a new one could load anything', () => {
  show('');
  expect(applied()).toEqual(['.lr-article p{color:black}']);
  show('.lr-article p{color:red;}');
  expect(applied()).toEqual(['.lr-article p{color:black}', '.lr-article p{color:red;}']);
  show('@import "https://evil.example/x.css";.lr-article p{color:blue;}');
  expect(applied()).toEqual(['.lr-article p{color:black}', '.lr-article p{color:red;}']);
  show('.lr-article p{background:url(https://evil.example/x.png);}');
  expect(applied()).toEqual(['.lr-article p{color:black}', '.lr-article p{color:red;}']);
  show('');
  expect(applied()).toEqual(['.lr-article p{color:black}', '']);
});

it('touches nothing outside its shadow root', () => {
  show('.lr-article p{color:red;}');
  expect(document.querySelectorAll('style')).toHaveLength(0);
  expect(document.adoptedStyleSheets ?? []).toHaveLength(0);
});
