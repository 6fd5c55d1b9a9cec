import { test, expect, readerDialog } from './support/test';
import { cdpSession } from './support/readerAccess';

// What assistive technology gets on a page that goes after the reader (tests/fixtures/hostile-page;
// the attacks themselves are in cross/isolation.spec.ts): the accessibility tree, as CDP gives it.
const HOST = 'www.eastport-herald.com';

interface AxNode {
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
}

test('the accessibility tree holds the reader alone: nothing the page has or adds, no form of the page’s in the dialog', async ({ page, server, extension }) => {
  await page.goto(server.url(HOST, 'hostile-page', 'news/2026/harbour-ferry-returns'));
  await extension.clickToolbar(page);
  await expect(readerDialog(page).getByRole('heading', { level: 1 })).toHaveText('Harbour ferry returns after a winter in dry dock');
  const session = await cdpSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree', {})) as { nodes: AxNode[] };
  const shown = nodes.filter((n) => !n.ignored).map((n) => `${n.role?.value ?? ''}: ${n.name?.value ?? ''}`);
  expect(shown).toContain('dialog: Harbour ferry returns after a winter in dry dock');
  expect(shown).toContain('button: Close reader view');
  // The page's cover, its footer link, and the sign-in form it tries to put into the dialog.
  for (const pageOnly of ['Covered by the page', 'Contact', 'Password', 'Sign in', 'Sign in to keep reading']) {
    expect(shown.filter((line) => line.endsWith(`: ${pageOnly}`)), pageOnly).toEqual([]);
  }
  expect(shown.filter((line) => line.startsWith('textbox'))).toEqual([]);
});
