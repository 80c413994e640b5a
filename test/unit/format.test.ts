import { describe, expect, it } from 'vitest';
import { cijferMetEenheid, getal, kortCitaat } from '../../src/lib/format';

describe('kortCitaat', () => {
  it('uses the publisher when there are no authors, and z.j. without year', () => {
    expect(kortCitaat({ uitgever: 'CBS', auteurs: [], jaar: 2023 })).toBe('CBS, 2023');
    expect(kortCitaat({ uitgever: 'ZonMw', auteurs: [], jaar: null })).toBe('ZonMw, z.j.');
  });
  it('uses surnames of one, two or more authors', () => {
    expect(kortCitaat({ uitgever: 'R', auteurs: ['I. Razenberg'], jaar: 2021 })).toBe('Razenberg, 2021');
    expect(kortCitaat({ uitgever: 'R', auteurs: ['A. Oostveen', 'J. Klaver'], jaar: 2018 })).toBe(
      'Oostveen en Klaver, 2018',
    );
    expect(kortCitaat({ uitgever: 'R', auteurs: ['A. Mack', 'A. Odé', 'M. Witvliet'], jaar: 2018 })).toBe(
      'Mack e.a., 2018',
    );
  });
});

describe('getal and cijferMetEenheid', () => {
  it('writes numbers the Dutch way', () => {
    expect(getal(1259)).toBe('1.259');
    expect(getal(10.5)).toBe('10,5');
    expect(cijferMetEenheid(17, '%')).toBe('17%');
    expect(cijferMetEenheid(4078, 'personen')).toBe('4.078 personen');
  });
});
