/** Text helpers shared by detection and cleaning. */

export function normText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}
