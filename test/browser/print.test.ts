/**
 * Printing gesprekskaarten: real PDFs from Chromium (A4 pages, page counts),
 * card boxes measured under print emulation (A6, mirrored backs), choices
 * from the URL, hostile URLs, the chooser on /gesprekskaarten/ by keyboard,
 * and axe on both pages. Card ids come from the built print page, so the
 * tests follow whatever cards the content holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, baseUrl, openPage } from '../support/browser';
import { distDir } from '../support/dist-dir';

const PRINT = '/gesprekskaarten/printen/';
/** CSS pixels per millimetre. */
const MM = 96 / 25.4;
const A4_PT = { breedte: 595.28, hoogte: 841.89 };

interface KaartInfo {
  id: string;
  onderdeel: string;
  themas: string[];
}

/** Every card in print order, as the build rendered the print page. */
function kaartenUitBuild(): KaartInfo[] {
  const html = readFileSync(join(distDir, 'gesprekskaarten/printen/index.html'), 'utf8');
  const kaarten = [...html.matchAll(/data-kaart="([^"]+)" data-kant="voor" data-onderdeel="([^"]+)"/g)].map((m) => ({
    id: m[1]!,
    onderdeel: m[2]!,
  }));
  const overzicht = readFileSync(join(distDir, 'gesprekskaarten/index.html'), 'utf8');
  return kaarten.map((k) => {
    const themas = new RegExp(`data-kaart="${k.id}"[^>]*data-themas="([^"]*)"`).exec(overzicht)?.[1] ?? '';
    return { ...k, themas: themas.split(' ').filter(Boolean) };
  });
}

const KAARTEN = kaartenUitBuild();
const N = KAARTEN.length;
const heeft = (id: string) => KAARTEN.some((k) => k.id === id);
/** i-1 and o-1 as the brief names them, or the first cards of two different steps. */
const TWEE: [string, string] =
  heeft('i-1') && heeft('o-1')
    ? ['i-1', 'o-1']
    : [KAARTEN[0]!.id, (KAARTEN.find((k) => k.onderdeel !== KAARTEN[0]!.onderdeel) ?? KAARTEN[1]!).id];

async function printPagina(zoek = '', opties: Parameters<typeof openPage>[1] = {}): Promise<Page> {
  const page = await openPage(`${PRINT}${zoek}`, opties);
  if (opties.javaScriptEnabled !== false) await page.waitForFunction(() => customElements.get('kaart-print'));
  return page;
}

