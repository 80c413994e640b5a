import { describe, expect, it } from 'vitest';
import {
  KLASSE_VAN_SOORT,
  kennisCel,
  kennisLabel,
  kennismatrix,
  kennisSamenvatting,
  kennisTelling,
  soortenInWoorden,
  soortenVanKlasse,
} from '../../../src/lib/infographics/kennismatrix';
import { BRONSOORT_NAMEN, BRONSOORTEN } from '../../../src/lib/vocabulary';
import { bron, kaart, les, ref } from './fixtures';

const bronnen = [
  bron('eval', 'evaluatie'),
  bron('synth', 'kennissynthese'),
  bron('case', 'casestudie'),
  bron('nieuws', 'nieuwsbericht'),
  bron('cbs', 'statistiek'),
];

describe('kennismatrix', () => {
  it('has every step and aandachtspunt against every theme, all empty without content', () => {
    const m = kennismatrix({ lessen: [], kaarten: [], bronnen: [] });
    expect(m.rijen.map((r) => r.slug)).toEqual([
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
    expect(m.kolommen.map((k) => k.nummer)).toEqual([1, 2, 3, 4, 5]);
    expect(m.cellen).toHaveLength(45);
    expect(m.maxLessen).toBe(0);
    expect(m.cellen.every((c) => c.lessen.length === 0 && c.hoofdklasse === null)).toBe(true);
    expect(kennisSamenvatting(m)).toBe(
      'Van de 45 combinaties van stap of aandachtspunt en thema hebben er 0 een of meer lessen; 45 zijn nog leeg. In totaal gaat het om 0 koppelingen van een les aan een thema.',
    );
    expect(kennisLabel(m.cellen[0]!)).toBe('Intake en Taalvaardigheid: nog geen lessen (lege plek)');
  });

  it('puts a single lesson in each theme it touches', () => {
    const m = kennismatrix({
      lessen: [les('intake/a', { themas: ['taalvaardigheid', 'sociaal-netwerk'], bronnen: [ref('eval')] })],
      kaarten: [],
      bronnen,
    });
    const gevuld = m.cellen.filter((c) => c.lessen.length > 0);
    expect(gevuld.map((c) => `${c.onderdeel}/${c.thema}`)).toEqual([
      'intake/taalvaardigheid',
      'intake/sociaal-netwerk',
    ]);
    expect(gevuld[0]!.lessen[0]).toEqual({
      id: 'intake/a',
      tekst: 'Les intake/a',
      href: '/stappen/intake/#les-intake--a',
    });
    expect(gevuld[0]!.hoofdklasse).toBe('onderzoek');
    expect(m.maxLessen).toBe(1);
  });

  it('counts lessons, cards, municipalities and kinds of source in a busy cell', () => {
    const thema = { themas: ['bemiddeling-werkgever' as const], onderdeel: 'matching' as const };
    const m = kennismatrix({
      lessen: [
        les('matching/d', { ...thema, bronnen: [ref('case'), ref('nieuws')], gemeenten: [ref('utrecht')] }),
        les('matching/a', { ...thema, bronnen: [ref('case')], gemeenten: [ref('utrecht'), ref('westland')] }),
        les('matching/c', { ...thema, bronnen: [ref('eval'), ref('nieuws')] }),
        les('matching/b', { ...thema, bronnen: [ref('synth'), ref('onbekend')] }),
        les('matching/e', { onderdeel: 'matching', themas: ['taalvaardigheid'], bronnen: [ref('cbs')] }),
      ],
      kaarten: [
        kaart('m-1', { ...thema, gemeenten: [ref('zaanstad')] }),
        kaart('m-2', { onderdeel: 'matching', themas: ['taalvaardigheid'] }),
      ],
      bronnen,
    });
    const c = kennisCel(m, 'matching', 'bemiddeling-werkgever')!;
    expect(c.lessen.map((l) => l.id)).toEqual(['matching/a', 'matching/b', 'matching/c', 'matching/d']);
    expect([c.kaarten, c.gemeenten]).toEqual([1, 3]);
    expect(c.soorten).toEqual([
      { soort: 'casestudie', aantal: 2 },
      { soort: 'nieuwsbericht', aantal: 2 },
      { soort: 'kennissynthese', aantal: 1 },
      { soort: 'evaluatie', aantal: 1 },
    ]);
    // A tie between classes goes to the first in class order.
    expect(c.klassen).toEqual([
      { klasse: 'onderzoek', aantal: 2 },
      { klasse: 'praktijk', aantal: 2 },
      { klasse: 'overig', aantal: 2 },
    ]);
    expect(c.hoofdklasse).toBe('onderzoek');
    expect(m.maxLessen).toBe(4);
    expect(kennisTelling(c)).toBe('4 lessen, 1 kaart, 3 gemeenten');
    expect(kennisLabel(c)).toBe(
      'Matching en Bemiddeling werkgever: 4 lessen, 1 kaart, 3 gemeenten; bronnen vooral onderzoek',
    );
    expect(soortenInWoorden(c, BRONSOORT_NAMEN)).toBe(
      'Praktijkbeschrijving (2), Nieuwsbericht of artikel (2), Kennissynthese (1), Evaluatieonderzoek (1)',
    );
    expect(kennisSamenvatting(m)).toContain('hebben er 2 een of meer lessen; 43 zijn nog leeg');
    expect(kennisSamenvatting(m)).toContain('Het meest is bekend over Matching en bemiddeling werkgever (4).');
  });

  it('groups every kind of source into exactly one class', () => {
    expect(Object.keys(KLASSE_VAN_SOORT).sort()).toEqual([...BRONSOORTEN].sort());
    const perKlasse = (['onderzoek', 'praktijk', 'statistiek', 'overig'] as const).flatMap(soortenVanKlasse);
    expect(perKlasse.sort()).toEqual([...BRONSOORTEN].sort());
  });
});
