/** Longest name kept, in UTF-16 units before the extension: well under every file system's 255. */
const MAX_LENGTH = 120;

// Names Windows keeps for devices, with any extension ("CON.md" is as unusable as "CON").
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i;

/**
 * A file name from an article's title that every OS accepts: no characters Windows, macOS or
 * Linux forbid or treat specially, no device names, no trailing dots or spaces, no cut
 * surrogate pair; "article" when nothing usable is left. `ext` is without its dot.
 */
export function safeFileName(title: string, ext: string): string {
  let name = title
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (name.length > MAX_LENGTH) {
    const cut = /[\ud800-\udbff]/.test(name.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
    name = name.slice(0, cut);
  }
  // Windows drops trailing dots and spaces, so "Why?." would not be the name it was given; a
  // leading dot hides the file on macOS and Linux.
  name = name.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (name === '' || RESERVED.test(name)) name = name === '' ? 'article' : `${name}_`;
  return `${name}.${ext}`;
}
