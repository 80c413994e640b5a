/**
 * The zelfscan in Chromium: the whole flow by keyboard on a phone-sized
 * screen, state restored from a link and from localStorage, "Begin opnieuw",
 * damaged and hostile links, axe on every step (with and without JavaScript)
 * and the printed plan, including a real PDF written for a visual check.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axe, baseUrl, openPage } from '../support/browser';

const PAD = '/zelfscan/';
const TELEFOON = { viewport: { width: 375, height: 740 } };
/** Where the PDF of the filled-in example is written, for a look at it as images. */
const PDF_PAD = process.env['ZELFSCAN_PDF'] ?? '/tmp/zelfscan-plan.pdf';

/**
 * The filled-in example used throughout: focus on the theme taalvaardigheid
 * and the step intake (7 statements), role uitvoering, and a mix of answers.
 */
const VOORBEELD = {
  hash: 'v=1&s=3&f=t1.i&r=uitvoering&a=i1-1.i2-0.i3-2.i4-x.o4-1.a1-0.a4-3',
  antwoorden: { i1: 1, i2: 0, i3: 2, i4: 'x', o4: 1, a1: 0, a4: 3 } as Record<string, number | 'x'>,
};

const open: Page[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.context().close();
});

async function scan(pad = PAD, opties: Parameters<typeof openPage>[1] = {}): Promise<Page> {
  const page = await openPage(pad, opties);
  open.push(page);
  if (opties.javaScriptEnabled !== false) await page.waitForFunction(() => customElements.get('zelf-scan'));
  return page;
}

