import { describe, expect, it } from 'vitest';
import { kennisGrootteStalen, kennismatrixSvg, kennisStaal, KM_MAAT } from '../../../src/charts/kennismatrix';
import { kennisLabel, kennismatrix } from '../../../src/lib/infographics/kennismatrix';
import { leesSvg, metKlasse, tekstVan, zoek, type Knoop } from '../../support/svg-tree';
import { bron, kaart, les, ref } from '../infographics/fixtures';
import { marks, naamEnBeschrijving, svgVan } from './helpers';

const bronnen = [
  bron('eval', 'evaluatie'),
  bron('case', 'casestudie'),
  bron('cbs', 'statistiek'),
  bron('krant', 'nieuwsbericht'),
];
const straal = (cel: Knoop) => Number(metKlasse(cel, 'km-rand')[0]!.attrs['r']);

describe('kennismatrixSvg', () => {
  it('shows all 45 cells as visible gaps when there are no lessons', () => {
    const m = kennismatrix({ lessen: [], kaarten: [], bronnen: [] });
    const svg = svgVan(kennismatrixSvg(m, { id: 'km' }));
    const cellen = marks(svg);
    expect(cellen).toHaveLength(45);
    expect(cellen.every((c) => c.attrs['data-leeg'] === 'ja')).toBe(true);
    expect(metKlasse(svg, 'km-gat')).toHaveLength(45);
    expect(
      metKlasse(svg, 'km-geen')
        .map(tekstVan)
        .every((t) => t === 'geen'),
    ).toBe(true);
    expect(metKlasse(svg, 'km-stuk')).toHaveLength(0);
    expect(metKlasse(svg, 'km-kop').map(tekstVan)).toEqual([
      '1. Taalvaardigheid',
      '2. Opleiding, kennisen vaardigheden',
      '3. Sociaal netwerk',
      '4. Gezondheid enfinanciëleproblematiek',
      '5. Bemiddelingwerkgever',
    ]);
    expect(naamEnBeschrijving(svg).naam).toBe('Kennismatrix: stappen en aandachtspunten tegen thema’s');
  });

  it('draws one lesson as a full circle of its kind of source with the count under it', () => {
    const m = kennismatrix({
      lessen: [les('intake/a', { themas: ['taalvaardigheid'], bronnen: [ref('case')] })],
      kaarten: [],
      bronnen,
    });
    const svg = svgVan(kennismatrixSvg(m, { id: 'km' }));
    const vol = marks(svg).filter((c) => c.attrs['data-leeg'] !== 'ja');
    expect(vol).toHaveLength(1);
    expect(vol[0]!.attrs).toMatchObject({
      'data-onderdeel': 'intake',
      'data-thema': 'taalvaardigheid',
      'data-lessen': '1',
    });
    expect(vol[0]!.attrs['aria-label']).toBe(kennisLabel(m.cellen[0]!));
    const stukken = metKlasse(vol[0]!, 'km-stuk');
    expect(stukken.map((s) => s.attrs['fill'])).toEqual(['url(#km-praktijk)']);
    expect(metKlasse(vol[0]!, 'km-aantal').map(tekstVan)).toEqual(['1']);
    expect(straal(vol[0]!)).toBe(KM_MAAT.straal);
  });

  it('splits a busy cell by class of source and sizes marks by area', () => {
    const thema = { onderdeel: 'matching' as const, themas: ['bemiddeling-werkgever' as const] };
    const m = kennismatrix({
      lessen: [
        les('matching/a', { ...thema, bronnen: [ref('eval'), ref('case')] }),
        les('matching/b', { ...thema, bronnen: [ref('cbs')] }),
        les('matching/c', { ...thema, bronnen: [ref('krant')] }),
        les('matching/d', { ...thema, bronnen: [ref('krant')] }),
        les('nazorg/a', { onderdeel: 'nazorg', themas: ['bemiddeling-werkgever'], bronnen: [ref('eval')] }),
      ],
      kaarten: [kaart('m-1', thema)],
      bronnen,
    });
    const svg = svgVan(kennismatrixSvg(m, { id: 'x' }));
    const cel = (o: string) =>
      marks(svg).find((c) => c.attrs['data-onderdeel'] === o && c.attrs['data-thema'] === 'bemiddeling-werkgever')!;
    const druk = cel('matching');
    expect(metKlasse(druk, 'km-stuk').map((s) => s.attrs['class']!.split(' ')[1])).toEqual([
      'km-klasse-onderzoek',
      'km-klasse-praktijk',
      'km-klasse-statistiek',
      'km-klasse-overig',
    ]);
    expect(straal(druk)).toBe(KM_MAAT.straal);
    // Area, not radius, follows the count: one lesson of four gets half the radius.
    expect(straal(cel('nazorg'))).toBeCloseTo(KM_MAAT.straal / 2, 1);
    expect(zoek(svg, (k) => k.tag === 'pattern').map((p) => p.attrs['id'])).toEqual([
      'x-praktijk',
      'x-statistiek',
      'x-overig',
    ]);
  });
});

describe('legend helpers', () => {
  it('gives a swatch per class and three sizes', () => {
    expect(leesSvg(kennisStaal('km', 'onderzoek')).kinderen[0]!.attrs['fill']).toBeUndefined();
    expect(leesSvg(kennisStaal('km', 'statistiek')).kinderen[0]!.attrs['fill']).toBe('url(#km-statistiek)');
    expect(kennisGrootteStalen(8).map((s) => s.aantal)).toEqual([1, 4, 8]);
    expect(kennisGrootteStalen(1).map((s) => s.aantal)).toEqual([1]);
    expect(kennisGrootteStalen(0).map((s) => s.aantal)).toEqual([1]);
    for (const s of kennisGrootteStalen(8)) expect(leesSvg(s.svg).tag).toBe('svg');
  });
});
