import { describe, expect, it } from 'vitest';
import {
  filterWerkwijzen,
  praktijkenmatrix,
  praktijkenSamenvatting,
  sorteerGemeenten,
  werkwijzePast,
} from '../../../src/lib/infographics/praktijkenmatrix';
import { gebruik, gemeente, werkwijze } from './fixtures';

describe('praktijkenmatrix', () => {
  it('is empty without municipalities and practices', () => {
    const m = praktijkenmatrix({ gemeenten: [], werkwijzen: [] });
    expect(m).toEqual({ gemeenten: [], werkwijzen: [], gebruik: [] });
    expect(praktijkenSamenvatting(m)).toBe('De bronnen noemen nog geen gemeente bij een werkwijze.');
  });

  it('fills one cell for one sourced use and links both sides', () => {
    const m = praktijkenmatrix({
      gemeenten: [gemeente('utrecht', 'Utrecht')],
      werkwijzen: [
        werkwijze('duaal-traject', { naam: 'Duaal traject', gebruik: [gebruik('utrecht', 'Taal en werk tegelijk.')] }),
      ],
    });
    expect(m.gemeenten).toEqual([{ id: 'utrecht', naam: 'Utrecht', href: '/gemeenten/utrecht/', aantal: 1 }]);
    expect(m.werkwijzen[0]).toMatchObject({ id: 'duaal-traject', href: '/werkwijzen/duaal-traject/', aantal: 1 });
    expect(m.gebruik).toEqual([
      { gemeente: 'utrecht', werkwijze: 'duaal-traject', toelichting: 'Taal en werk tegelijk.', bronnen: ['b1'] },
    ]);
  });

  it('keeps municipalities without practices as empty rows and sorts rows and columns by name', () => {
    const m = praktijkenmatrix({
      gemeenten: [gemeente('zaanstad', 'Zaanstad'), gemeente('den-haag', 'Den Haag'), gemeente('almere', 'Almere')],
      werkwijzen: [
        werkwijze('b', { naam: 'Werkervaringsplek', gebruik: [gebruik('zaanstad')] }),
        werkwijze('a', { naam: 'Assessment', gebruik: [gebruik('zaanstad'), gebruik('den-haag')] }),
      ],
    });
    expect(m.gemeenten.map((g) => [g.naam, g.aantal])).toEqual([
      ['Almere', 0],
      ['Den Haag', 1],
      ['Zaanstad', 2],
    ]);
    expect(m.werkwijzen.map((w) => w.naam)).toEqual(['Assessment', 'Werkervaringsplek']);
  });

  it('merges two statements about one municipality and practice into one cell and skips unknown municipalities', () => {
    const m = praktijkenmatrix({
      gemeenten: [gemeente('utrecht')],
      werkwijzen: [
        werkwijze('w', {
          gebruik: [
            gebruik('utrecht', 'Eerst.', ['b1']),
            gebruik('utrecht', 'Later.', ['b2', 'b1']),
            gebruik('onbekend'),
          ],
        }),
      ],
    });
    expect(m.gebruik).toEqual([
      { gemeente: 'utrecht', werkwijze: 'w', toelichting: 'Eerst. Later.', bronnen: ['b1', 'b2'] },
    ]);
    expect(m.gemeenten[0]!.aantal).toBe(1);
  });

  const groot = praktijkenmatrix({
    gemeenten: ['a', 'b', 'c', 'd'].map((id) => gemeente(id, id.toUpperCase())),
    werkwijzen: [
      werkwijze('taal', {
        themas: ['taalvaardigheid'],
        stappen: ['activering'],
        gebruik: ['a', 'b', 'c', 'd'].map((g) => gebruik(g)),
      }),
      werkwijze('match', {
        themas: ['bemiddeling-werkgever'],
        stappen: ['matching'],
        gebruik: [gebruik('d'), gebruik('c')],
      }),
      werkwijze('beide', {
        themas: ['taalvaardigheid', 'bemiddeling-werkgever'],
        stappen: ['matching', 'nazorg'],
        gebruik: [gebruik('d')],
      }),
    ],
  });

  it('filters columns by theme and by step, and recounts the rows', () => {
    const taal = filterWerkwijzen(groot, { thema: 'taalvaardigheid' });
    expect(taal.werkwijzen.map((w) => w.id)).toEqual(['beide', 'taal']);
    expect(taal.gemeenten.map((g) => g.aantal)).toEqual([1, 1, 1, 2]);
    const matching = filterWerkwijzen(groot, { stap: 'matching' });
    expect(matching.werkwijzen.map((w) => w.id)).toEqual(['beide', 'match']);
    expect(matching.gebruik).toHaveLength(3);
    expect(filterWerkwijzen(groot, { thema: 'taalvaardigheid', stap: 'nazorg' }).werkwijzen.map((w) => w.id)).toEqual([
      'beide',
    ]);
    expect(filterWerkwijzen(groot, {}).werkwijzen).toHaveLength(3);
    expect(filterWerkwijzen(groot, { stap: 'intake' }).gebruik).toEqual([]);
    expect(werkwijzePast({ themas: [], stappen: [] }, {})).toBe(true);
  });

  it('sorts rows by name or by number of practices, ties by name', () => {
    expect(sorteerGemeenten(groot.gemeenten, 'aantal').map((g) => g.id)).toEqual(['d', 'c', 'a', 'b']);
    expect(sorteerGemeenten(groot.gemeenten, 'naam').map((g) => g.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(groot.gemeenten.map((g) => g.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('summarises the matrix in words', () => {
    expect(praktijkenSamenvatting(groot)).toBe(
      'De matrix zet 4 gemeenten af tegen 3 werkwijzen. Een gevuld vakje betekent dat een bron zegt dat de gemeente zo werkt; dat is 7 keer het geval. De meeste werkwijzen staan bij D (3).',
    );
  });
});
