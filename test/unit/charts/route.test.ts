import { describe, expect, it } from 'vitest';
import { routeSvg } from '../../../src/charts/route';
import { routeData, routeLabel, routeSamenvatting, type RouteBank } from '../../../src/lib/infographics/route';
import { metKlasse, tekstVan, zoek } from '../../support/svg-tree';
import { kaart, les, onderdeel, ref } from '../infographics/fixtures';
import { marks, naamEnBeschrijving, svgVan } from './helpers';

const leeg: RouteBank = { stappen: [], aandachtspunten: [], lessen: [], kaarten: [], werkwijzen: [], gemeenten: [] };

describe('routeSvg', () => {
  it('draws five stations and four aandachtspunten, named, even without content', () => {
    const data = routeData(leeg);
    for (const orientatie of ['horizontaal', 'verticaal'] as const) {
      const svg = svgVan(routeSvg(data, { id: 'r', orientatie }));
      const lijst = marks(svg);
      expect(lijst.map((m) => m.attrs['data-key'])).toEqual([
        'intake',
        'orientatie',
        'activering',
        'matching',
        'nazorg',
        'gezondheid',
        'inrichting-begeleiding',
        'reflecteren',
        'randvoorwaarden',
      ]);
      expect(lijst.map((m) => m.attrs['aria-label'])).toEqual(
        [...data.stappen, ...data.aandachtspunten].map(routeLabel),
      );
      expect(metKlasse(svg, 'rk-balk')).toHaveLength(0);
      expect(naamEnBeschrijving(svg)).toEqual({
        naam: 'Route naar werk: vijf stappen met vier aandachtspunten ernaast',
        beschrijving: routeSamenvatting(data),
      });
    }
  });

  it('numbers the stations and draws a bar only for counts above zero', () => {
    const data = routeData({ ...leeg, lessen: [les('intake/a')] });
    const svg = svgVan(routeSvg(data, { id: 'r', orientatie: 'horizontaal' }));
    expect(metKlasse(svg, 'rk-nummer').map(tekstVan)).toEqual(['1', '2', '3', '4', '5']);
    const balken = metKlasse(svg, 'rk-balk');
    expect(balken).toHaveLength(1);
    // The only lesson is the maximum, so its bar has the full length of the track.
    expect(balken[0]!.attrs['width']).toBe(metKlasse(svg, 'rk-spoor')[0]!.attrs['width']);
    expect(tekstVan(metKlasse(svg, 'mark')[0]!)).toContain('1 les');
  });

  it('scales bars to the part with the most lessons, cards and municipalities', () => {
    const lessen = [
      ...['a', 'b', 'c', 'd'].map((x) => les(`activering/${x}`, { onderdeel: 'activering', gemeenten: [ref('g')] })),
      ...['a', 'b'].map((x) => les(`nazorg/${x}`, { onderdeel: 'nazorg' })),
    ];
    const data = routeData({ ...leeg, lessen, kaarten: [kaart('a-1', { onderdeel: 'activering' })] });
    const svg = svgVan(routeSvg(data, { id: 'r', orientatie: 'verticaal' }));
    const breedte = (slug: string) =>
      metKlasse(zoek(svg, (k) => k.attrs['data-key'] === slug)[0]!, 'rk-balk').map((b) => Number(b.attrs['width']));
    expect(breedte('activering')).toEqual([44, 44, 44]);
    expect(breedte('nazorg')).toEqual([22]);
    expect(metKlasse(svg, 'rk-bandtekst')).toHaveLength(4);
  });

  it('makes the short version of links to existing pages, without aandachtspunten', () => {
    const data = routeData({ ...leeg, stappen: [onderdeel('intake', 'Intake'), onderdeel('matching', 'Matching')] });
    const svg = svgVan(
      routeSvg(data, { id: 'k', orientatie: 'horizontaal', kort: true, links: true, beschrijvingId: 'samenvatting' }),
    );
    const lijst = marks(svg);
    expect(lijst).toHaveLength(5);
    expect(lijst.filter((m) => m.tag === 'a').map((m) => m.attrs['href'])).toEqual([
      '/stappen/intake/',
      '/stappen/matching/',
    ]);
    expect(svg.attrs['aria-describedby']).toBe('samenvatting');
    expect(zoek(svg, (k) => k.tag === 'desc')).toHaveLength(0);
    expect(zoek(svg, (k) => k.tag === 'title')).toHaveLength(1);
  });
});
