/**
 * What documentation pages say beyond prose, kept in a form that survives sanitizing (which
 * drops every class): a code block's language becomes a caption over the block, and a
 * callout box ("Note", "Warning") becomes a note with its title in bold. Runs on
 * Readability's article, whose classes are still there (keepClasses), before sanitizing.
 */
import { normText } from './dom';

/** `language-python`, `lang-js`, `highlight-python` (Sphinx), `brush: js` (SyntaxHighlighter), `hljs-ts`. */
const LANGUAGE_CLASS = /^(?:language|lang|highlight|brush|hljs|sourcecode)[-:]([a-z][\w+#.-]{0,19})$/i;
/** Tokens that follow a language prefix but name no language. */
const NOT_A_LANGUAGE = /^(?:default|none|text|plain|plaintext|txt|source|notranslate|block|inline|container|wrapper|lines?|numbers?|highlight|code)$/i;
const LANGUAGE_NAMES: Record<string, string> = {
  js: 'JavaScript', javascript: 'JavaScript', jsx: 'JSX', ts: 'TypeScript', typescript: 'TypeScript', tsx: 'TSX',
  py: 'Python', python: 'Python', python3: 'Python', pycon: 'Python', py3: 'Python', rb: 'Ruby', ruby: 'Ruby',
  sh: 'Shell', bash: 'Shell', shell: 'Shell', zsh: 'Shell', console: 'Shell', shellsession: 'Shell', ps1: 'PowerShell',
  powershell: 'PowerShell', html: 'HTML', xml: 'XML', css: 'CSS', scss: 'SCSS', json: 'JSON', yaml: 'YAML', yml: 'YAML',
  toml: 'TOML', sql: 'SQL', rust: 'Rust', rs: 'Rust', go: 'Go', golang: 'Go', java: 'Java', kotlin: 'Kotlin', kt: 'Kotlin',
  c: 'C', cpp: 'C++', 'c++': 'C++', csharp: 'C#', cs: 'C#', 'c#': 'C#', php: 'PHP', swift: 'Swift', dockerfile: 'Dockerfile',
  docker: 'Dockerfile', diff: 'Diff', ini: 'INI', graphql: 'GraphQL', md: 'Markdown', markdown: 'Markdown', r: 'R',
};

function languageIn(el: Element): string | null {
  const data = el.getAttribute('data-language') ?? el.getAttribute('data-lang');
  if (data && /^[a-z][\w+#.-]{0,19}$/i.test(data) && !NOT_A_LANGUAGE.test(data)) return data;
  for (const token of (el.getAttribute('class') ?? '').split(/\s+/)) {
    const m = LANGUAGE_CLASS.exec(token);
    if (m?.[1] && !NOT_A_LANGUAGE.test(m[1])) return m[1];
  }
  return null;
}

/** The block's language: on the <pre>, its <code>, or a wrapper up to two levels above (highlighters wrap). */
function languageOf(pre: Element, root: Element): string | null {
  const code = pre.querySelector(':scope > code');
  const found = languageIn(pre) ?? (code ? languageIn(code) : null);
  if (found) return found;
  let up = pre.parentElement;
  for (let i = 0; i < 2 && up && up !== root; i++, up = up.parentElement) {
    // Only a wrapper of this one block: a section's language class is not this block's.
    if (up.querySelectorAll('pre').length !== 1) return null;
    const lang = languageIn(up);
    if (lang) return lang;
  }
  return null;
}

function displayName(lang: string): string {
  return LANGUAGE_NAMES[lang.toLowerCase()] ?? lang;
}

/** Each code block with a known language goes into a figure captioned by that language, above the code. */
export function labelCodeLanguages(root: Element): void {
  const doc = root.ownerDocument;
  for (const pre of Array.from(root.querySelectorAll('pre'))) {
    if (pre.parentElement?.closest('pre') || pre.closest('figure')) continue;
    const lang = languageOf(pre, root);
    if (!lang) continue;
    const figure = doc.createElement('figure');
    const caption = doc.createElement('figcaption');
    caption.textContent = displayName(lang);
    pre.replaceWith(figure);
    figure.append(caption, pre);
  }
}

/** Class tokens of callout boxes, across documentation generators (Sphinx, MkDocs, Docusaurus, GitHub, VitePress…). */
const CALLOUT_CLASS =
  /^(?:admonition|callout|alert|notice|note|tip|hint|warning|caution|important|danger|attention|markdown-alert|theme-admonition|custom-block|aui-message|docs-callout)$/i;
/** A title: a short line, not a sentence. */
const MAX_TITLE = 40;

function isCallout(el: Element): boolean {
  if (!/^(?:DIV|ASIDE|SECTION|BLOCKQUOTE)$/.test(el.tagName)) return false;
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/);
  if (!tokens.some((t) => CALLOUT_CLASS.test(t))) return false;
  // A box of a few paragraphs, never a page section or a layout wrapper holding one.
  const text = normText(el.textContent).length;
  return text > 0 && text <= 2500 && el.querySelector('h1, h2, article, main, nav') === null;
}

/**
 * Callout boxes become notes (role="note", which sanitizing keeps and the reader styles),
 * with a short first line, their title, set in bold.
 */
export function markCallouts(root: Element): void {
  const doc = root.ownerDocument;
  for (const el of Array.from(root.querySelectorAll('div, aside, section, blockquote'))) {
    if (!isCallout(el) || el.parentElement?.closest('[role="note"]')) continue;
    el.setAttribute('role', 'note');
    const first = el.firstElementChild;
    if (!first || first === el.lastElementChild) continue;
    const title = normText(first.textContent);
    if (!title || title.length > MAX_TITLE || /[.!?]$/.test(title) || first.querySelector('strong, b, img, pre')) continue;
    const strong = doc.createElement('strong');
    while (first.firstChild) strong.appendChild(first.firstChild);
    first.appendChild(strong);
  }
}
