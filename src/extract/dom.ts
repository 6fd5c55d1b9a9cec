/** Small DOM helpers shared by detection and cleaning. */

export function normText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

const MEDIA = 'img,picture,video,audio,iframe,svg,table,pre,math,canvas,hr,br';

export function isEmptyElement(el: Element): boolean {
  return normText(el.textContent).length === 0 && !el.matches(MEDIA) && !el.querySelector(MEDIA);
}