/** The PDF Chromium makes for printing, with its page sizes read from the uncompressed page dictionaries. */
async function pdf(page: Page) {
  const buffer = await page.pdf({ preferCSSPageSize: true });
  const tekst = buffer.toString('latin1');
  const paginas = [...tekst.matchAll(/\/Type \/Page\b/g)].length;
  const formaten = [...tekst.matchAll(/\/MediaBox \[\s*([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => ({
    breedte: Number(m[3]) - Number(m[1]),
    hoogte: Number(m[4]) - Number(m[2]),
  }));
  return { paginas, formaten, bytes: buffer.length };
}

interface Vlak {
  kaart: string;
  kant: string;
  vel: number;
  x: number;
  y: number;
  breedte: number;
  hoogte: number;
}

/** Card faces and sheets measured in millimetres, relative to their sheet, under print emulation. */
async function meet(
  page: Page,
): Promise<{ vellen: { x: number; breedte: number; hoogte: number }[]; vlakken: Vlak[] }> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate((mm) => {
    const vellen = [...document.querySelectorAll<HTMLElement>('kaart-print .vel')];
    return {
      vellen: vellen.map((vel) => {
        const r = vel.getBoundingClientRect();
        return { x: r.x / mm, breedte: r.width / mm, hoogte: r.height / mm };
      }),
      vlakken: vellen.flatMap((vel, i) => {
        const v = vel.getBoundingClientRect();
        return [...vel.querySelectorAll<HTMLElement>('.kant')].map((kant) => {
          const r = kant.getBoundingClientRect();
          return {
            kaart: kant.dataset['kaart'] ?? '',
            kant: kant.dataset['kant'] ?? '',
            vel: i,
            x: (r.x - v.x) / mm,
            y: (r.y - v.y) / mm,
            breedte: r.width / mm,
            hoogte: r.height / mm,
          };
        });
      }),
    };
  }, MM);
}

const voorkanten = (page: Page) =>
  page
    .locator('kaart-print .kant[data-kant="voor"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-kaart')));

describe('print page /gesprekskaarten/printen/', () => {
  it('has cards to test with', () => {
    expect(N).toBeGreaterThanOrEqual(2);
  });

  it('makes a PDF of A4 pages, 2 x ceil(n/4) of them for all n cards in duplex mode', async () => {
    const page = await printPagina();
    const { paginas, formaten } = await pdf(page);
    await page.context().close();
    expect(paginas).toBe(2 * Math.ceil(N / 4));
    expect(formaten).toHaveLength(paginas);
    for (const f of formaten) {
      expect(Math.abs(f.breedte - A4_PT.breedte)).toBeLessThan(1);
      expect(Math.abs(f.hoogte - A4_PT.hoogte)).toBeLessThan(1);
    }
  });

  it.each([
    ['dubbelzijdig', (n: number) => 2 * Math.ceil(n / 4)],
    ['vouwen', (n: number) => Math.ceil(n / 2)],
    ['enkelzijdig', (n: number) => 2 * Math.ceil(n / 4)],
  ] as const)('in mode %s prints a chosen set on the right number of A4 pages', async (modus, verwacht) => {
    const ids = KAARTEN.slice(0, Math.min(5, N)).map((k) => k.id);
    const page = await printPagina(`?kaarten=${ids.join(',')}&modus=${modus}`);
    const { paginas, formaten } = await pdf(page);
    const { vellen } = await meet(page);
    await page.context().close();
    expect(paginas).toBe(verwacht(ids.length));
    expect(vellen).toHaveLength(paginas);
    expect(formaten.every((f) => Math.abs(f.breedte - A4_PT.breedte) < 1)).toBe(true);
  });

  it('lays every card out as A6 (105 x 148.5 mm) on A4 sheets that start at the paper edge', async () => {
    const page = await printPagina();
    const { vellen, vlakken } = await meet(page);
    await page.context().close();
    expect(vlakken).toHaveLength(2 * N);
    for (const vel of vellen) {
      expect(Math.abs(vel.x)).toBeLessThan(1);
      expect(Math.abs(vel.breedte - 210)).toBeLessThan(1);
      expect(Math.abs(vel.hoogte - 297)).toBeLessThan(1);
    }
    for (const v of vlakken) {
      expect(Math.abs(v.breedte - 105), `${v.kaart} ${v.kant}`).toBeLessThan(1);
      expect(Math.abs(v.hoogte - 148.5), `${v.kaart} ${v.kant}`).toBeLessThan(1);
      expect([0, 105].some((x) => Math.abs(v.x - x) < 1)).toBe(true);
      expect([0, 148.5].some((y) => Math.abs(v.y - y) < 1)).toBe(true);
    }
  });

  it('puts each back at the mirrored position of its front, on the next sheet (duplex)', async () => {
    const page = await printPagina();
    const { vlakken } = await meet(page);
    await page.context().close();
    const zoek = (id: string, kant: string) => vlakken.find((v) => v.kaart === id && v.kant === kant)!;
    for (const { id } of KAARTEN) {
      const voor = zoek(id, 'voor');
      const achter = zoek(id, 'achter');
      expect(achter.vel, id).toBe(voor.vel + 1);
      expect(Math.abs(achter.y - voor.y), id).toBeLessThan(1);
      expect(Math.abs(achter.x - (210 - voor.x - voor.breedte)), id).toBeLessThan(1);
    }
  });

  it('keeps every card complete: nothing overflows its card and all print text is at least 10pt', async () => {
    const page = await printPagina();
    await page.emulateMedia({ media: 'print' });
    const fouten = await page.evaluate(() => {
      const problemen: string[] = [];
      for (const rand of document.querySelectorAll<HTMLElement>('kaart-print .rand')) {
        const kant = rand.closest<HTMLElement>('.kant')!;
        const naam = `${kant.dataset['kaart']} ${kant.dataset['kant']}`;
        if (rand.scrollHeight > rand.clientHeight + 1 || rand.scrollWidth > rand.clientWidth + 1) {
          problemen.push(`${naam} loopt over`);
        }
        for (const el of rand.querySelectorAll<HTMLElement>('*')) {
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (el.textContent?.trim() && size < (10 * 96) / 72 - 0.05) problemen.push(`${naam}: ${size}px`);
        }
      }
      return problemen;
    });
    await page.context().close();
    expect(fouten).toEqual([]);
  });

  it('shows the card number, the step in words and a link back to the card on every face', async () => {
    const page = await printPagina();
    const vlakken = await page.locator('kaart-print .kant').evaluateAll((els) =>
      els.map((e) => ({
        kaart: e.getAttribute('data-kaart') ?? '',
        nummer: e.querySelector('.nr')?.textContent ?? '',
        label: e.querySelector('.naam')?.textContent ?? '',
        href: e.querySelector('a')?.getAttribute('href') ?? '',
        adres: e.querySelector('a')?.textContent ?? '',
      })),
    );
    await page.context().close();
    expect(vlakken).toHaveLength(2 * N);
    for (const v of vlakken) {
      expect(v.nummer.toLowerCase()).toBe(v.kaart);
      expect(v.label).toMatch(/^(Stap \d · |Aandachtspunt · )\S/);
      expect(v.href).toBe(`/gesprekskaarten/${v.kaart}/`);
      expect(v.adres.endsWith(`/gesprekskaarten/${v.kaart}/`)).toBe(true);
    }
  });

  it('shows the printing instructions on screen but not on paper', async () => {
    const page = await printPagina();
    const instructie = page.locator('[data-instructie="dubbelzijdig"]');
    expect(await instructie.innerText()).toMatch(/lange zijde/);
    expect(await instructie.innerText()).toMatch(/100%/);
    expect(await page.locator('[data-instructie="vouwen"]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await instructie.isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(false);
    expect(await page.locator('kaart-print .vel').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it(`honours ?kaarten=${TWEE.join(',')}: exactly those cards, in that order`, async () => {
    const page = await printPagina(`?kaarten=${TWEE.join(',')}`);
    expect(await voorkanten(page)).toEqual(TWEE);
    expect(await page.locator('kaart-print .kant[data-kant="achter"]').count()).toBe(2);
    expect(await page.locator('[data-samenvatting]').innerText()).toMatch(/^2 kaarten op 2 bladzijden/);
    expect((await pdf(page)).paginas).toBe(2);
    await page.context().close();
  });

  it('skips an unknown id with a visible notice and still prints the known card', async () => {
    const page = await printPagina(`?kaarten=${TWEE[0]},zz-9`);
    const melding = page.getByRole('status').filter({ hasText: 'zz-9' });
    expect(await melding.isVisible()).toBe(true);
    expect(await melding.innerText()).toMatch(/bestaat niet.*zz-9/);
    expect(await voorkanten(page)).toEqual([TWEE[0]]);
    expect((await pdf(page)).paginas).toBe(2);
    await page.context().close();
  });

  it('never runs markup from the URL and shows it only as text', async () => {
    const page = await openPage('');
    const dialogen: string[] = [];
    page.on('dialog', (dialog) => {
      dialogen.push(dialog.message());
      void dialog.dismiss();
    });
    const markup = '<img src=x onerror=alert(1)>';
    await page.goto(new URL(`${PRINT}?kaarten=${markup}&modus=<svg onload=alert(2)>`, baseUrl).href);
    await page.waitForFunction(() => customElements.get('kaart-print'));
    await page.waitForTimeout(300);
    expect(dialogen).toEqual([]);
    expect(await page.locator('main img, main [onerror], main svg[onload]').count()).toBe(0);
    const melding = await page.locator('[data-melding]').innerText();
    expect(melding).toContain(markup);
    expect(melding).toContain('<svg onload=alert(2)>');
    expect(await voorkanten(page)).toEqual([]);
    expect(await page.locator('kaart-print .vellen').innerText()).toMatch(/geen kaarten gekozen/i);
    await page.context().close();
  });

  it('switches mode on the page and keeps it in the URL', async () => {
    const page = await printPagina(`?kaarten=${TWEE.join(',')}`);
    await page.getByRole('radio', { name: /^Vouwen/ }).check();
    expect(new URL(page.url()).searchParams.get('modus')).toBe('vouwen');
    expect(new URL(page.url()).searchParams.get('kaarten')).toBe(TWEE.join(','));
    expect(await page.locator('[data-instructie="vouwen"]').isVisible()).toBe(true);
    const { vlakken } = await meet(page);
    // Row and column of each face: one card per row, its front left and its back right.
    expect(vlakken.map((v) => [v.kaart, v.kant, v.vel, Math.round(v.y / 148.5), Math.round(v.x / 105)])).toEqual([
      [TWEE[0], 'voor', 0, 0, 0],
      [TWEE[0], 'achter', 0, 0, 1],
      [TWEE[1], 'voor', 0, 1, 0],
      [TWEE[1], 'achter', 0, 1, 1],
    ]);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('radio', { name: /^Enkelzijdig/ }).check();
    const enkel = await meet(page);
    expect(enkel.vlakken.map((v) => [v.kaart, v.kant, v.vel])).toEqual([
      [TWEE[0], 'voor', 0],
      [TWEE[1], 'voor', 0],
      [TWEE[0], 'achter', 1],
      [TWEE[1], 'achter', 1],
    ]);
    await page.context().close();
  });

  it('prints every card in the default mode without JavaScript', async () => {
    const page = await printPagina(`?kaarten=${TWEE[0]}&modus=vouwen`, { javaScriptEnabled: false });
    expect(await voorkanten(page)).toEqual(KAARTEN.map((k) => k.id));
    const uitleg = page.locator('noscript p');
    expect(await uitleg.isVisible()).toBe(true);
    expect(await uitleg.innerText()).toMatch(/^Zonder JavaScript print deze pagina alle kaarten/);
    expect(await page.getByRole('radio').first().isVisible()).toBe(false);
    expect((await pdf(page)).paginas).toBe(2 * Math.ceil(N / 4));
    await page.context().close();
  });

  it.each(['', `?kaarten=${TWEE.join(',')},zz-9&modus=vouwen`])('has no axe violations (%s)', async (zoek) => {
    const page = await printPagina(zoek);
    const violations = await axe(page);
    await page.context().close();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
      [],
    );
  });
});

describe('card chooser /gesprekskaarten/', () => {
  async function overzicht(zoek = ''): Promise<Page> {
    const page = await openPage(`/gesprekskaarten/${zoek}`);
    await page.waitForFunction(() => customElements.get('kaart-kiezer'));
    return page;
  }
  const zichtbaar = (page: Page) =>
    page.locator('li[data-kaart]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-kaart')));
  const printLink = (page: Page) => page.locator('[data-print-keuze]');

  it('lets a keyboard user tick cards and gives the matching print link', async () => {
    const page = await overzicht();
    await page.locator('select[data-filter="onderdeel"]').focus();
    let stappen = 0;
    while (stappen++ < 200) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) break;
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(KAARTEN[0]!.id);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // the next card's link
    await page.keyboard.press('Tab'); // its checkbox
    await page.keyboard.press('Space');
    const gekozen = [KAARTEN[0]!.id, KAARTEN[1]!.id];
    expect(await printLink(page).getAttribute('href')).toBe(`${PRINT}?kaarten=${gekozen.join(',')}`);
    expect(await printLink(page).innerText()).toBe('Print de 2 gekozen kaarten');
    expect(await page.locator('[data-telling]').innerText()).toMatch(/^2 kaarten gekozen\./);
    expect(await page.locator('[data-telling]').getAttribute('role')).toBe('status');
    await printLink(page).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/printen\/\?kaarten=/);
    await page.waitForFunction(() => customElements.get('kaart-print'));
    expect(await voorkanten(page)).toEqual(gekozen);
    await page.context().close();
  });

  it('names every checkbox after its card', async () => {
    const page = await overzicht();
    const naam = KAARTEN[0]!.id.toUpperCase();
    expect(await page.getByRole('checkbox', { name: `Kies kaart ${naam} om te printen` }).count()).toBe(1);
    await page.context().close();
  });

  it('takes a whole step with one button (a pressed toggle) and a whole theme with another', async () => {
    const page = await overzicht();
    const stap = KAARTEN[0]!.onderdeel;
    const vanStap = KAARTEN.filter((k) => k.onderdeel === stap).map((k) => k.id);
    const knop = page.locator(`[data-set-onderdeel="${stap}"]`);
    await knop.focus();
    await page.keyboard.press('Enter');
    expect(await knop.getAttribute('aria-pressed')).toBe('true');
    expect(await printLink(page).getAttribute('href')).toBe(`${PRINT}?kaarten=${vanStap.join(',')}`);
    await page.keyboard.press('Space');
    expect(await knop.getAttribute('aria-pressed')).toBe('false');
    expect(await printLink(page).isVisible()).toBe(false);

    const thema = KAARTEN.find((k) => k.themas.length > 0)?.themas[0];
    if (thema) {
      await page.locator(`[data-set-thema="${thema}"]`).click();
      const metThema = KAARTEN.filter((k) => k.themas.includes(thema)).map((k) => k.id);
      expect(await printLink(page).getAttribute('href')).toBe(`${PRINT}?kaarten=${metThema.join(',')}`);
    }
    await page.context().close();
  });

  it('filters by step and by theme, announces the count and can take the visible cards', async () => {
    const page = await overzicht();
    expect(await zichtbaar(page)).toEqual(KAARTEN.map((k) => k.id));
    const stap = KAARTEN[KAARTEN.length - 1]!.onderdeel;
    await page.locator('select[data-filter="onderdeel"]').selectOption(stap);
    const vanStap = KAARTEN.filter((k) => k.onderdeel === stap).map((k) => k.id);
    expect(await zichtbaar(page)).toEqual(vanStap);
    expect(await page.locator('[data-telling]').innerText()).toContain(`${vanStap.length} van ${N} kaarten zichtbaar`);
    expect(await page.locator(`section[data-groep="${stap}"]`).isVisible()).toBe(true);
    expect(await page.locator('section[data-groep]:visible').count()).toBe(1);

    await page.locator('select[data-filter="onderdeel"]').selectOption('');
    const thema = KAARTEN.find((k) => k.themas.length > 0)?.themas[0];
    if (thema) {
      await page.locator('select[data-filter="thema"]').selectOption(thema);
      const metThema = KAARTEN.filter((k) => k.themas.includes(thema)).map((k) => k.id);
      expect(await zichtbaar(page)).toEqual(metThema);
      await page.getByRole('button', { name: 'Kies alle zichtbare kaarten' }).click();
      expect(await printLink(page).getAttribute('href')).toBe(`${PRINT}?kaarten=${metThema.join(',')}`);
    }
    await page.context().close();
  });

  it('ticks the cards named in its own URL, so a choice can be changed later', async () => {
    const page = await overzicht(`?kaarten=${TWEE.join(',')}`);
    expect(await printLink(page).getAttribute('href')).toBe(`${PRINT}?kaarten=${TWEE.join(',')}`);
    await page.context().close();
  });

  it('shows every card and the "print all" link without JavaScript', async () => {
    const page = await openPage('/gesprekskaarten/', { javaScriptEnabled: false });
    expect(await page.locator('li[data-kaart]:visible').count()).toBe(N);
    expect(await page.getByRole('checkbox').first().isVisible()).toBe(false);
    const alle = page.getByRole('link', { name: 'Print alle kaarten' });
    expect(await alle.getAttribute('href')).toBe(PRINT);
    await page.context().close();
  });

  it('has no axe violations, also with a choice and a filter', async () => {
    const page = await overzicht(`?kaarten=${TWEE.join(',')}`);
    expect(await axe(page)).toEqual([]);
    await page.locator('select[data-filter="onderdeel"]').selectOption(KAARTEN[0]!.onderdeel);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a card page', () => {
  it('links to printing just this card', async () => {
    const id = KAARTEN[0]!.id;
    const page = await openPage(`/gesprekskaarten/${id}/`);
    const link = page.getByRole('link', { name: 'Print deze kaart' });
    expect(await link.getAttribute('href')).toBe(`${PRINT}?kaarten=${id}`);
    await link.click();
    await page.waitForURL(/\/printen\//);
    await page.waitForFunction(() => customElements.get('kaart-print'));
    expect(await voorkanten(page)).toEqual([id]);
    await page.context().close();
  });
});
