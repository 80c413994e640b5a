/**
 * The four infographics as users meet them: select with mouse and keyboard,
 * filter and sort the practice matrix, read the same numbers in each table,
 * and still find chart and table without JavaScript. Also axe, print and the
 * JavaScript budget of the chart pages.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, baseUrl, openPage } from '../support/browser';

const BREED = { viewport: { width: 1280, height: 900 } };
const SMAL = { viewport: { width: 375, height: 800 } };

/** Waits until the chart's custom element has turned its marks into buttons. */
async function klaar(page: Page, element: string) {
  await page.waitForFunction((naam) => customElements.get(naam) !== undefined, element);
  await page.locator(`${element} .mark[role="button"]`).first().waitFor({ state: 'attached' });
}

const focusSleutel = (page: Page, attr: string) =>
  page.evaluate((a) => (document.activeElement as HTMLElement | null)?.closest('.mark')?.getAttribute(a) ?? null, attr);

/** Numbers in an accessible name, in order: "Stap 1, Intake: 7 lessen, 2 ..." -> [1, 7, 2, ...]. */
const getallen = (tekst: string | null) => [...(tekst ?? '').matchAll(/\d+/g)].map((m) => Number(m[0]));

describe('route naar werk', () => {
  it('selects a step with the mouse and shows its key lessons and page', async () => {
    const page = await openPage('/stappen/', BREED);
    await klaar(page, 'route-kaart');
    const matching = page.locator('#route-breed .mark[data-key="matching"]');
    await matching.click();
    expect(await matching.getAttribute('aria-pressed')).toBe('true');
    const paneel = page.locator('route-kaart .paneel');
    expect(await paneel.locator('h3').innerText()).toBe('4. Matching');
    expect(await paneel.locator('a[href="/stappen/matching/"]').count()).toBe(1);
    expect(await paneel.locator('li a[href^="/stappen/matching/#les-"]').count()).toBeGreaterThan(0);
    expect(await paneel.getAttribute('aria-live')).toBe('polite');
    await page.context().close();
  });

  it('is one tab stop; arrows, Home and End move, Enter selects', async () => {
    const page = await openPage('/stappen/', BREED);
    await klaar(page, 'route-kaart');
    expect(await page.locator('#route-breed .mark[tabindex="0"]').count()).toBe(1);
    await page.locator('#route-breed .mark[tabindex="0"]').focus();
    expect(await focusSleutel(page, 'data-key')).toBe('intake');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusSleutel(page, 'data-key')).toBe('activering');
    await page.keyboard.press('Enter');
    expect(await page.locator('route-kaart .paneel h3').innerText()).toBe('3. Activering');
    await page.keyboard.press('End');
    expect(await focusSleutel(page, 'data-key')).toBe('randvoorwaarden');
    await page.keyboard.press(' ');
    expect(await page.locator('route-kaart .paneel h3').innerText()).toContain('Randvoorwaarden');
    await page.keyboard.press('Home');
    expect(await focusSleutel(page, 'data-key')).toBe('intake');
    // Focus is visible: the ring of the focused mark gets a stroke.
    const rand = await page.evaluate(() => {
      const ring = document.activeElement?.querySelector('.ring');
      return ring ? getComputedStyle(ring).strokeWidth : '';
    });
    expect(rand).toBe('3px');
    await page.context().close();
  });

  it('shows the route downwards on a phone and it works there too', async () => {
    const page = await openPage('/stappen/', SMAL);
    await klaar(page, 'route-kaart');
    expect(await page.locator('#route-breed').isVisible()).toBe(false);
    expect(await page.locator('#route-smal').isVisible()).toBe(true);
    await page.locator('#route-smal .mark[data-key="nazorg"]').click();
    expect(await page.locator('route-kaart .paneel h3').innerText()).toBe('5. Nazorg');
    const overloop = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overloop).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('has a table with the same numbers as the chart, on /stappen/ and on the home page', async () => {
    for (const [pad, svg] of [
      ['/stappen/', '#route-breed'],
      ['/', '#route-kort-breed'],
    ] as const) {
      const page = await openPage(pad, BREED);
      const rijen = await page.locator('.route-kaart tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          key: tr.getAttribute('data-key'),
          getallen: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)),
        })),
      );
      const marks = await page
        .locator(`${svg} .mark`)
        .evaluateAll((ms) => ms.map((m) => ({ key: m.getAttribute('data-key'), naam: m.getAttribute('aria-label') })));
      expect(rijen.map((r) => r.key)).toEqual(marks.map((m) => m.key));
      for (const [i, rij] of rijen.entries()) {
        // Steps say "Stap n, ..." first; aandachtspunten start with their counts.
        expect(getallen(marks[i]!.naam).slice(-3), `${pad} ${rij.key}`).toEqual(rij.getallen);
      }
      await page.context().close();
    }
  });

  it('links each step on the home page without any script', async () => {
    const page = await openPage('/', BREED);
    const links = page.locator('#route-kort-breed a.mark');
    expect(await links.count()).toBe(5);
    await links.nth(1).click();
    await page.waitForURL(/\/stappen\/orientatie\/$/);
    await page.context().close();
  });
});

