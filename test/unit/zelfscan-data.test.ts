/**
 * The zelfscan content (content/zelfscan/) checked against the real lessons,
 * cards and practices: the same rules the page applies at build time, plus
 * what the data handed to the browser looks like.
 */
import { describe, expect, it } from 'vitest';
import { controleerHerkomst, controleerZelfscan, MIN_PER_ONDERDEEL } from '../../src/lib/zelfscan/controle';
import { hulpData, maakScanData, MAX_HULP, paginaData } from '../../src/lib/zelfscan/data';
import { ONDERDEEL_SLUGS, THEMA_SLUGS } from '../../src/lib/vocabulary';
import { loadContent } from '../support/load-content';

const { collections, problems } = loadContent();
const data = maakScanData({
  stellingen: collections.stellingen,
  lessen: collections.lessen,
  gemeenten: collections.gemeenten,
  werkwijzen: collections.werkwijzen,
  kaarten: collections.gesprekskaarten,
  zelfscanAdvies: collections.zelfscanAdvies,
});

describe('zelfscan content', () => {
  it('matches its schemas', () => {
    expect(problems.filter((p) => p.file.includes('zelfscan'))).toEqual([]);
    expect(collections.stellingen.length).toBeGreaterThanOrEqual(30);
  });

  it(`has at least ${MIN_PER_ONDERDEEL} statements per step and aandachtspunt, and covers all five themes`, () => {
    for (const slug of ONDERDEEL_SLUGS) {
      expect(data.stellingen.filter((s) => s.onderdeel === slug).length, slug).toBeGreaterThanOrEqual(2);
    }
    for (const thema of THEMA_SLUGS)
      expect(
        data.stellingen.some((s) => s.themas.includes(thema)),
        thema,
      ).toBe(true);
    expect(controleerZelfscan(data)).toEqual([]);
  });

  it('takes every statement from an existing lesson of the same step, with only the lesson’s themes', () => {
    const stellingen = collections.stellingen.map((s) => ({ ...s.data, id: s.id }));
    expect(controleerHerkomst(stellingen, collections.lessen)).toEqual([]);
  });

  it('has a complete answer scale, bands from 0 to 3 and at least one role', () => {
    expect(data.schaal.map((o) => [o.label, o.waarde])).toEqual([
      ['Nog niet', 0],
      ['Een begin', 1],
      ['Grotendeels', 2],
      ['Helemaal', 3],
      ['Weet niet', null],
    ]);
    expect(data.banden[0]!.van).toBe(0);
    expect(data.banden.at(-1)!.tot).toBe(3);
    expect(data.rollen.map((r) => r.label)).toEqual(['Beleid', 'Samenwerkingspartner', 'Uitvoering']);
  });

  it('links every statement to its lesson and to at most a few practices and cards', () => {
    for (const s of data.stellingen) {
      expect(s.les.href).toMatch(/^\/(stappen|aandachtspunten)\/[a-z-]+\/#les-/);
      expect(s.werkwijzen.length).toBeLessThanOrEqual(MAX_HULP);
      expect(s.kaarten.length).toBeLessThanOrEqual(MAX_HULP);
    }
    // A statement's own lesson has a card, and that card comes first.
    const a1 = data.stellingen.find((s) => s.id === 'a1')!;
    expect(a1.kaarten[0]?.href).toBe('/gesprekskaarten/a-1/');
    expect(a1.gemeenten.map((g) => g.href)).toContain('/gemeenten/amsterdam/');
  });
});

describe('zelfscan data for the page and for hulp.json', () => {
  it('keeps the page light: statements without text and help, all scoring data kept', () => {
    const pagina = paginaData(data);
    expect(Object.keys(pagina.stellingen[0]!).sort()).toEqual(['gewicht', 'id', 'onderdeel', 'themas']);
    expect(pagina.stellingen.map((s) => s.id)).toEqual(data.stellingen.map((s) => s.id));
    expect(pagina.schaal).toEqual(data.schaal);
  });

  it('serves the help per statement id', () => {
    const hulp = hulpData(data);
    expect(Object.keys(hulp)).toEqual(data.stellingen.map((s) => s.id));
    expect(Object.keys(hulp['i1']!).sort()).toEqual(['gemeenten', 'kaarten', 'les', 'werkwijzen']);
  });

  it('puts the statements in route order, by number within a step', () => {
    expect(data.stellingen.slice(0, 5).map((s) => s.id)).toEqual(['i1', 'i2', 'i3', 'i4', 'o1']);
    expect(data.stellingen.at(-1)!.id).toBe('rv5');
  });
});

describe('zelfscan content rules catch mistakes', () => {
  const basis = { schaal: data.schaal, banden: data.banden, rollen: data.rollen };

  it('reports a step with too few statements, a missing theme and a wrong id', () => {
    const fouten = controleerZelfscan({
      ...basis,
      stellingen: [{ id: 'x1', onderdeel: 'intake', themas: [] }],
    });
    expect(fouten).toContain('orientatie: 0 stellingen, minstens 2 nodig');
    expect(fouten).toContain('thema taalvaardigheid: geen enkele stelling');
    expect(fouten).toContain('stelling x1: id moet beginnen met "i"');
  });

  it('reports a gap between bands and a scale without "weet niet"', () => {
    const fouten = controleerZelfscan({
      stellingen: data.stellingen,
      rollen: data.rollen,
      schaal: data.schaal.filter((o) => o.waarde !== null),
      banden: [
        { id: 'a', van: 0, tot: 1 },
        { id: 'b', van: 1.5, tot: 3 },
      ],
    });
    expect(fouten).toEqual([
      'antwoordschaal: waarde weet niet (null) staat er 0 keer in, moet 1 keer',
      'scorebanden: a eindigt bij 1, b begint bij 1.5',
    ]);
  });

  it('reports a statement whose step or themes differ from its lesson', () => {
    const fouten = controleerHerkomst(
      [{ id: 'i9', onderdeel: 'nazorg', themas: ['taalvaardigheid'], les: { id: 'intake/vroeg-beginnen' } }],
      collections.lessen,
    );
    expect(fouten).toEqual([
      'stelling i9: onderdeel nazorg, maar de les hoort bij intake',
      'stelling i9: thema taalvaardigheid staat niet bij les intake/vroeg-beginnen',
    ]);
  });
});