/** Presses Tab until the focused element matches `selector` (the keyboard user's way there). */
async function tabTot(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab bereikt ${selector} niet`);
}

const actief = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? '', tag: el?.tagName ?? '', tekst: el?.textContent?.trim() ?? '' };
  });

const gekozen = (page: Page, id: string) =>
  page.evaluate((n) => document.querySelector<HTMLInputElement>(`input[name="${n}"]:checked`)?.value ?? null, id);

const melding = (page: Page) => page.locator('[data-melding]').textContent();

/** The plan (with its chart code) loads on demand: wait until it is there. */
const planKlaar = (page: Page) => page.locator('[data-plan] h3').first().waitFor();

describe('zelfscan by keyboard on a phone', () => {
  it('goes from focus through the statements to the plan with Tab, Space, arrows and Enter', async () => {
    const page = await scan(PAD, TELEFOON);
    const dialogen: string[] = [];
    page.on('dialog', (d) => {
      dialogen.push(d.message());
      void d.dismiss();
    });
    const verzoeken: string[] = [];
    page.on('request', (r) => verzoeken.push(`${r.method()} ${r.url()}`));
    await expect.poll(() => page.locator('#zs-kop-1').textContent()).toBe('Stap 1 van 3: Focus');

    // Step 1: one theme, one step and a role.
    await tabTot(page, 'input[name="f"][value="t1"]');
    await page.keyboard.press('Space');
    await tabTot(page, 'input[name="f"][value="i"]');
    await page.keyboard.press('Space');
    await tabTot(page, 'input[name="r"]');
    await page.keyboard.press('ArrowUp');
    expect(await gekozen(page, 'r')).toBe('uitvoering');
    expect(await page.locator('[data-aantal]').textContent()).toBe('Met deze keuze beoordeelt u 7 stellingen.');
    await tabTot(page, 'button[data-naar="2"]');
    await page.keyboard.press('Enter');

    // Step 2: focus is on the step heading, one group at a time.
    expect(await actief(page)).toMatchObject({ id: 'zs-kop-2', tekst: 'Stap 2 van 3: Stellingen' });
    expect(await page.locator('[data-voortgang]').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('progress').getAttribute('aria-label')).toBe('Voortgang van de zelfscan');
    expect(await page.locator('[data-voortgang]').textContent()).toBe('0 van 7 beantwoord');

    const groepen = [['i1', 'i2', 'i3', 'i4'], ['o4'], ['a1', 'a4']];
    for (const [g, ids] of groepen.entries()) {
      for (const id of ids) {
        // Tab lands on the first option of an unanswered group; Space picks it, arrows move on.
        await tabTot(page, `input[name="${id}"]`);
        await page.keyboard.press('Space');
        const waarde = VOORBEELD.antwoorden[id]!;
        const stappen = waarde === 'x' ? 4 : waarde;
        for (let i = 0; i < stappen; i++) await page.keyboard.press('ArrowRight');
        expect(await gekozen(page, id)).toBe(String(waarde));
      }
      if (g === 0) {
        // An answer can be changed: back into the first group, two steps left, then back again.
        await page.keyboard.down('Shift');
        for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
        expect(await actief(page).then((a) => a.tag)).toBe('INPUT');
        const naam = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
        expect(naam).toBe('i1');
        await page.keyboard.press('ArrowLeft');
        expect(await gekozen(page, 'i1')).toBe('0');
        await page.keyboard.press('ArrowRight');
        expect(await gekozen(page, 'i1')).toBe('1');
      }
      const beantwoord = groepen.slice(0, g + 1).flat().length;
      expect(await page.locator('[data-voortgang]').textContent()).toBe(`${beantwoord} van 7 beantwoord`);
      await tabTot(page, 'button[data-volgende]');
      await page.keyboard.press('Enter');
      if (g < groepen.length - 1) {
        const kop = await actief(page);
        expect(kop.tag).toBe('H3');
        expect(kop.tekst).toContain(`deel ${g + 2} van 3`);
      }
    }

    // Step 3: the plan.
    expect(await actief(page)).toMatchObject({ id: 'zs-kop-3', tekst: 'Stap 3 van 3: Resultaat' });
    await planKlaar(page);
    const punten = page.locator('[data-verbeter] > li');
    expect(await punten.evaluateAll((li) => li.map((l) => l.getAttribute('data-punt')))).toEqual([
      'i2',
      'a1',
      'i1',
      'o4',
    ]);
    expect(await punten.first().locator('a[href*="#les-"]').count()).toBe(1);
    expect(await punten.first().locator('a[href*="/gesprekskaarten/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-sterk] li').count()).toBe(2);
    expect(await page.locator('[data-focus]').textContent()).toBe('Taalvaardigheid, Intake');
    expect(await page.locator('[data-rol]').textContent()).toBe('Uitvoering');
    expect(await page.locator('svg.zp-svg').count()).toBe(2);

    // The URL and storage hold the same state; nothing went to the server but files.
    const hash = new URL(page.url()).hash.slice(1);
    expect(new URLSearchParams(hash).get('a')).toBe('i1-1.i2-0.i3-2.i4-x.o4-1.a1-0.a4-3');
    expect(await page.evaluate(() => localStorage.getItem('zelfscan'))).toBe(hash);
    expect(verzoeken.filter((v) => !v.startsWith('GET ') || v.includes('a='))).toEqual([]);
    expect(dialogen).toEqual([]);

    // Fits a 375 px phone: no sideways scrolling on any step.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await tabTot(page, 'button[data-naar="2"]', 200);
    await page.keyboard.press('Enter');
    expect(await actief(page)).toMatchObject({ id: 'zs-kop-2' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

describe('zelfscan state', () => {
  it('opens a shared link on the same result', async () => {
    const page = await scan(`${PAD}#${VOORBEELD.hash}`);
    expect(await page.locator('#zs-kop-3').isVisible()).toBe(true);
    await planKlaar(page);
    expect(await page.locator('[data-verbeter] > li').count()).toBe(4);
    expect(await melding(page)).toBe('');
    for (const [id, waarde] of Object.entries(VOORBEELD.antwoorden))
      expect(await gekozen(page, id)).toBe(String(waarde));
    expect(await gekozen(page, 'r')).toBe('uitvoering');
    // The plan links back to exactly this result.
    const deel = await page.locator('[data-deel-link]').getAttribute('href');
    expect(new URL(deel!).hash.slice(1)).toBe(VOORBEELD.hash);
  });

  it('reads a link with a query string too, and moves the state after "#"', async () => {
    const page = await scan(`${PAD}?${VOORBEELD.hash}`);
    await planKlaar(page);
    expect(await page.locator('[data-verbeter] > li').count()).toBe(4);
    const url = new URL(page.url());
    expect(url.search).toBe('');
    expect(url.hash.slice(1)).toBe(VOORBEELD.hash);
  });

  it('lets a team come back later: the answers wait in localStorage', async () => {
    const page = await scan(PAD);
    await page.locator('button[data-naar="2"]').first().click();
    await page.locator('input[name="i1"][value="2"]').check();
    await page.locator('input[name="i2"][value="x"]').check();
    await page.goto(new URL(PAD, baseUrl).href);
    await page.waitForFunction(() => customElements.get('zelf-scan'));
    expect(await gekozen(page, 'i1')).toBe('2');
    expect(await gekozen(page, 'i2')).toBe('x');
    expect(await page.locator('#zs-kop-2').isVisible()).toBe(true);
    expect(await page.locator('[data-voortgang]').textContent()).toBe('2 van 40 beantwoord');
    expect(new URL(page.url()).hash).toContain('a=i1-2.i2-x');
  });

  it('"Begin opnieuw" clears the link, the storage and the form', async () => {
    const page = await scan(`${PAD}#${VOORBEELD.hash}`);
    await page.locator('button[data-opnieuw]').click();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('zelfscan'))).toBeNull();
    expect(await page.locator('#zs-kop-1').isVisible()).toBe(true);
    expect(await actief(page)).toMatchObject({ id: 'zs-kop-1' });
    expect(await page.locator('input:checked').evaluateAll((i) => i.map((x) => (x as HTMLInputElement).name))).toEqual([
      'r',
    ]);
    expect(await melding(page)).toBe('Alle antwoorden zijn gewist. U begint opnieuw.');
    await page.reload();
    await page.waitForFunction(() => customElements.get('zelf-scan'));
    expect(await page.locator('input[type="radio"][name="i1"]:checked').count()).toBe(0);
  });

  it('says so when the result cannot load, and keeps the answers', async () => {
    const page = await openPage('');
    open.push(page);
    await page.route(/\/zelfscan\/hulp\.json$/, (r) => r.abort());
    await page.goto(new URL(`${PAD}#${VOORBEELD.hash}`, baseUrl).href);
    await expect.poll(() => melding(page)).toContain('kon niet worden geladen');
    expect(await page.locator('[data-plan] > *').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('zelfscan'))).toBe(VOORBEELD.hash);
  });

  it('follows a new link pasted into the address bar of an open scan', async () => {
    const page = await scan(PAD);
    await page.evaluate(() => {
      location.hash = 'v=1&s=3&a=i1-3';
    });
    await expect.poll(() => page.locator('#zs-kop-3').isVisible()).toBe(true);
    expect(await gekozen(page, 'i1')).toBe('3');
  });
});

