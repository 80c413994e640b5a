import { describe, expect, it } from 'vitest';
import { openPage } from '../support/browser';

async function breadcrumbTexts(page: import('playwright-core').Page) {
  return page.locator('nav[aria-label="Kruimelpad"] li').allInnerTexts();
}

describe('navigation through the site', () => {
  it('walks from home to a step, a theme, a municipality and a card through the menus', async () => {
    const page = await openPage('/');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });

    await menu.getByRole('link', { name: 'Stappen' }).click();
    await page.waitForURL(/\/stappen\/$/);
    await page.locator('main .tegel h3 a').first().click();
    await page.waitForURL(/\/stappen\/[a-z-]+\/$/);
    const stap = await page.locator('h1').innerText();
    expect(await breadcrumbTexts(page)).toEqual(['Home', 'Stappen', stap]);
    expect(await page.locator('main h2', { hasText: 'Lessen' }).count()).toBe(1);

    await menu.getByRole('link', { name: 'Wat werkt' }).click();
    await page.waitForURL(/\/wat-werkt\/$/);
    await page.locator('main .tegel h2 a').first().click();
    await page.waitForURL(/\/wat-werkt\/[a-z-]+\/$/);
    expect((await breadcrumbTexts(page)).slice(0, 2)).toEqual(['Home', 'Wat werkt']);
    expect(await page.locator('main h2', { hasText: 'Werkzame factoren' }).count()).toBe(1);

    await menu.getByRole('link', { name: 'Gemeenten' }).click();
    await page.waitForURL(/\/gemeenten\/$/);
    await page.locator('main .tegel h2 a').first().click();
    await page.waitForURL(/\/gemeenten\/[a-z-]+\/$/);
    expect(await page.locator('h1').innerText()).toMatch(/^Gemeente /);
    expect(await page.locator('main h2', { hasText: 'Werkwijzen' }).count()).toBe(1);

    await menu.getByRole('link', { name: 'Gesprekskaarten' }).click();
    await page.waitForURL(/\/gesprekskaarten\/$/);
    await page.locator('main .tegel h3 a').first().click();
    await page.waitForURL(/\/gesprekskaarten\/[a-z]+-\d+\/$/);
    expect((await breadcrumbTexts(page)).slice(0, 2)).toEqual(['Home', 'Gesprekskaarten']);
    expect(await page.getByRole('heading', { name: 'Achterkant' }).count()).toBe(1);
    await page.context().close();
  });

  it('marks the current section in the main menu', async () => {
    const page = await openPage('/wat-werkt/');
    const current = page.locator('nav[aria-label="Hoofdmenu"] a[aria-current="page"]');
    expect(await current.allInnerTexts()).toEqual(['Wat werkt']);
    await page.context().close();
  });

  it('links a lesson on a step page to its source in the bibliography', async () => {
    const page = await openPage('/stappen/intake/');
    const cite = page.locator('.lessen .bronnen-kort a').first();
    const href = await cite.getAttribute('href');
    expect(href).toMatch(/^\/bronnen\/#[a-z0-9-]+$/);
    await cite.click();
    await page.waitForURL(/\/bronnen\/#/);
    const id = href!.split('#')[1]!;
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    await page.context().close();
  });

  it('serves a helpful 404 page for an unknown address', async () => {
    const page = await openPage('');
    const response = await page.goto(new URL('/bestaat-niet/', (await import('../support/browser')).baseUrl).href);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Pagina niet gevonden');
    expect(await page.getByRole('search').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/"]').count()).toBe(1);
    await page.context().close();
  });

  it('moves focus to the main content with the skip link', async () => {
    const page = await openPage('/');
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.innerText()).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.context().close();
  });

  it('has no horizontal scrolling at 320 px wide', async () => {
    for (const path of ['/', '/stappen/intake/', '/gemeenten/', '/cijfers/', '/bronnen/']) {
      const page = await openPage(path, { viewport: { width: 320, height: 640 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });
});
