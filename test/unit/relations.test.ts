import { describe, expect, it } from 'vitest';
import {
  gemeentenVanOnderdeel,
  kaartNummer,
  kaartSlug,
  lesAnker,
  kaartenVanOnderdeel,
  onderdelenVanGemeente,
  sorteerKaarten,
  themasVanOnderdeel,
  uniekeBronnen,
  werkwijzenVanGemeente,
  type Entry,
  type GemeenteData,
  type KaartData,
  type LesData,
  type WerkwijzeData,
} from '../../src/lib/relations';
import { THEMA_SLUGS } from '../../src/lib/vocabulary';

const ref = (id: string) => ({ id });
const les = (id: string, d: Partial<LesData>): Entry<LesData> => ({
  id,
  data: { onderdeel: 'intake', themas: [], bronnen: [ref('b1')], gemeenten: [], ...d },
});
const kaart = (id: string, d: Partial<KaartData>): Entry<KaartData> => ({
  id,
  data: { onderdeel: 'intake', volgnummer: 1, themas: [], les: ref('l'), gemeenten: [], bronnen: [ref('b1')], ...d },
});
const werkwijze = (id: string, d: Partial<WerkwijzeData>): Entry<WerkwijzeData> => ({
  id,
  data: { themas: [], stappen: ['activering'], gebruik: [], bronnen: [ref('b1')], ...d },
});
const gemeente = (id: string, stappen: GemeenteData['stappen'] = []): Entry<GemeenteData> => ({
  id,
  data: { naam: id, stappen },
});

describe('kaartNummer', () => {
  it('builds the printed number from the step code', () => {
    expect(kaartNummer('intake', 1)).toBe('I-1');
    expect(kaartNummer('inrichting-begeleiding', 3)).toBe('IB-3');
    expect(kaartNummer('randvoorwaarden', 12)).toBe('RV-12');
    expect(kaartSlug('matching', 3)).toBe('m-3');
  });
});

describe('kaarten ordering', () => {
  const kaarten = [
    kaart('g-1', { onderdeel: 'gezondheid', volgnummer: 1 }),
    kaart('i-2', { volgnummer: 2 }),
    kaart('n-1', { onderdeel: 'nazorg', volgnummer: 1 }),
    kaart('i-10', { volgnummer: 10 }),
    kaart('i-1', { volgnummer: 1 }),
  ];
  it('filters a step and sorts by number, not by text', () => {
    expect(kaartenVanOnderdeel(kaarten, 'intake').map((k) => k.id)).toEqual(['i-1', 'i-2', 'i-10']);
  });
  it('puts steps in route order before aandachtspunten', () => {
    expect(sorteerKaarten(kaarten).map((k) => k.id)).toEqual(['i-1', 'i-2', 'i-10', 'n-1', 'g-1']);
  });
  it('returns an empty list for a step without cards', () => {
    expect(kaartenVanOnderdeel(kaarten, 'matching')).toEqual([]);
  });
});

describe('gemeentenVanOnderdeel', () => {
  const bank = {
    lessen: [
      les('l1', { gemeenten: [ref('amsterdam')] }),
      les('l2', { onderdeel: 'matching', gemeenten: [ref('den-haag')] }),
    ],
    kaarten: [kaart('i-1', { gemeenten: [ref('utrecht')] })],
    werkwijzen: [
      werkwijze('integrale-intake', {
        stappen: ['intake'],
        gebruik: [{ gemeente: ref('zaanstad'), toelichting: 'x', bronnen: [ref('b')] }],
      }),
    ],
    gemeenten: [gemeente('eindhoven', ['intake']), gemeente('westland', ['activering'])],
  };
  it('collects municipalities from lessons, cards, practices and their own pages', () => {
    expect(gemeentenVanOnderdeel('intake', bank)).toEqual(['amsterdam', 'eindhoven', 'utrecht', 'zaanstad']);
  });
  it('ignores municipalities of other steps', () => {
    expect(gemeentenVanOnderdeel('matching', bank)).toEqual(['den-haag']);
    expect(gemeentenVanOnderdeel('nazorg', bank)).toEqual([]);
  });
});

describe('werkwijzenVanGemeente and onderdelenVanGemeente', () => {
  const werkwijzen = [
    werkwijze('werkervaringsplek', {
      stappen: ['activering'],
      gebruik: [{ gemeente: ref('westland'), toelichting: 'na drie weken', bronnen: [ref('mvo')] }],
    }),
    werkwijze('assessment', { stappen: ['intake'], gebruik: [] }),
  ];
  it('returns the practice with what the source says', () => {
    const result = werkwijzenVanGemeente(werkwijzen, 'westland');
    expect(result.map((r) => [r.werkwijze.id, r.toelichting])).toEqual([['werkervaringsplek', 'na drie weken']]);
    expect(werkwijzenVanGemeente(werkwijzen, 'utrecht')).toEqual([]);
  });
  it('lists steps in route order without duplicates', () => {
    const bank = { lessen: [les('l', { onderdeel: 'nazorg', gemeenten: [ref('westland')] })], kaarten: [], werkwijzen };
    expect(onderdelenVanGemeente(gemeente('westland', ['activering', 'intake']), bank)).toEqual([
      'intake',
      'activering',
      'nazorg',
    ]);
  });
});

describe('themasVanOnderdeel', () => {
  it('returns themes in dossier order', () => {
    const bank = {
      lessen: [les('a', { themas: ['bemiddeling-werkgever', 'taalvaardigheid'] })],
      kaarten: [kaart('i-1', { themas: ['taalvaardigheid', 'sociaal-netwerk'] })],
    };
    expect(themasVanOnderdeel('intake', bank, THEMA_SLUGS)).toEqual([
      'taalvaardigheid',
      'sociaal-netwerk',
      'bemiddeling-werkgever',
    ]);
  });
});

describe('uniekeBronnen', () => {
  it('keeps first-cited order and skips missing lists', () => {
    expect(uniekeBronnen([ref('b'), ref('a')], undefined, ref('b'), [ref('c')])).toEqual(['b', 'a', 'c']);
  });
});

describe('lesAnker', () => {
  it('makes a valid HTML id from a lesson id with a folder', () => {
    expect(lesAnker('intake/vroeg-beginnen')).toBe('les-intake--vroeg-beginnen');
  });
});
