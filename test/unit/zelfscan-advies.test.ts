import { describe, expect, it } from 'vitest';
import {
  bouwAdvies,
  kiesBand,
  MAX_PUNTEN,
  prioriteit,
  scoreTekst,
  sterkePunten,
  verbeterpunten,
  vulIn,
} from '../../src/lib/zelfscan/advies';
import type { Antwoorden, ScanStelling } from '../../src/lib/zelfscan/model';
import { profiel, telling, voortgang } from '../../src/lib/zelfscan/score';
import { BANDEN, ROLLEN, SCHAAL, STELLINGEN } from './zelfscan-fixture';

const advies = (antwoorden: Antwoorden, stellingen = STELLINGEN, rol: string | null = null) =>
  bouwAdvies({ stellingen, antwoorden, schaal: SCHAAL, banden: BANDEN, rollen: ROLLEN, rol });

describe('zelfscan scoring', () => {
  it('averages all answers when everything is answered', () => {
    const a: Antwoorden = { i1: 0, i2: 1, a1: 2, m1: 3 };
    expect(telling(STELLINGEN, a)).toEqual({ score: 1.5, beantwoord: 4, weetNiet: 0, totaal: 4 });
    const p = profiel(STELLINGEN, a);
    expect(p.onderdelen.map((r) => [r.slug, r.score])).toEqual([
      ['intake', 0.5],
      ['activering', 2],
      ['matching', 3],
    ]);
    expect(p.themas.map((r) => [r.slug, r.score])).toEqual([
      ['taalvaardigheid', 2.5],
      ['opleiding-en-vaardigheden', 1],
      ['bemiddeling-werkgever', 3],
    ]);
  });

  it('has no score (null, not 0) when nothing is answered', () => {
    expect(telling(STELLINGEN, {})).toEqual({ score: null, beantwoord: 0, weetNiet: 0, totaal: 4 });
    expect(profiel(STELLINGEN, {}).themas.every((r) => r.score === null)).toBe(true);
  });

  it('leaves "weet niet" out of the average, also when everything is "weet niet"', () => {
    const alles: Antwoorden = { i1: 'x', i2: 'x', a1: 'x', m1: 'x' };
    expect(telling(STELLINGEN, alles)).toEqual({ score: null, beantwoord: 0, weetNiet: 4, totaal: 4 });
    expect(telling(STELLINGEN, { i1: 'x', i2: 3 })).toMatchObject({ score: 3, beantwoord: 1, weetNiet: 1 });
  });

  it('counts "weet niet" as answered for progress', () => {
    expect(voortgang(STELLINGEN, { i1: 'x', a1: 0 })).toEqual({ beantwoord: 2, totaal: 4 });
  });

  it('leaves out themes and steps without statements', () => {
    const p = profiel([STELLINGEN[0]!], {});
    expect(p.themas).toEqual([]);
    expect(p.onderdelen.map((r) => r.slug)).toEqual(['intake']);
  });
});

describe('zelfscan bands and templates', () => {
  it('picks the band from "van" up to but not including "tot"; the top band includes 3', () => {
    expect(kiesBand(0, BANDEN)?.id).toBe('laag');
    expect(kiesBand(0.99, BANDEN)?.id).toBe('laag');
    expect(kiesBand(1, BANDEN)?.id).toBe('op-weg');
    expect(kiesBand(3, BANDEN)?.id).toBe('hoog');
    expect(kiesBand(3.5, BANDEN)).toBeNull();
  });

  it('fills in templates and writes scores the Dutch way', () => {
    expect(vulIn('{naam}: {score} ({onderdeel})', { naam: 'Intake', score: scoreTekst(1.25) })).toBe('Intake: 1,3 ()');
    expect(scoreTekst(2)).toBe('2,0');
  });
});

