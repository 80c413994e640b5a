import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, baseUrl, openPage } from '../support/browser';

/** Waits until /zoeken/ has finished its search and returns the status text and result URLs. */
async function uitkomst(page: Page): Promise<{ status: string; urls: string[]; types: string[] }> {
  await page.waitForFunction(() => {
    const status = document.querySelector('#zoek-status')?.textContent ?? '';
    return status !== '' && !status.includes('Zoeken…');
  });
  await page.waitForTimeout(100);
  return {
    status: await page.locator('#zoek-status').innerText(),
    urls: await page
      .locator('[data-resultaten] .zoekresultaat-titel')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
    types: await page.locator('[data-resultaten] .zoekresultaat-type').allTextContents(),
  };
}

function aantal(status: string): number {
  return Number(/^(\d+) resulta/.exec(status)?.[1] ?? 0);
}

async function zoekpagina(query: string) {
  const page = await openPage(`/zoeken/?${query}`);
  const resultaat = await uitkomst(page);
  return { page, ...resultaat };
}

describe('search page facets', () => {
  it('widens the result with several values within one facet (OR)', async () => {
    const gemeenten = await zoekpagina('type=Gemeente');
    const werkwijzen = await zoekpagina('type=Werkwijze');
    const beide = await zoekpagina('type=Gemeente&type=Werkwijze');
    expect(aantal(gemeenten.status)).toBeGreaterThan(0);
    expect(aantal(werkwijzen.status)).toBeGreaterThan(0);
    expect(aantal(beide.status)).toBe(aantal(gemeenten.status) + aantal(werkwijzen.status));
    for (const p of [gemeenten, werkwijzen, beide]) await p.page.context().close();
  });

  it('narrows the result with filters across facets (AND), also with an empty query', async () => {
    const alleen = await zoekpagina('type=Gemeente');
    const beide = await zoekpagina('type=Gemeente&stap=Intake');
    expect(aantal(beide.status)).toBeGreaterThan(0);
    expect(aantal(beide.status)).toBeLessThanOrEqual(aantal(alleen.status));
    expect(new Set(beide.types)).toEqual(new Set(['Gemeente']));
    expect(beide.urls.every((u) => u.startsWith('/gemeenten/'))).toBe(true);
    for (const p of [alleen, beide]) await p.page.context().close();
  });

  it('shows for each value the number of results that choosing it gives', async () => {
    const { page } = await zoekpagina('q=taal');
    const label = page.locator('fieldset label', { has: page.locator('input[value="Thema"]') });
    const getoond = Number(/\((\d+)\)/.exec(await label.innerText())?.[1]);
    expect(getoond).toBeGreaterThan(0);
    await label.locator('input').check();
    const na = await uitkomst(page);
    expect(aantal(na.status)).toBe(getoond);
    await page.context().close();
  });

  it('keeps query and filters in the URL: reload restores them, back goes to the previous state', async () => {
    const page = await openPage('/zoeken/');
    await page.fill('#zoek-q', 'werkervaringsplek');
    await page.press('#zoek-q', 'Enter');
    await uitkomst(page);
    await page.locator('input[name="type"][value="Werkwijze"]').check();
    await page.waitForURL(/type=Werkwijze/);
    const gefilterd = await uitkomst(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('werkervaringsplek');

    await page.reload();
    const herladen = await uitkomst(page);
    expect(herladen.urls).toEqual(gefilterd.urls);
    expect(await page.inputValue('#zoek-q')).toBe('werkervaringsplek');
    expect(await page.locator('input[name="type"][value="Werkwijze"]').isChecked()).toBe(true);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('type='));
    const terug = await uitkomst(page);
    expect(await page.locator('input[name="type"][value="Werkwijze"]').isChecked()).toBe(false);
    expect(aantal(terug.status)).toBeGreaterThanOrEqual(aantal(gefilterd.status));
    await page.context().close();
  });

  it('ignores unknown filter values and parameters without an error', async () => {
    const errors: string[] = [];
    const page = await openPage('');
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('/zoeken/?stap=Bestaatniet&type=Gemeente&foo=%E0%A4&q=', baseUrl).href);
    const r = await uitkomst(page);
    expect(errors).toEqual([]);
    expect(r.types.length).toBeGreaterThan(0);
    expect(new Set(r.types)).toEqual(new Set(['Gemeente']));
    await page.context().close();
  });
});

describe('bad input is shown as text, never executed', () => {
  const aanvallen = [
    '<script>window.__hacked=1</script>',
    '"><img src=x onerror="window.__hacked=1">',
    `${'werk '.repeat(2000)}`,
    "'); window.__hacked=1; ('",
  ];
  it.each(aanvallen)('query %#', async (q) => {
    const page = await openPage('');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(new URL(`/zoeken/?${new URLSearchParams({ q })}`, baseUrl).href);
    await uitkomst(page);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
    expect(await page.locator('main img[src="x"], main script:not([src])').count()).toBe(0);
    expect((await page.inputValue('#zoek-q')).length).toBeLessThanOrEqual(200);
    await page.context().close();
  });
});

describe('header search', () => {
  it('loads no search code on a text page until the visitor starts to search', async () => {
    const page = await openPage('');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(new URL('/stappen/intake/', baseUrl).href);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await page.keyboard.type('taal');
    await page.waitForSelector('#kop-zoek-lijst [role="option"]');
    expect(requests.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    await page.context().close();
  });

  it('works with the keyboard alone: / to open, arrows to choose, Enter to go, Escape to close', async () => {
    const page = await openPage('/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kop-zoek');
    await page.keyboard.type('Westland');
    await page.waitForSelector('#kop-zoek-lijst [role="option"]');
    const input = page.locator('#kop-zoek');
    expect(await input.getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.press('ArrowDown');
    const actief = await input.getAttribute('aria-activedescendant');
    expect(actief).toBeTruthy();
    expect(await page.locator(`[id="${actief}"]`).getAttribute('aria-selected')).toBe('true');

    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#kop-zoek-lijst').isHidden()).toBe(true);

    await page.keyboard.type(' ');
    await page.waitForSelector('#kop-zoek-lijst [role="option"]');
    await page.keyboard.press('ArrowDown');
    const doel = await page
      .locator('#kop-zoek-lijst [aria-selected="true"] .zoekresultaat-titel')
      .getAttribute('data-href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === doel);
    expect(doel).toBe('/gemeenten/westland/');
    await page.context().close();
  });

  it('submits to /zoeken/ with the query when no suggestion is chosen', async () => {
    const page = await openPage('/werkwijzen/');
    await page.fill('#kop-zoek', 'ggd');
    await page.press('#kop-zoek', 'Enter');
    await page.waitForURL(/\/zoeken\/\?q=ggd/);
    const r = await uitkomst(page);
    expect(aantal(r.status)).toBeGreaterThan(0);
    await page.context().close();
  });

  it('has no accessibility violations with the result list open', async () => {
    const page = await openPage('/', { bypassCSP: true });
    await page.fill('#kop-zoek', 'intake');
    await page.waitForSelector('#kop-zoek-lijst [role="option"]');
    expect((await axe(page)).map((v) => v.id)).toEqual([]);
    await page.context().close();
  });
});