describe('zelfscan with a damaged or hostile link', () => {
  const boos = '<img src=x onerror=alert(1)>';
  const gevallen: [string, string, Record<string, string>][] = [
    ['unknown statement ids', 'v=1&s=3&a=i1-2.zz9-1.i99-0', { i1: '2' }],
    ['values out of range', 'v=1&s=3&a=i1-7.i2--1.i3-2.i4-xx', { i3: '2' }],
    [
      'markup in every parameter',
      new URLSearchParams({ v: '1', s: boos, f: boos, r: boos, a: `i1-1.${boos}` }).toString(),
      { i1: '1' },
    ],
    ['a script element', `v=1&a=i2-3.${encodeURIComponent('"><script>alert(1)</script>')}`, { i2: '3' }],
    // "…a1-0.a4-3" cut to "…a1-0.a": the half answer at the end is dropped.
    ['a truncated link', VOORBEELD.hash.slice(0, -3), { i1: '1', i2: '0', i3: '2', i4: 'x', o4: '1', a1: '0' }],
    ['an old version', 'v=0&s=3&a=i1-3', { i1: '3' }],
  ];

  it.each(gevallen)('%s: opens with what is valid and says what was ignored', async (_, hash, verwacht) => {
    for (const teken of ['#', '?']) {
      const page = await openPage('', TELEFOON);
      open.push(page);
      const dialogen: string[] = [];
      page.on('dialog', (d) => {
        dialogen.push(d.message());
        void d.dismiss();
      });
      await page.goto(new URL(`${PAD}${teken}${hash}`, baseUrl).href);
      await page.waitForFunction(() => customElements.get('zelf-scan'));
      await page.waitForTimeout(50);
      expect(dialogen).toEqual([]);
      const status = page.locator('[data-melding]');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await status.textContent()).toMatch(
        /^Niet alles uit de opgeslagen gegevens of de link kon worden gebruikt\./,
      );
      expect(await status.textContent()).not.toMatch(/[<>]|img|script|alert/);
      expect(await page.locator('img[src="x"], zelf-scan script:not([data-zelfscan])').count()).toBe(0);
      const antwoorden = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLInputElement>('.zs-stelling input:checked')].map((i) => [i.name, i.value]),
        ),
      );
      expect(antwoorden).toEqual(verwacht);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    }
  });
});

