import { describe, expect, it } from 'vitest';
import { cijferReeksen, type CijferData } from '../../../src/lib/infographics/cijfers';
import { bronnenVan, cijfersCsv, praktijkenCsv } from '../../../src/lib/infographics/open-data';
import { praktijkenmatrix } from '../../../src/lib/infographics/praktijkenmatrix';
import type { Entry } from '../../../src/lib/relations';
import { gebruik, gemeente, werkwijze } from './fixtures';

const bronEntry = (id: string, auteurs: string[] = []) => ({
  id,
  data: { titel: `Titel ${id}`, uitgever: 'CBS', jaar: 2020, url: `https://example.org/${id}`, auteurs },
});
const cijfer = (id: string, d: Partial<CijferData> = {}): Entry<CijferData> => ({
  id,
  data: {
    definitie: 'Deel, met een komma',
    waarde: 10.5,
    eenheid: '%',
    jaar: '2016',
    populatie: 'statushouders',
    bron: { id: 'cbs' },
    onzeker: false,
    ...d,
  },
});

describe('bronnenVan', () => {
  it('gives nothing for no ids and only the cited sources, with a short citation', () => {
    expect(bronnenVan([], [bronEntry('cbs')])).toEqual({});
    expect(bronnenVan(['cbs', 'cbs'], [bronEntry('cbs', ['J. Jansen']), bronEntry('ander')])).toEqual({
      cbs: { citaat: 'Jansen, 2020', titel: 'Titel cbs', uitgever: 'CBS', jaar: 2020, url: 'https://example.org/cbs' },
    });
  });
});

describe('cijfersCsv', () => {
  const bronnen = bronnenVan(['cbs'], [bronEntry('cbs')]);
  it('writes only the header for no figures', () => {
    expect(cijfersCsv({ reeksen: [], los: [] }, bronnen)).toBe(
      'id,reeks,label,waarde,eenheid,jaar,populatie,definitie,onzeker,bron,bron_titel,bron_url\r\n',
    );
  });
  it('writes one line per figure, series first, with its source', () => {
    const data = cijferReeksen([
      cijfer('los', { onzeker: true }),
      cijfer('a', { reeks: 'r', label: '2015', waarde: 3 }),
      cijfer('b', { reeks: 'r', label: '2014', waarde: 4 }),
    ]);
    const regels = cijfersCsv(data, bronnen).trimEnd().split('\r\n');
    expect(regels).toHaveLength(4);
    expect(regels[1]).toBe(
      'b,r,2014,4,%,2016,statushouders,"Deel, met een komma",nee,cbs,Titel cbs,https://example.org/cbs',
    );
    expect(regels[3]).toBe(
      'los,,2016,10.5,%,2016,statushouders,"Deel, met een komma",ja,cbs,Titel cbs,https://example.org/cbs',
    );
  });
});

describe('praktijkenCsv', () => {
  it('writes one line per filled cell, none for an empty matrix', () => {
    expect(praktijkenCsv(praktijkenmatrix({ gemeenten: [], werkwijzen: [] }), {})).toBe(
      'gemeente,gemeente_naam,werkwijze,werkwijze_naam,toelichting,bronnen,bron_urls\r\n',
    );
    const m = praktijkenmatrix({
      gemeenten: [gemeente('utrecht', 'Utrecht'), gemeente('almere', 'Almere')],
      werkwijzen: [
        werkwijze('duaal', { naam: 'Duaal traject', gebruik: [gebruik('utrecht', 'Taal, werk.', ['cbs', 'x'])] }),
      ],
    });
    const bronnen = bronnenVan(['cbs'], [bronEntry('cbs')]);
    expect(praktijkenCsv(m, bronnen).split('\r\n')[1]).toBe(
      'utrecht,Utrecht,duaal,Duaal traject,"Taal, werk.",cbs x,https://example.org/cbs',
    );
  });
});
