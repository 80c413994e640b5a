import { describe, expect, it } from 'vitest';
import { cijferReeksen, reeksSamenvatting, titelUitSlug, type CijferData } from '../../../src/lib/infographics/cijfers';
import type { Entry } from '../../../src/lib/relations';

const cijfer = (id: string, d: Partial<CijferData> = {}): Entry<CijferData> => ({
  id,
  data: {
    definitie: 'Aantal personen met een vergunning.',
    waarde: 10,
    eenheid: 'personen',
    jaar: '2016',
    populatie: 'statushouders',
    bron: { id: 'cbs' },
    onzeker: false,
    ...d,
  },
});

describe('cijferReeksen', () => {
  it('gives nothing for no figures', () => {
    expect(cijferReeksen([])).toEqual({ reeksen: [], los: [] });
  });

  it('keeps a single figure, with or without series, as a loose figure', () => {
    const { reeksen, los } = cijferReeksen([cijfer('a', { reeks: 'r', label: 'x' }), cijfer('b')]);
    expect(reeksen).toEqual([]);
    expect(los.map((p) => [p.id, p.label, p.reeks])).toEqual([
      ['a', 'x', 'r'],
      ['b', '2016', null],
    ]);
  });

  it('makes a time series of year labels in numeric order, with what its figures share', () => {
    const { reeksen, los } = cijferReeksen(
      [
        cijfer('v2016', { reeks: 'vergunningen', label: '2016', waarde: 37000, jaar: '2016' }),
        cijfer('los', { waarde: 5 }),
        cijfer('v2014', { reeks: 'vergunningen', label: '2014', waarde: 20000, jaar: '2014', onzeker: true }),
        cijfer('v2015', { reeks: 'vergunningen', label: '2015', waarde: 33000, jaar: '2015' }),
      ],
      { vergunningen: 'Vergunningen per jaar' },
    );
    expect(los.map((p) => p.id)).toEqual(['los']);
    expect(reeksen).toHaveLength(1);
    const r = reeksen[0]!;
    expect(r).toMatchObject({ id: 'vergunningen', titel: 'Vergunningen per jaar', soort: 'tijd', eenheid: 'personen' });
    expect(r.punten.map((p) => p.label)).toEqual(['2014', '2015', '2016']);
    expect(r.gedeeld).toEqual({
      definitie: 'Aantal personen met een vergunning.',
      jaar: null,
      populatie: 'statushouders',
      bron: 'cbs',
    });
    expect(reeksSamenvatting(r)).toBe(
      'Van 2014 tot 2016: van 20.000 personen naar 37.000 personen. De hoogste waarde is 37.000 personen (2016). Eén cijfer is onzeker; het staat gearceerd.',
    );
  });

  it('puts a total first and other categories in natural order, and describes highest and lowest', () => {
    const punten = ['Syrië', 'Irak', 'Afghanistan', 'Eritrea', 'Iran', 'Totaal'].map((label, i) =>
      cijfer(`c${i}`, {
        reeks: 'cohort',
        label,
        eenheid: '%',
        waarde: [3, 5.8, 19.4, 0.9, 5.5, 4][i]!,
        populatie: `uit ${label}`,
      }),
    );
    const r = cijferReeksen(punten).reeksen[0]!;
    expect(r.soort).toBe('categorie');
    expect(r.titel).toBe('Cohort');
    expect(r.punten.map((p) => p.label)).toEqual(['Totaal', 'Afghanistan', 'Eritrea', 'Irak', 'Iran', 'Syrië']);
    expect(r.gedeeld.populatie).toBeNull();
    expect(reeksSamenvatting(r)).toBe('Hoogste waarde: Afghanistan (19,4%). Laagste waarde: Eritrea (0,9%).');
  });

  it('refuses a series that mixes units, because those figures cannot share an axis', () => {
    expect(() =>
      cijferReeksen([cijfer('a', { reeks: 'r', eenheid: '%' }), cijfer('b', { reeks: 'r', eenheid: 'personen' })]),
    ).toThrow(/reeks "r" mengt eenheden \(%, personen\)/);
  });

  it('orders series as the titles list them, unknown series last, and labels with numbers naturally', () => {
    const { reeksen } = cijferReeksen(
      [
        cijfer('z1', { reeks: 'zonder-titel', label: 'b' }),
        cijfer('z2', { reeks: 'zonder-titel', label: 'a' }),
        cijfer('m30', { reeks: 'maanden', label: '30 maanden' }),
        cijfer('m18', { reeks: 'maanden', label: '18 maanden' }),
        cijfer('m6', { reeks: 'maanden', label: '6 maanden' }),
        cijfer('v1', { reeks: 'vergunningen', label: '2015' }),
        cijfer('v2', { reeks: 'vergunningen', label: '2014' }),
      ],
      { vergunningen: 'Vergunningen', maanden: 'Maanden' },
    );
    expect(reeksen.map((r) => r.id)).toEqual(['vergunningen', 'maanden', 'zonder-titel']);
    expect(reeksen[1]!.punten.map((p) => p.label)).toEqual(['6 maanden', '18 maanden', '30 maanden']);
    expect(reeksen[2]!.titel).toBe('Zonder titel');
  });

  it('makes a title from the slug when there is none', () => {
    expect(titelUitSlug('asielvergunningen-per-jaar')).toBe('Asielvergunningen per jaar');
  });
});
