import { describe, expect, it } from 'vitest';
import { compileUserStyle, type CompileResult, type DropReason } from '../../../src/userStyle/compile';
import { loadProblem } from '../../../src/userStyle/safety';
import { USER_STYLE_MAX_BYTES } from '../../../src/settings/schema';

function compiled(source: string): Extract<CompileResult, { ok: true }> {
  const result = compileUserStyle(source);
  if (!result.ok) throw new Error(`did not compile: ${JSON.stringify(result.error)}`);
  return result;
}

const reasons = (source: string): DropReason[] => compiled(source).dropped.map((drop) => drop.reason);

describe('a user stylesheet keeps what styles the article', () => {
  it('puts every selector under the article', () => {
    expect(compiled('p { color: red } h2, .lr-title::before { margin: 0 }').css).toBe(
      '.lr-article p{color:red;}.lr-article h2,.lr-article .lr-title::before{margin:0;}',
    );
  });

  it('keeps @media, @supports, @layer and @keyframes (keyframe selectors unscoped), !important and custom properties', () => {
    const { css, dropped } = compiled(
      '@media (max-width: 600px) { p { font-size: 18px !important } } @supports (display: grid) { ul { display: grid } } ' +
        '@keyframes fade { from { opacity: 0 } 50% { opacity: .5 } } @layer base { a { --x: 1px } }',
    );
    expect(dropped).toEqual([]);
    expect(css).toContain('@media (max-width:600px){.lr-article p{font-size:18px!important;}}');
    expect(css).toContain('@supports (display:grid){.lr-article ul{display:grid;}}');
    expect(css).toContain('@keyframes fade{from{opacity:0;}50%{opacity:.5;}}');
    expect(css).toContain('@layer base{.lr-article a{--x:');
  });

  it('keeps data: URLs, which load nothing', () => {
    const { css, dropped } = compiled('p { background: url(data:image/png;base64,AAAA) } q { background-image: url("data:image/svg+xml,<svg/>") }');
    expect(dropped).toEqual([]);
    expect(css).toContain('url(data:image/png;base64,AAAA)');
    expect(css).toContain('url(data:image/svg+xml,<svg/>)');
  });

  it('keeps nested rules relative to their (scoped) parent', () => {
    expect(compiled('blockquote { & p { font-style: italic } }').css).toBe('.lr-article blockquote{& p{font-style:italic;}}');
  });
});

describe('a user stylesheet drops, and says why, whatever loads a resource', () => {
  it.each<[string, string, DropReason]>([
    ['@import', '@import url(https://evil.example/x.css); p { color: red }', 'import'],
    ['@import of a string', '@import "x.css";', 'import'],
    ['@font-face', '@font-face { font-family: X; src: url(https://evil.example/x.woff2) }', 'fontFace'],
    ['url() to the network', 'p { background: url(https://evil.example/pixel.png) }', 'url'],
    ['a quoted url()', 'p { background: url("https://evil.example/pixel.png") }', 'url'],
    ['a relative url()', 'p { cursor: url(x.cur), auto }', 'url'],
    ['an escaped url(', 'p { background: \\75 rl("https://evil.example/x.png") }', 'function'],
    ['a url in a custom property', 'p { --bg: url(https://evil.example/x.png) }', 'url'],
    ['image-set()', 'p { background-image: image-set("x.png" 1x) }', 'function'],
    ['-webkit-image-set()', 'p { background-image: -webkit-image-set("x.png" 1x) }', 'function'],
    ['src()', 'p { background-image: src("x.png") }', 'function'],
    ['expression()', 'p { width: expression(alert(1)) }', 'function'],
    ['behavior', 'p { behavior: foo }', 'property'],
    ['-moz-binding', 'p { -moz-binding: none }', 'property'],
    ['@namespace', '@namespace svg url(http://www.w3.org/2000/svg);', 'atRule'],
    ['@charset', '@charset "utf-8";', 'atRule'],
    ['@page', '@page { margin: 0 }', 'atRule'],
    ['@property', '@property --x { syntax: "<url>"; inherits: false; initial-value: url(x.png) }', 'atRule'],
    ['a url in an @supports prelude', '@supports (background: url(https://evil.example/x)) { p { color: red } }', 'url'],
  ])('%s', (_name, source, reason) => {
    const { css, dropped } = compiled(source);
    expect(dropped.map((drop) => drop.reason)).toContain(reason);
    expect(loadProblem(css)).toBeNull();
    expect(css).not.toContain('evil.example');
  });

  it('an escaped url( its parser cannot read is a syntax error, so nothing of it applies', () => {
    expect(compileUserStyle('p { background: \\75 rl(https://evil.example/x.png) }')).toMatchObject({ ok: false, error: { kind: 'syntax' } });
  });

  it('drops only the declaration that loads, and keeps its rule', () => {
    const { css, dropped } = compiled('p {\n  color: red;\n  background: url(https://evil.example/x.png);\n}');
    expect(css).toBe('.lr-article p{color:red;}');
    expect(dropped).toEqual([{ reason: 'url', text: 'background:url(https://evil.example/x.png)', line: 3 }]);
  });
});