describe('zelfscan accessibility', () => {
  const schoon = (v: Awaited<ReturnType<typeof axe>>) =>
    v.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).join(', ')})`);

  it('has no axe violations on any step, on a phone and on a desktop', async () => {
    for (const opties of [TELEFOON, { viewport: { width: 1280, height: 900 } }]) {
      const page = await scan(PAD, opties);
      expect(schoon(await axe(page)), 'stap 1').toEqual([]);
      await page.locator('button[data-naar="2"]').first().click();
      await page.locator('input[name="i1"][value="1"]').check();
      expect(schoon(await axe(page)), 'stap 2').toEqual([]);
      await page.goto(new URL(`${PAD}#${VOORBEELD.hash}`, baseUrl).href);
      await page.reload();
      await page.waitForFunction(() => customElements.get('zelf-scan'));
      expect(await page.locator('#zs-kop-3').isVisible()).toBe(true);
      await planKlaar(page);
      expect(schoon(await axe(page)), 'stap 3').toEqual([]);
      await page.goto(new URL(`${PAD}#v=1&s=3&a=zz1-9`, baseUrl).href);
      await page.reload();
      await page.waitForFunction(() => customElements.get('zelf-scan'));
      expect(schoon(await axe(page)), 'stap 1 met melding').toEqual([]);
    }
  });

  it('without JavaScript shows every statement as a printable checklist, with an explanation', async () => {
    const page = await scan(PAD, { javaScriptEnabled: false });
    expect(await page.locator('.zs-zonder-js').isVisible()).toBe(true);
    expect(await page.locator('.zs-zonder-js').textContent()).toContain('werkt met JavaScript');
    expect(await page.locator('.zs-stelling').count()).toBe(40);
    expect(await page.locator('.zs-stelling:visible').count()).toBe(40);
    expect(await page.locator('.zs-stelling legend').first().textContent()).toBeTruthy();
    expect(await page.locator('[data-stap="1"]').isVisible()).toBe(false);
    expect(await page.locator('[data-stap="3"]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.zs-stelling:visible').count()).toBe(40);
  });

  it('without its script (blocked or failed) the checklist has no axe violations', async () => {
    // axe needs JavaScript, so here the page runs but the zelfscan script never arrives.
    const page = await openPage('');
    open.push(page);
    await page.route(/Zelfscan\.astro.*\.js$/, (r) => r.abort());
    await page.goto(new URL(PAD, baseUrl).href);
    expect(await page.evaluate(() => customElements.get('zelf-scan'))).toBeUndefined();
    expect(await page.locator('.zs-zonder-js').isVisible()).toBe(true);
    expect(schoon(await axe(page))).toEqual([]);
  });
});

describe('zelfscan plan on paper', () => {
  it('prints the plan with date, focus, role, answers, profile and links written out', async () => {
    const page = await scan(`${PAD}#${VOORBEELD.hash}`, { viewport: { width: 1280, height: 900 } });
    await planKlaar(page);
    await page.emulateMedia({ media: 'print' });
    const zichtbaar = (s: string) => page.locator(s).first().isVisible();
    expect(await zichtbaar('[data-datum]')).toBe(true);
    expect(await page.locator('[data-datum]').textContent()).toMatch(/^\d{1,2} \p{L}+ \d{4}$/u);
    expect(await page.locator('[data-focus]').textContent()).toBe('Taalvaardigheid, Intake');
    expect(await page.locator('[data-rol]').textContent()).toBe('Uitvoering');
    expect(await page.locator('.zs-antwoorden tbody tr').count()).toBe(7);
    expect(await zichtbaar('.zs-antwoorden')).toBe(true);
    expect(await page.locator('.zs-profiel table').count()).toBe(2);
    expect(await zichtbaar('svg.zp-svg')).toBe(true);
    for (const s of ['.zs-balk', '.site-header', '.zs-knoppen', '[data-stap="1"]', '[data-stap="2"]']) {
      expect(await zichtbaar(s), s).toBe(false);
    }
    // Links are absolute, and on paper the print style writes the whole address after each one.
    const les = page.locator('[data-verbeter] a').first();
    expect(await les.getAttribute('href')).toMatch(new RegExp(`^${baseUrl}/(stappen|aandachtspunten)/.+#les-`));
    expect(await les.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/^" \(http:\/\/.+#les-.+\)"$/);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(PDF_PAD, pdf);
    const tekst = pdf.toString('latin1');
    expect(tekst.startsWith('%PDF-')).toBe(true);
    expect([...tekst.matchAll(/\/Type \/Page\b/g)].length).toBeGreaterThanOrEqual(2);
  });
});
