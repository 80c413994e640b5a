import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excerptDelen, leesZoekStaat, MAX_QUERY, pagefindFilters, schrijfZoekStaat } from '../../src/lib/search/query';
import { zoekFilters } from '../../src/lib/search/meta';
import { controleerSynoniemen, ontbrekendeSynoniemen, woorden } from '../../src/lib/search/synonyms';

describe('leesZoekStaat', () => {
  const bekend = { stap: ['Intake', 'Matching'], type: ['Gemeente'], thema: [], gemeente: ['Den Haag'] };
  it('reads the query and repeated or comma-separated filter values', () => {
    const staat = leesZoekStaat(new URLSearchParams('q=taal&stap=Matching&stap=Intake,Matching&type=Gemeente'), bekend);
    expect(staat).toEqual({
      q: 'taal',
      filters: { type: ['Gemeente'], thema: [], stap: ['Matching', 'Intake'], gemeente: [] },
    });
  });
  it('drops unknown filter values and unknown parameters without error', () => {
    const staat = leesZoekStaat(new URLSearchParams('stap=Sollicitatie&foo=bar&gemeente=Den%20Haag'), bekend);
    expect(staat.filters).toEqual({ type: [], thema: [], stap: [], gemeente: ['Den Haag'] });
  });
  it('keeps markup as plain text and cuts very long queries', () => {
    const lang = 'x'.repeat(5000);
    expect(leesZoekStaat(new URLSearchParams({ q: '"><img src=x onerror=alert(1)>' })).q).toBe(
      '"><img src=x onerror=alert(1)>',
    );
    expect(leesZoekStaat(new URLSearchParams({ q: lang })).q).toHaveLength(MAX_QUERY);
  });
  it('round-trips through schrijfZoekStaat', () => {
    const staat = leesZoekStaat(new URLSearchParams('q=ggd&thema=Sociaal+netwerk&stap=Intake'));
    expect(leesZoekStaat(schrijfZoekStaat(staat))).toEqual(staat);
  });
});

describe('pagefindFilters', () => {
  const filters = { type: ['Gemeente', 'Werkwijze'], thema: [], stap: ['Matching'], gemeente: [] };
  it('ORs values within a facet and ANDs facets, skipping empty ones', () => {
    expect(pagefindFilters(filters)).toEqual({ type: { any: ['Gemeente', 'Werkwijze'] }, stap: { any: ['Matching'] } });
  });
  it('can leave one facet out, for that facet’s counts', () => {
    expect(pagefindFilters(filters, 'type')).toEqual({ stap: { any: ['Matching'] } });
  });
});

describe('excerptDelen', () => {
  it('splits marks from text and decodes entities without keeping tags', () => {
    expect(excerptDelen('de <mark>werkervaringsplek</mark> &amp; taal <b>x</b>')).toEqual([
      { tekst: 'de ', mark: false },
      { tekst: 'werkervaringsplek', mark: true },
      { tekst: ' & taal x', mark: false },
    ]);
  });
  it('turns escaped markup into inert text', () => {
    expect(excerptDelen('&lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([
      { tekst: '<script>alert(1)</script>', mark: false },
    ]);
  });
});

describe('synonyms at index time', () => {
  const groepen = [
    ['statushouder', 'vergunninghouder', 'nieuwkomer'],
    ['werkervaringsplek', 'werkervaringsplaats'],
  ];
  it('adds the missing synonyms of every group a page uses, as often as the group occurs', () => {
    expect(
      ontbrekendeSynoniemen('Een Statushouder op een werkervaringsplek. Elke statushouder.', groepen).sort(),
    ).toEqual(['nieuwkomer', 'nieuwkomer', 'vergunninghouder', 'vergunninghouder', 'werkervaringsplaats'].sort());
    expect(ontbrekendeSynoniemen('Niets relevants hier.', groepen)).toEqual([]);
  });
  it('caps the repetition', () => {
    expect(ontbrekendeSynoniemen('azc '.repeat(50), [['azc', 'asielzoekerscentrum']], 3)).toEqual([
      'asielzoekerscentrum',
      'asielzoekerscentrum',
      'asielzoekerscentrum',
    ]);
  });
  it('splits words on punctuation and ignores case', () => {
    expect(woorden('GGD-arts, taal!')).toEqual(['ggd', 'arts', 'taal']);
  });
  it('accepts the real synonym file and rejects malformed groups', () => {
    const echt = controleerSynoniemen(JSON.parse(readFileSync('content/synoniemen.json', 'utf8')));
    expect(echt.some((g) => g.includes('vergunninghouder') && g.includes('vluchteling'))).toBe(true);
    expect(() => controleerSynoniemen([['alleen']])).toThrow(/groep 1/);
    expect(() => controleerSynoniemen([['Hoofdletter', 'x']])).toThrow(/kleine letters/);
    expect(() => controleerSynoniemen({})).toThrow(/lijst/);
  });
});

describe('zoekFilters', () => {
  it('turns slugs into the labels users see and removes duplicates', () => {
    expect(
      zoekFilters({
        type: 'werkwijze',
        themas: ['taalvaardigheid', 'taalvaardigheid'],
        onderdelen: ['activering', 'inrichting-begeleiding'],
        gemeenten: ['Westland', 'Den Haag', 'Westland'],
      }),
    ).toEqual({
      type: ['Werkwijze'],
      thema: ['Taalvaardigheid'],
      stap: ['Activering', 'Inrichting begeleiding'],
      gemeente: ['Den Haag', 'Westland'],
    });
  });
});