describe('praktijkenmatrix', () => {
  const zichtbareCellen = (page: Page) =>
    page
      .locator('.pm-svg .pm-cel')
      .evaluateAll((cs) =>
        cs.filter((c) => c.getAttribute('display') !== 'none').map((c) => c.getAttribute('data-werkwijze')),
      );

  it('shows what the source says for a filled cell, with links to source and municipality', async () => {
    const page = await openPage('/gemeenten/', BREED);
    await klaar(page, 'praktijken-matrix');
    const cel = page.locator('.pm-cel[data-gebruikt="ja"]').first();
    const gemeente = await cel.getAttribute('data-gemeente');
    await cel.click();
    const paneel = page.locator('praktijken-matrix .paneel');
    await paneel.locator('a[href^="/bronnen/#"]').first().waitFor();
    expect(await paneel.locator(`a[href="/gemeenten/${gemeente}/"]`).count()).toBe(1);
    expect((await paneel.locator('p').first().innerText()).length).toBeGreaterThan(10);
    await page.context().close();
  });

  it('moves through rows and columns with the arrow keys and explains an empty cell', async () => {
    const page = await openPage('/gemeenten/', BREED);
    await klaar(page, 'praktijken-matrix');
    const eerste = page.locator('.pm-cel[tabindex="0"]');
    const start = { g: await eerste.getAttribute('data-gemeente'), w: await eerste.getAttribute('data-werkwijze') };
    const kolommen = await page
      .locator('.pm-kop[data-werkwijze]')
      .evaluateAll((ks) => ks.map((k) => k.getAttribute('data-werkwijze')));
    const rijen = await page.locator('.pm-rij').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-gemeente')));
    await eerste.focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusSleutel(page, 'data-werkwijze')).toBe(kolommen[1]);
    expect(await focusSleutel(page, 'data-gemeente')).toBe(start.g);
    await page.keyboard.press('ArrowDown');
    expect(await focusSleutel(page, 'data-gemeente')).toBe(rijen[1]);
    expect(await focusSleutel(page, 'data-werkwijze')).toBe(kolommen[1]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    expect([await focusSleutel(page, 'data-gemeente'), await focusSleutel(page, 'data-werkwijze')]).toEqual([
      start.g,
      start.w,
    ]);
    // Find an empty cell by keyboard and select it with Enter.
    const leeg = page.locator('.pm-cel[data-gebruikt="nee"]').first();
    await leeg.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('praktijken-matrix .paneel').innerText()).toContain('noemen niet');
    expect(await leeg.getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  it('filters columns by theme and by step, and the table follows', async () => {
    const page = await openPage('/gemeenten/', BREED);
    await klaar(page, 'praktijken-matrix');
    const alle = (await zichtbareCellen(page)).length;
    await page.selectOption('#pm-thema', 'bemiddeling-werkgever');
    const koppen = await page
      .locator('.pm-kop[data-werkwijze]')
      .evaluateAll((ks) =>
        ks.filter((k) => k.getAttribute('display') !== 'none').map((k) => k.getAttribute('data-themas')),
      );
    expect(koppen.length).toBeGreaterThan(0);
    expect(koppen.every((t) => t!.split(' ').includes('bemiddeling-werkgever'))).toBe(true);
    const zichtbaar = await zichtbareCellen(page);
    const rijen = await page.locator('.pm-rij').count();
    expect(zichtbaar.length).toBe(koppen.length * rijen);
    expect(zichtbaar.length).toBeLessThan(alle);
    expect(await page.locator('.pm-status').innerText()).toContain(`${koppen.length} werkwijze`);
    await controleerTabel(page);

    await page.selectOption('#pm-thema', '');
    await page.selectOption('#pm-stap', 'nazorg');
    const stappen = await page
      .locator('.pm-kop[data-werkwijze]')
      .evaluateAll((ks) =>
        ks.filter((k) => k.getAttribute('display') !== 'none').map((k) => k.getAttribute('data-stappen')),
      );
    expect(stappen.every((s) => s!.split(' ').includes('nazorg'))).toBe(true);
    await controleerTabel(page);
    // The first visible cell keeps the tab stop.
    expect(await page.locator('.pm-cel[tabindex="0"]:not([display="none"])').count()).toBe(1);
    await page.context().close();
  });

  it('sorts rows by number of practices and by name, and the table follows', async () => {
    const page = await openPage('/gemeenten/', BREED);
    await klaar(page, 'praktijken-matrix');
    const volgorde = () =>
      page.locator('.pm-rij').evaluateAll((rs) =>
        rs
          .map((r) => ({
            id: r.getAttribute('data-gemeente')!,
            naam: r.getAttribute('data-naam')!,
            aantal: Number(r.getAttribute('data-aantal')),
            y: r.getBoundingClientRect().top,
          }))
          .sort((a, b) => a.y - b.y),
      );
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(
      await page
        .locator('.pm-rij')
        .first()
        .evaluate((r) => getComputedStyle(r).transitionDuration),
    ).toMatch(/^0s/);
    await page.selectOption('#pm-sorteer', 'aantal');
    const opAantal = await volgorde();
    const aantallen = opAantal.map((r) => r.aantal);
    expect(aantallen).toEqual([...aantallen].sort((a, b) => b - a));
    const tabel = await page
      .locator('.pm-tabel tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-gemeente')));
    expect(tabel).toEqual(opAantal.map((r) => r.id));
    await page.selectOption('#pm-sorteer', 'naam');
    const opNaam = (await volgorde()).map((r) => r.naam);
    expect(opNaam).toEqual([...opNaam].sort((a, b) => a.localeCompare(b, 'nl')));
    await controleerTabel(page);
    await page.context().close();
  });

  it('has a table with the same numbers as the chart', async () => {
    const page = await openPage('/gemeenten/', BREED);
    await controleerTabel(page);
    await page.context().close();
  });

  /** Per municipality: filled visible cells = count in the table = visible practices listed, same practices. */
  async function controleerTabel(page: Page) {
    const matrix = await page.locator('.pm-rij').evaluateAll((rs) =>
      rs.map((r) => ({
        id: r.getAttribute('data-gemeente'),
        totaal: Number(r.querySelector('.pm-totaal')?.textContent),
        vol: [...r.querySelectorAll('.pm-cel[data-gebruikt="ja"]')]
          .filter((c) => c.getAttribute('display') !== 'none')
          .map((c) => c.getAttribute('data-werkwijze'))
          .sort(),
      })),
    );
    const tabel = await page.locator('.pm-tabel tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-gemeente'),
        aantal: Number(tr.querySelector('.pm-aantal')?.textContent),
        lijst: [...tr.querySelectorAll<HTMLElement>('li[data-werkwijze]')]
          .filter((li) => !li.hidden)
          .map((li) => li.getAttribute('data-werkwijze'))
          .sort(),
      })),
    );
    expect(tabel.map((r) => r.id).sort()).toEqual(matrix.map((r) => r.id).sort());
    for (const rij of matrix) {
      const t = tabel.find((r) => r.id === rij.id)!;
      expect([t.aantal, t.lijst], rij.id!).toEqual([rij.vol.length, rij.vol]);
      expect(rij.totaal, rij.id!).toBe(rij.vol.length);
    }
  }
});

