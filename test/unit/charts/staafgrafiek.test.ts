import { describe, expect, it } from 'vitest';
import { cijferGrafiekSvg, ruimeTicks, staafLabel, waardeDomein } from '../../../src/charts/staafgrafiek';
import type { CijferPunt, CijferReeks } from '../../../src/lib/infographics/cijfers';
import { metKlasse, tekstVan, zoek } from '../../support/svg-tree';
import { marks, naamEnBeschrijving, svgVan } from './helpers';

const punt = (label: string, waarde: number, d: Partial<CijferPunt> = {}): CijferPunt => ({
  id: `p-${label}`,
  label,
  waarde,
  eenheid: 'personen',
  definitie: 'Aantal',
  jaar: label,
  populatie: 'statushouders',
  bron: 'cbs',
  onzeker: false,
  reeks: 'r',
  ...d,
});
const reeks = (punten: CijferPunt[], d: Partial<CijferReeks> = {}): CijferReeks => ({
  id: 'r',
  titel: 'Vergunningen per jaar',
  eenheid: punten[0]?.eenheid ?? 'personen',
  soort: 'tijd',
  punten,
  gedeeld: { definitie: 'Aantal', jaar: null, populatie: 'statushouders', bron: 'cbs' },
  ...d,
});

describe('cijferGrafiekSvg', () => {
  it('draws a time series as columns, hatching the uncertain ones', () => {
    const r = reeks([punt('2014', 20000, { onzeker: true }), punt('2015', 33000), punt('2016', 37000)]);
    const svg = svgVan(cijferGrafiekSvg(r, { id: 'g' }));
    const staven = marks(svg);
    expect(staven.map((s) => s.attrs['aria-label'])).toEqual([
      '2014: 20.000 personen (onzeker)',
      '2015: 33.000 personen',
      '2016: 37.000 personen',
    ]);
    expect(metKlasse(svg, 'cg-onzeker')).toHaveLength(1);
    expect(metKlasse(staven[0]!, 'cg-balk')[0]!.attrs['fill']).toBe('url(#g-onzeker)');
    expect(zoek(svg, (k) => k.tag === 'pattern').map((p) => p.attrs['id'])).toEqual(['g-onzeker']);
    expect(metKlasse(svg, 'cg-label').map(tekstVan)).toEqual(['2014', '2015', '2016']);
    expect(metKlasse(svg, 'cg-waarde').map(tekstVan)).toEqual(['20.000', '33.000', '37.000']);
    // Label before value inside each mark, the order the name reads in.
    expect(staven[0]!.kinderen.filter((k) => k.tag === 'text').map(tekstVan)).toEqual(['2014', '20.000']);
    // Taller column for the larger number, all from the same baseline.
    const hoogtes = metKlasse(svg, 'cg-balk').map((b) => Number(b.attrs['height']));
    expect(hoogtes[2]).toBeGreaterThan(hoogtes[1]!);
    expect(naamEnBeschrijving(svg).naam).toBe('Vergunningen per jaar');
  });

  it('draws categories as labelled bars with short values and the unit at the axis', () => {
    const r = reeks(
      [
        punt('Totaal', 11, { eenheid: '%' }),
        punt('Syrië', 10.5, { eenheid: '%' }),
        punt('Eritrea', 5.8, { eenheid: '%' }),
      ],
      { soort: 'categorie', eenheid: '%', titel: 'Werk na 30 maanden' },
    );
    const svg = svgVan(cijferGrafiekSvg(r, { id: 'c', kopId: 'kop', beschrijvingId: 'tekst' }));
    expect(marks(svg).map((m) => m.attrs['aria-label'])).toEqual(['Totaal: 11%', 'Syrië: 10,5%', 'Eritrea: 5,8%']);
    expect(metKlasse(svg, 'cg-waarde').map(tekstVan)).toEqual(['11%', '10,5%', '5,8%']);
    expect(metKlasse(svg, 'cg-eenheid').map(tekstVan)).toEqual(['%']);
    expect(metKlasse(svg, 'cg-as').map(tekstVan)).toContain('100');
    expect(zoek(svg, (k) => k.tag === 'pattern')).toHaveLength(0);
    expect(svg.attrs['aria-labelledby']).toBe('kop');
  });

  it('names a bar with its visible text first, then the rest of the unit', () => {
    expect(staafLabel(punt('Totaal', 280000, { onzeker: true }), '280.000 (onzeker)')).toBe(
      'Totaal: 280.000 (onzeker) personen',
    );
    expect(staafLabel(punt('2014', 20000, { onzeker: true }), '20.000')).toBe('2014: 20.000 personen (onzeker)');
    expect(staafLabel(punt('extra taal', 67, { eenheid: '% van gemeenten' }), '67%')).toBe(
      'extra taal: 67% van gemeenten',
    );
  });

  it('draws a single figure and an empty series without failing', () => {
    const een = svgVan(cijferGrafiekSvg(reeks([punt('Totaal', 5)], { soort: 'categorie' }), { id: 'e' }));
    expect(marks(een)).toHaveLength(1);
    const leeg = svgVan(cijferGrafiekSvg(reeks([], { soort: 'categorie' }), { id: 'l' }));
    expect(marks(leeg)).toHaveLength(0);
    expect(marks(svgVan(cijferGrafiekSvg(reeks([]), { id: 't' })))).toHaveLength(0);
  });
});

describe('axis helpers', () => {
  it('lets shares run to 100 and counts to a round number, always from 0', () => {
    expect(waardeDomein({ eenheid: '% van gemeenten', punten: [punt('a', 25), punt('b', 67)] })).toEqual([0, 100]);
    expect(waardeDomein({ eenheid: 'personen', punten: [punt('a', 37000)] })).toEqual([0, 40000]);
    expect(waardeDomein({ eenheid: 'personen', punten: [] })).toEqual([0, 1]);
  });

  it('leaves out ticks whose labels would touch', () => {
    expect(ruimeTicks([0, 50000, 100000, 150000], (v) => v / 1000)).toEqual([0, 100000]);
    expect(ruimeTicks([0, 50, 100], (v) => v * 3)).toEqual([0, 50, 100]);
  });
});