describe('a user stylesheet drops selectors that reach outside the article', () => {
  it.each([':root', 'html', 'body p', 'HTML p', ':host', ':host(.x) p', ':host-context(body) p', '::slotted(p)', 'p::part(x)', ':is(html) p', 'p:not(body *)', ':scope p', '& p'])(
    '%s',
    (selector) => {
      const { css, dropped } = compiled(`${selector} { color: red }`);
      expect(css).toBe('');
      expect(dropped.map((drop) => drop.reason)).toEqual(['selector']);
    },
  );

  it('keeps the other selectors of the rule', () => {
    const { css, dropped } = compiled('body, p { color: red }');
    expect(css).toBe('.lr-article p{color:red;}');
    expect(dropped).toEqual([{ reason: 'selector', text: 'body', line: 1 }]);
  });
});

describe('a user stylesheet that cannot be used changes nothing', () => {
  it('says where it stops parsing', () => {
    expect(compileUserStyle('p { color: red }\nh2 { color }')).toEqual({ ok: false, error: { kind: 'syntax', line: 2, column: 12 } });
    expect(compileUserStyle('p { color: red } }')).toMatchObject({ ok: false, error: { kind: 'syntax', line: 1 } });
  });

  it('refuses more than 10 KB (of UTF-8), and takes 10 KB', () => {
    const rule = 'p{color:red}';
    const fits = `${rule}${' '.repeat(USER_STYLE_MAX_BYTES - rule.length)}`;
    expect(compileUserStyle(fits).ok).toBe(true);
    expect(compileUserStyle(`${fits} `)).toEqual({ ok: false, error: { kind: 'tooLarge' } });
    expect(compileUserStyle(`/*${'é'.repeat(USER_STYLE_MAX_BYTES / 2)}*/`)).toEqual({ ok: false, error: { kind: 'tooLarge' } });
  });

  it('an empty stylesheet is a good one', () => {
    expect(compileUserStyle('')).toEqual({ ok: true, css: '', dropped: [] });
  });
});

describe('the reader’s own check of a stored stylesheet', () => {
  it('finds what loads, whoever wrote it', () => {
    expect(loadProblem('.lr-article p{color:red}')).toBeNull();
    expect(loadProblem('@import "x.css";')).toEqual({ kind: 'atRule', name: 'import' });
    expect(loadProblem('p{background:url(//x)}')).toMatchObject({ kind: 'url' });
    expect(loadProblem('p{background:URL( "https://x" )}')).toMatchObject({ kind: 'url' });
    expect(loadProblem('p{background:url(data:,x)}')).toBeNull();
    expect(loadProblem('@font-face{src:local(x)}')).toEqual({ kind: 'atRule', name: 'font-face' });
    expect(loadProblem('p{b:\\75 rl(x)}')).toMatchObject({ kind: 'function' });
    expect(loadProblem('p{b:image-set("x" 1x)}')).toEqual({ kind: 'function', name: 'image-set' });
  });
});

it('reports each drop once', () => {
  expect(reasons('@import "a"; @font-face {} body {} p { b: url(x) }')).toEqual(['import', 'fontFace', 'selector', 'url']);
});

it('makes a backup’s filtered copy again from its source', async () => {
  const { rebuiltUserStyle } = await import('../../../src/userStyle/compile');
  expect(rebuiltUserStyle({ source: 'p{color:red}', css: '@import "https://evil.example/x.css";' })).toEqual({ source: 'p{color:red}', css: '.lr-article p{color:red;}' });
  expect(rebuiltUserStyle({ source: 'p{color}', css: 'p{color:red}' })).toEqual({ source: '', css: '' });
});
