import { describe, expect, it } from 'vitest';
import { kolomIndeling, PM_MAAT } from '../../../src/charts/praktijken-indeling';
import { praktijkenmatrixSvg } from '../../../src/charts/praktijkenmatrix';
import { praktijkenmatrix, praktijkenSamenvatting } from '../../../src/lib/infographics/praktijkenmatrix';
import { metKlasse, tekstVan, zoek } from '../../support/svg-tree';
import { gebruik, gemeente, werkwijze } from '../infographics/fixtures';
import { marks, naamEnBeschrijving, svgVan } from './helpers';

describe('praktijkenmatrixSvg', () => {
  it('says so when there is nothing to show', () => {
    const m = praktijkenmatrix({ gemeenten: [], werkwijzen: [] });
    const svg = svgVan(praktijkenmatrixSvg(m, { id: 'pm' }));
    expect(marks(svg)).toHaveLength(0);
    expect(tekstVan(svg)).toContain('De bronnen noemen nog geen gemeente bij een werkwijze.');
    expect(naamEnBeschrijving(svg).naam).toBe('Praktijkenmatrix: gemeenten tegen werkwijzen');
  });

  it('draws one filled, ticked cell for one use, with the row total', () => {
    const m = praktijkenmatrix({
      gemeenten: [gemeente('utrecht', 'Utrecht')],
      werkwijzen: [werkwijze('duaal', { naam: 'Duaal traject', gebruik: [gebruik('utrecht')] })],
    });
    const svg = svgVan(praktijkenmatrixSvg(m, { id: 'pm' }));
    const [cel] = marks(svg);
    expect(cel!.attrs).toMatchObject({
      'aria-label': 'Utrecht gebruikt Duaal traject',
      'data-gemeente': 'utrecht',
      'data-werkwijze': 'duaal',
      'data-gebruikt': 'ja',
    });
    expect(metKlasse(svg, 'pm-vinkje')).toHaveLength(1);
    expect(metKlasse(svg, 'pm-totaal').map(tekstVan)).toEqual(['1']);
    expect(naamEnBeschrijving(svg).beschrijving).toBe(praktijkenSamenvatting(m));
  });

  it('draws every municipality against every practice, filled only where a source says so', () => {
    const m = praktijkenmatrix({
      gemeenten: ['a', 'b', 'c', 'd'].map((id) => gemeente(id, id.toUpperCase())),
      werkwijzen: [
        werkwijze('w1', {
          naam: 'Taal & "werk"',
          themas: ['taalvaardigheid'],
          stappen: ['activering'],
          gebruik: ['a', 'b', 'c', 'd'].map((g) => gebruik(g)),
        }),
        werkwijze('w2', {
          naam: 'Matchmaking',
          themas: ['bemiddeling-werkgever'],
          stappen: ['matching'],
          gebruik: [gebruik('d'), gebruik('c')],
        }),
        werkwijze('w3', { naam: 'Nazorg op de werkvloer', stappen: ['nazorg'], gebruik: [gebruik('d')] }),
      ],
    });
    const svg = svgVan(praktijkenmatrixSvg(m, { id: 'pm', kopId: 'kop', beschrijvingId: 'tekst' }));
    const cellen = marks(svg);
    expect(cellen).toHaveLength(12);
    expect(cellen.filter((c) => c.attrs['data-gebruikt'] === 'ja')).toHaveLength(7);
    expect(metKlasse(svg, 'pm-vol')).toHaveLength(7);
    expect(metKlasse(svg, 'pm-leeg')).toHaveLength(5);
    // Columns by name: Matchmaking, Nazorg op de werkvloer, Taal & "werk".
    expect(cellen.slice(0, 3).map((c) => c.attrs['aria-label'])).toEqual([
      'A, Matchmaking: geen bron bekend',
      'A, Nazorg op de werkvloer: geen bron bekend',
      'A gebruikt Taal & "werk"',
    ]);
    expect(metKlasse(svg, 'pm-rij').map((r) => [r.attrs['data-naam'], r.attrs['data-aantal']])).toEqual([
      ['A', '1'],
      ['B', '1'],
      ['C', '2'],
      ['D', '3'],
    ]);
    const koppen = zoek(svg, (k) => k.attrs['data-werkwijze'] !== undefined && k.attrs['class'] === 'pm-kop');
    expect(koppen.map((k) => [tekstVan(k), k.attrs['data-themas'], k.attrs['data-stappen']])).toEqual([
      ['Matchmaking', 'bemiddeling-werkgever', 'matching'],
      ['Nazorg op de werkvloer', 'taalvaardigheid', 'nazorg'],
      ['Taal & "werk"', 'taalvaardigheid', 'activering'],
    ]);
    expect([svg.attrs['aria-labelledby'], svg.attrs['aria-describedby']]).toEqual(['kop', 'tekst']);
    expect(zoek(svg, (k) => k.tag === 'title' || k.tag === 'desc')).toHaveLength(0);
    expect(Number(svg.attrs['width'])).toBeGreaterThan(Number(svg.attrs['data-label-breedte']) + 4 * PM_MAAT.kolom);
  });
});

describe('kolomIndeling', () => {
  it('places columns side by side after the labels and makes room for the rotated heads', () => {
    const kort = kolomIndeling(100, [10, 10], 10);
    expect(kort.x).toEqual([100, 134]);
    expect(kort.totaalX).toBe(168);
    expect(kort.breedte).toBe(168 + PM_MAAT.kolom + PM_MAAT.marge);
    const lang = kolomIndeling(100, [10, 400], 10);
    expect(lang.breedte).toBeGreaterThan(134 + 400 * Math.SQRT1_2);
    expect(kolomIndeling(100, [], 10).x).toEqual([]);
  });
});
