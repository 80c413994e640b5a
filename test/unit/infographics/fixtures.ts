/** Builders for small, readable test banks: only the fields the derivations read. */
import type { Entry, GemeenteData, KaartData, LesData, Ref } from '../../../src/lib/relations';
import type { Bronsoort, OnderdeelSlug, ThemaSlug } from '../../../src/lib/vocabulary';

export const ref = (id: string): Ref => ({ id });

export type LesFix = Entry<LesData & { tekst: string }>;
export const les = (id: string, d: Partial<LesData & { tekst: string }> = {}): LesFix => ({
  id,
  data: { tekst: `Les ${id}`, onderdeel: 'intake', themas: [], bronnen: [ref('b1')], gemeenten: [], ...d },
});

export const kaart = (id: string, d: Partial<KaartData> = {}): Entry<KaartData> => ({
  id,
  data: { onderdeel: 'intake', volgnummer: 1, themas: [], les: ref('l'), gemeenten: [], bronnen: [ref('b1')], ...d },
});

export const gemeente = (id: string, naam = id, stappen: GemeenteData['stappen'] = []) => ({
  id,
  data: { naam, stappen },
});

export const werkwijze = (
  id: string,
  d: {
    naam?: string;
    themas?: ThemaSlug[];
    stappen?: OnderdeelSlug[];
    gebruik?: { gemeente: Ref; toelichting: string; bronnen: Ref[] }[];
  } = {},
) => ({
  id,
  data: {
    naam: d.naam ?? id,
    themas: d.themas ?? ['taalvaardigheid'],
    stappen: d.stappen ?? ['intake'],
    gebruik: d.gebruik ?? [],
    bronnen: [ref('b1')],
  },
});

export const gebruik = (gemeenteId: string, toelichting = 'De bron zegt dit.', bronnen = ['b1']) => ({
  gemeente: ref(gemeenteId),
  toelichting,
  bronnen: bronnen.map(ref),
});

export const bron = (id: string, soort: Bronsoort) => ({ id, data: { soort } });

export const onderdeel = (id: string, titel: string, kernlessen: string[] = []) => ({
  id,
  data: { titel, kernlessen: kernlessen.map(ref) },
});
