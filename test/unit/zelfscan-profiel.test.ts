import { describe, expect, it } from 'vitest';
import { zelfscanProfielSvg, type ProfielOpties } from '../../src/charts/zelfscan-profiel';
import { leesSvg, metKlasse, tekstVan, zoek } from '../support/svg-tree';

const opties: ProfielOpties = {
  id: 'zp',
  titel: 'Profiel per thema',
  beschrijving: 'Gemiddelde score per thema',
  geenScore: 'geen score',
  leeg: 'Nog geen antwoorden.',
  rijLabel: (naam, waarde) => (waarde === null ? `${naam}: geen score` : `${naam}: ${waarde} van 3`),
};

const breedte = (k: { attrs: Record<string, string> }) => Number(k.attrs['width']);

describe('zelfscanProfielSvg', () => {
  it('says so when there are no rows', () => {
    const svg = leesSvg(zelfscanProfielSvg([], opties));
    expect(svg.attrs['role']).toBe('group');
    expect(metKlasse(svg, 'zp-rij')).toHaveLength(0);
    expect(tekstVan(metKlasse(svg, 'zp-leeg')[0]!)).toBe('Nog geen antwoorden.');
  });

  it('draws a single row with its name, bar and score', () => {
    const svg = leesSvg(zelfscanProfielSvg([{ id: 'a', label: 'Taalvaardigheid', score: 1.5 }], opties));
    const [rij] = metKlasse(svg, 'zp-rij');
    expect(rij!.attrs['role']).toBe('img');
    expect(rij!.attrs['aria-label']).toBe('Taalvaardigheid: 1,5 van 3');
    expect(tekstVan(metKlasse(rij!, 'zp-waarde')[0]!)).toBe('1,5');
    expect(breedte(metKlasse(rij!, 'zp-balk')[0]!)).toBeGreaterThan(0);
    // Named by <title> and <desc> when the page gives no ids.
    expect(zoek(svg, (k) => k.tag === 'title').map(tekstVan)).toEqual(['Profiel per thema']);
  });

  it('draws many rows on one 0-3 axis: bar length follows the score; no score means no bar', () => {
    const rijen = [
      { id: 'a', label: 'A', score: 3 },
      { id: 'b', label: 'B', score: 1.5 },
      { id: 'c', label: 'C', score: 0 },
      { id: 'd', label: 'D & <E>', score: null },
      ...Array.from({ length: 8 }, (_, i) => ({ id: `x${i}`, label: `X${i}`, score: i / 3 })),
    ];
    const bron = zelfscanProfielSvg(rijen, { ...opties, kopId: 'kop' });
    const svg = leesSvg(bron);
    expect(svg.attrs['aria-labelledby']).toBe('kop');
    const r = metKlasse(svg, 'zp-rij');
    expect(r).toHaveLength(12);
    const balk = (i: number) => breedte(metKlasse(r[i]!, 'zp-balk')[0]!);
    expect(balk(0)).toBeCloseTo(balk(1) * 2, -1);
    expect(balk(2)).toBe(0);
    expect(metKlasse(r[3]!, 'zp-balk')).toHaveLength(0);
    expect(tekstVan(metKlasse(r[3]!, 'zp-geen')[0]!)).toBe('geen score');
    expect(r[3]!.attrs['aria-label']).toBe('D & <E>: geen score');
    expect(bron).not.toContain('<E>');
    // One axis from 0 to 3 for every row.
    expect(metKlasse(svg, 'zp-as').map(tekstVan)).toEqual(['0', '1', '2', '3']);
    // Every row has its own band of height: rows do not overlap.
    const ys = r.map((g) => Number(metKlasse(g, 'zp-label')[0]!.attrs['y']));
    expect(new Set(ys).size).toBe(12);
  });
});
