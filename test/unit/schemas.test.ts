import { describe, expect, it } from 'vitest';
import { bronSchema } from '../../src/schemas/bron';
import { gesprekskaartSchema } from '../../src/schemas/gesprekskaart';
import { lesSchema } from '../../src/schemas/les';
import { werkwijzeSchema } from '../../src/schemas/werkwijze';
import { reference } from '../support/schema-reference';

const les = lesSchema(reference);
const goedeLes = {
  tekst: 'Begin al in het azc met kennismaken.',
  onderdeel: 'intake',
  themas: ['taalvaardigheid'],
  bronnen: ['bron-a'],
};

function fields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.error?.issues.map((i) => i.path.join('.')) ?? [];
}

describe('lesSchema', () => {
  it('accepts a valid lesson and fills defaults', () => {
    const parsed = les.parse(goedeLes);
    expect(parsed.gemeenten).toEqual([]);
    expect(parsed.bronnen).toEqual([{ collection: 'bronnen', id: 'bron-a' }]);
  });
  it('rejects a lesson without sources, naming the field', () => {
    expect(fields(les.safeParse({ ...goedeLes, bronnen: [] }))).toEqual(['bronnen']);
  });
  it('rejects an unknown step and an unknown theme', () => {
    expect(fields(les.safeParse({ ...goedeLes, onderdeel: 'intaek', themas: ['taal'] })).sort()).toEqual([
      'onderdeel',
      'themas.0',
    ]);
  });
  it('rejects an empty statement and one that is too long', () => {
    expect(fields(les.safeParse({ ...goedeLes, tekst: '   ' }))).toEqual(['tekst']);
    expect(fields(les.safeParse({ ...goedeLes, tekst: 'x'.repeat(241) }))).toEqual(['tekst']);
  });
});

describe('gesprekskaartSchema', () => {
  const kaart = gesprekskaartSchema(reference);
  const goed = {
    onderdeel: 'matching',
    volgnummer: 2,
    vraag: 'Welke rol hebben werkgevers in onze begeleiding?',
    achtergrond: 'Werkgevers centraal zetten vergroot de kans op werk.',
    vervolgvragen: ['Wie spreekt werkgevers?', 'Hoe vaak?'],
    les: 'matching/werkgevers-centraal',
    bronnen: ['bron-a'],
  };
  it('accepts a valid card', () => {
    expect(kaart.safeParse(goed).success).toBe(true);
  });
  it('needs two or three follow-up questions', () => {
    expect(fields(kaart.safeParse({ ...goed, vervolgvragen: ['Eén?'] }))).toEqual(['vervolgvragen']);
    expect(fields(kaart.safeParse({ ...goed, vervolgvragen: ['1?', '2?', '3?', '4?'] }))).toEqual(['vervolgvragen']);
  });
  it('rejects a card number of zero', () => {
    expect(fields(kaart.safeParse({ ...goed, volgnummer: 0 }))).toEqual(['volgnummer']);
  });
});

describe('bronSchema', () => {
  const goed = {
    id: 'regioplan-2019',
    titel: 'Een rapport',
    uitgever: 'Regioplan',
    jaar: 2019,
    url: 'https://www.regioplan.nl/',
    soort: 'evaluatie',
  };
  it('accepts an entry without year (null) and without authors', () => {
    expect(bronSchema.parse({ ...goed, jaar: null }).auteurs).toEqual([]);
  });
  it('rejects an unknown kind of study and a malformed URL', () => {
    expect(fields(bronSchema.safeParse({ ...goed, soort: 'blog', url: 'regioplan.nl' })).sort()).toEqual([
      'soort',
      'url',
    ]);
  });
  it('rejects a year given as text', () => {
    expect(fields(bronSchema.safeParse({ ...goed, jaar: '2019' }))).toEqual(['jaar']);
  });
});

describe('werkwijzeSchema', () => {
  it('requires a source for every municipality that uses the practice', () => {
    const result = werkwijzeSchema(reference).safeParse({
      naam: 'Werkervaringsplek',
      samenvatting: 'Werken om ervaring op te doen.',
      themas: ['opleiding-en-vaardigheden'],
      stappen: ['activering'],
      gebruik: [{ gemeente: 'westland', toelichting: 'Na drie weken aan de slag.', bronnen: [] }],
      bronnen: ['bron-a'],
    });
    expect(fields(result)).toEqual(['gebruik.0.bronnen']);
  });
});
