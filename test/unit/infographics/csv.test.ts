import { describe, expect, it } from 'vitest';
import { naarCsv, type CsvWaarde } from '../../../src/lib/infographics/csv';

interface Rij {
  id: string;
  tekst?: string;
  n?: number;
  ok?: boolean;
}

describe('naarCsv', () => {
  const kolommen: { kop: string; waarde: (r: Rij) => CsvWaarde }[] = [
    { kop: 'id', waarde: (r) => r.id },
    { kop: 'tekst', waarde: (r) => r.tekst },
    { kop: 'waarde', waarde: (r) => r.n },
    { kop: 'onzeker', waarde: (r) => r.ok },
  ];

  it('writes only a header for no rows', () => {
    expect(naarCsv(kolommen, [])).toBe('id,tekst,waarde,onzeker\r\n');
  });

  it('writes one row with a decimal point and yes/no for booleans', () => {
    expect(naarCsv(kolommen, [{ id: 'a', tekst: 'gewoon', n: 10.5, ok: true }])).toBe(
      'id,tekst,waarde,onzeker\r\na,gewoon,10.5,ja\r\n',
    );
  });

  it('quotes commas, quotes and line breaks and leaves missing values empty', () => {
    const csv = naarCsv(kolommen, [
      { id: 'b', tekst: 'een, twee', ok: false },
      { id: 'c', tekst: 'zij zei "ja"\nen ging' },
    ]);
    expect(csv).toBe('id,tekst,waarde,onzeker\r\nb,"een, twee",,nee\r\nc,"zij zei ""ja""\nen ging",,\r\n');
  });
});
