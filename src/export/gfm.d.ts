// The maintained fork of turndown-plugin-gfm ships no types: these are the two plugins we use.
declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';

  /** GitHub tables (a table that cannot be one stays HTML) */
  export const tables: TurndownService.Plugin;
  /** `<del>`, `<s>`, `<strike>` as `~~text~~` */
  export const strikethrough: TurndownService.Plugin;
}