describe('zelfscan strengths and improvement points', () => {
  const veel: ScanStelling[] = Array.from({ length: 8 }, (_, i) => ({
    ...STELLINGEN[0]!,
    id: `a${i + 1}`,
    onderdeel: 'activering',
    gewicht: i === 5 ? 2 : 1,
  }));

  it('weighs the gap to "helemaal" by the statement weight', () => {
    expect(prioriteit(0, 1)).toBe(3);
    expect(prioriteit(1, 2)).toBe(4);
    expect(prioriteit(3, 3)).toBe(0);
  });

  it('takes at most five points, heaviest and lowest first, ties in route order', () => {
    const a: Antwoorden = { a1: 0, a2: 1, a3: 0, a4: 0, a5: 1, a6: 1, a7: 0, a8: 0 };
    const punten = verbeterpunten(veel, a).map((s) => s.id);
    expect(punten).toHaveLength(MAX_PUNTEN);
    // a6 (weight 2, "een begin") = 4 beats the 0s of weight 1 (3 each), which come in route order.
    expect(punten).toEqual(['a6', 'a1', 'a3', 'a4', 'a7']);
  });

  it('fills up to three points with "grotendeels" when few answers are low', () => {
    const a: Antwoorden = { a1: 3, a2: 2, a3: 0, a4: 2, a5: 3, a6: 2 };
    expect(verbeterpunten(veel, a).map((s) => s.id)).toEqual(['a3', 'a6', 'a2']);
  });

  it('has no points when all is "helemaal", "weet niet" or unanswered', () => {
    expect(verbeterpunten(veel, { a1: 3, a2: 'x' })).toEqual([]);
    expect(verbeterpunten(veel, {})).toEqual([]);
  });

  it('names strengths ("helemaal" first), never one that is also an improvement point', () => {
    const a: Antwoorden = { a1: 2, a2: 3, a3: 2, a4: 0 };
    const verbeter = verbeterpunten(veel, a);
    expect(verbeter.map((s) => s.id)).toEqual(['a4', 'a1', 'a3']);
    expect(sterkePunten(veel, a, verbeter).map((s) => s.id)).toEqual(['a2']);
    expect(sterkePunten(veel, a).map((s) => s.id)).toEqual(['a2', 'a1', 'a3']);
  });
});

describe('bouwAdvies', () => {
  it('builds the whole plan for a mixed set of answers', () => {
    const r = advies({ i1: 0, i2: 'x', a1: 3, m1: 1 }, STELLINGEN, 'beleid');
    expect(r.voortgang).toEqual({ beantwoord: 4, totaal: 4, weetNiet: 1 });
    expect(r.rol?.label).toBe('Beleid');
    expect(r.verbeter.map((p) => [p.stelling.id, p.label, p.band?.id, p.tekst])).toEqual([
      ['i1', 'Nog niet', 'laag', 'Begin bij intake.'],
      ['m1', 'Een begin', 'op-weg', 'Ga door.'],
    ]);
    expect(r.sterk.map((p) => [p.stelling.id, p.label])).toEqual([['a1', 'Helemaal']]);
    expect(r.uitzoeken.map((s) => s.id)).toEqual(['i2']);
    expect(r.uitzoekAdvies).toBe('Zoek het uit.');
    expect(r.zwakst?.slug).toBe('intake');
    expect(r.zwakst?.tekst).toBe('Intake: 0,0');
    expect(r.sterkst?.slug).toBe('activering');
    const intake = r.profiel.onderdelen.find((x) => x.slug === 'intake');
    expect(intake).toMatchObject({ score: 0, beantwoord: 1, weetNiet: 1, totaal: 2 });
  });

  it('gives an empty plan when nothing is answered', () => {
    const r = advies({});
    expect(r.verbeter).toEqual([]);
    expect(r.sterk).toEqual([]);
    expect(r.zwakst).toBeNull();
    expect(r.sterkst).toBeNull();
    expect(r.rol).toBeNull();
    expect(r.profiel.themas.every((x) => x.band === null && x.tekst === null)).toBe(true);
  });

  it('treats all "weet niet" as nothing to score, but everything to find out', () => {
    const r = advies({ i1: 'x', i2: 'x', a1: 'x', m1: 'x' });
    expect(r.verbeter).toEqual([]);
    expect(r.uitzoeken).toHaveLength(4);
    expect(r.voortgang).toEqual({ beantwoord: 4, totaal: 4, weetNiet: 4 });
  });

  it('names a weakest theme or step only below 2, and a strongest only from 2 up', () => {
    const gelijk = advies({ i1: 2, i2: 2, a1: 2, m1: 2 });
    expect(gelijk.zwakst).toBeNull();
    expect(gelijk.sterkst?.score).toBe(2);
    expect(gelijk.verbeter).toHaveLength(3);
    const laag = advies({ i1: 1, i2: 0, a1: 1, m1: 1 });
    expect(laag.zwakst?.score).toBe(0);
    expect(laag.sterkst).toBeNull();
  });
});