describe('kennismatrix', () => {
  it('lists the lessons of a cell, each linking to its step page', async () => {
    const page = await openPage('/wat-werkt/', BREED);
    await klaar(page, 'kennis-matrix');
    const cel = page.locator('.km-cel:not([data-leeg])').first();
    const aantal = Number(await cel.getAttribute('data-lessen'));
    const onderdeel = await cel.getAttribute('data-onderdeel');
    await cel.click();
    const lessen = page.locator('kennis-matrix .paneel ul').first().locator('a');
    await lessen.first().waitFor();
    expect(await lessen.count()).toBe(aantal);
    for (const href of await lessen.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`/${onderdeel}/#les-`));
    }
    await page.context().close();
  });

  it('moves by keyboard across themes and steps and marks empty cells as gaps', async () => {
    const page = await openPage('/wat-werkt/', BREED);
    await klaar(page, 'kennis-matrix');
    await page.locator('.km-cel[tabindex="0"]').focus();
    expect([await focusSleutel(page, 'data-onderdeel'), await focusSleutel(page, 'data-thema')]).toEqual([
      'intake',
      'taalvaardigheid',
    ]);
    await page.keyboard.press('ArrowRight');
    expect(await focusSleutel(page, 'data-thema')).toBe('opleiding-en-vaardigheden');
    await page.keyboard.press('ArrowDown');
    expect(await focusSleutel(page, 'data-onderdeel')).toBe('orientatie');
    await page.keyboard.press('End');
    expect([await focusSleutel(page, 'data-onderdeel'), await focusSleutel(page, 'data-thema')]).toEqual([
      'randvoorwaarden',
      'bemiddeling-werkgever',
    ]);
    const leeg = page.locator('.km-cel[data-leeg="ja"]');
    if ((await leeg.count()) > 0) {
      await leeg.first().focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('kennis-matrix .paneel').innerText()).toContain('nog geen lessen');
      expect(await leeg.first().locator('.km-gat').count()).toBe(1);
    }
    await page.context().close();
  });

  it('has a table with the same numbers as the chart', async () => {
    const page = await openPage('/wat-werkt/', BREED);
    const cellen = await page
      .locator('.km-cel')
      .evaluateAll((cs) =>
        cs.map(
          (c) => `${c.getAttribute('data-onderdeel')}/${c.getAttribute('data-thema')}=${c.getAttribute('data-lessen')}`,
        ),
      );
    const tabel = await page.locator('.km-tabel td').evaluateAll((tds) =>
      tds.map((td) => {
        const getal = Number(/\d+/.exec(td.querySelector('strong')?.textContent ?? '')?.[0]);
        return `${td.getAttribute('data-onderdeel')}/${td.getAttribute('data-thema')}=${getal}`;
      }),
    );
    expect(cellen).toHaveLength(45);
    expect(tabel).toEqual(cellen);
    // The count under each circle is the same number again.
    const onder = await page
      .locator('.km-cel:not([data-leeg])')
      .evaluateAll((cs) =>
        cs.every((c) => c.querySelector('.km-aantal')?.textContent === c.getAttribute('data-lessen')),
      );
    expect(onder).toBe(true);
    await page.context().close();
  });
});

describe('cijfers', () => {
  it('draws one chart per series with the same figures as its table', async () => {
    const page = await openPage('/cijfers/', BREED);
    const grafieken = page.locator('cijfer-grafiek');
    expect(await grafieken.count()).toBeGreaterThan(3);
    for (const g of await grafieken.all()) {
      // Label, number and uncertainty of each bar equal those of its table row.
      const kern = (tekst: string) => ({
        label: tekst.split(':')[0]!.trim(),
        getal: /[\d.,]+/.exec(tekst.split(':').slice(1).join(':'))?.[0],
        onzeker: tekst.includes('onzeker'),
      });
      const namen = await g.locator('svg .mark').evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label') ?? ''));
      const rijen = await g
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map(
            (tr) => `${tr.querySelector('th')?.textContent?.trim()}: ${tr.querySelector('td')?.textContent?.trim()}`,
          ),
        );
      expect(namen.map(kern)).toEqual(rijen.map(kern));
      // One unit per chart: never two series on one axis.
      const eenheden = await g
        .locator('svg .mark')
        .evaluateAll((ms) =>
          ms.map((m) => (m.getAttribute('aria-label') ?? '').replace(/^.*?: [\d.,]+/, '').replace(' (onzeker)', '')),
        );
      expect(new Set(eenheden).size).toBe(1);
    }
    // Loose figures still stand in the table of all other figures.
    expect(await page.locator('#overige-cijfers ~ .tabel-scroll tbody tr').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('marks uncertain figures in words and with hatching', async () => {
    const page = await openPage('/cijfers/', BREED);
    const onzeker = page.locator('.cg-onzeker');
    if ((await onzeker.count()) > 0) {
      expect(await onzeker.first().getAttribute('aria-label')).toContain('(onzeker)');
      expect(await onzeker.first().locator('.cg-balk').getAttribute('fill')).toContain('url(#');
    }
    await page.context().close();
  });

  it('shows definition and source of a bar chosen by mouse or keyboard', async () => {
    const page = await openPage('/cijfers/', BREED);
    await klaar(page, 'cijfer-grafiek');
    const grafiek = page.locator('cijfer-grafiek').first();
    await grafiek.locator('.mark').nth(1).click();
    const paneel = grafiek.locator('.paneel');
    expect(await paneel.locator('dt').allInnerTexts()).toEqual(['Definitie', 'Jaar of periode', 'Populatie', 'Bron']);
    expect(await paneel.locator('a[href^="/bronnen/#"]').count()).toBeGreaterThan(0);
    const tweede = await paneel.locator('h3').innerText();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    expect(await paneel.locator('h3').innerText()).not.toBe(tweede);
    await page.context().close();
  });

  it('prints charts and their tables', async () => {
    const page = await openPage('/cijfers/', BREED);
    await page.emulateMedia({ media: 'print' });
    const g = page.locator('cijfer-grafiek').first();
    expect(await g.locator('svg').isVisible()).toBe(true);
    expect(await g.locator('table').isVisible()).toBe(true);
    expect(await g.locator('.paneel').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('every infographic page', () => {
  const paginas = ['/', '/stappen/', '/gemeenten/', '/wat-werkt/', '/cijfers/', '/data/'];

  it.each(paginas)('%s has no axe violations, also after a selection', async (pad) => {
    const page = await openPage(pad, { ...BREED, bypassCSP: true });
    const mark = page.locator('.grafiek .mark[role="button"]').first();
    if ((await mark.count()) > 0) {
      await mark.click();
      await page.waitForTimeout(200);
    }
    const violations = await axe(page);
    await page.context().close();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
      [],
    );
  });

  it.each(paginas.slice(0, 5))('%s shows chart and table without JavaScript', async (pad) => {
    const page = await openPage(pad, { ...BREED, javaScriptEnabled: false });
    const svgs = page.locator('.grafiek svg[role="group"]');
    expect(await svgs.count()).toBeGreaterThan(0);
    expect(await page.locator('.grafiek svg .mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.grafiek svg .mark[role="button"]').count()).toBe(0);
    expect(await page.locator('.grafiek table').count()).toBeGreaterThan(0);
    expect(await page.locator('.grafiek svg').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('keeps the script of each chart page under 25 kB compressed', async () => {
    const sizes: Record<string, number> = {};
    for (const pad of paginas) {
      const page = await openPage('', BREED);
      const scripts: Promise<number>[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') scripts.push(r.body().then((b) => gzipSync(b).length));
      });
      await page.goto(new URL(pad, baseUrl).href);
      await page.waitForLoadState('networkidle');
      const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((e) => e.textContent ?? ''));
      sizes[pad] = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) + gzipSync(inline.join('')).length;
      await page.context().close();
    }
    console.log('JavaScript per page (gzip bytes):', sizes);
    for (const [pad, bytes] of Object.entries(sizes)) expect(bytes, pad).toBeLessThanOrEqual(25_000);
  });
});

describe('open data', () => {
  it('publishes JSON and CSV behind the charts and lists them on /data/', async () => {
    const page = await openPage('/data/', BREED);
    const links = await page
      .locator('main table a[href^="/data/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      '/data/route.json',
      '/data/praktijkenmatrix.json',
      '/data/praktijkenmatrix.csv',
      '/data/kennismatrix.json',
      '/data/cijfers.json',
      '/data/cijfers.csv',
    ]);
    for (const href of links) {
      const antwoord = await page.request.get(new URL(href!, baseUrl).href);
      expect(antwoord.status(), href!).toBe(200);
      const tekst = await antwoord.text();
      if (href!.endsWith('.json')) expect(() => JSON.parse(tekst), href!).not.toThrow();
      else expect(tekst.split('\r\n')[0]).toMatch(/^[a-z_]+(,[a-z_]+)+$/);
    }
    expect(await page.locator('footer a[href="/data/"]').innerText()).toBe('Open data');
    await page.context().close();
  });
});
