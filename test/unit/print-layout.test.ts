import { describe, expect, it } from 'vitest';
import {
  isPrintModus,
  KAART_MM,
  PRINT_MODI,
  printIndeling,
  velLijnen,
  VEL_MM,
  type PrintModus,
  type Vel,
} from '../../src/lib/print-layout';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `k-${i + 1}`);
/** A sheet as a 2x2 picture: "k-1v" for a front, "k-1a" for a back, "." for an empty slot. */
const plaatje = (vel: Vel) => {
  const raster = [
    ['.', '.'],
    ['.', '.'],
  ];
  for (const v of vel.vakken) raster[v.rij]![v.kolom] = `${v.kaart}${v.kant === 'voor' ? 'v' : 'a'}`;
  return raster.map((rij) => rij.join(' '));
};

describe('printIndeling: common rules', () => {
  it.each(PRINT_MODI)('%s: no cards give no sheets', (modus) => {
    expect(printIndeling([], modus)).toEqual([]);
  });

  it.each(PRINT_MODI.flatMap((modus) => [0, 1, 4, 5, 9].map((n) => [modus, n] as const)))(
    '%s with %i cards: every face exactly once, at most four per sheet, in reading order',
    (modus, n) => {
      const vellen = printIndeling(ids(n), modus);
      const kanten = vellen.flatMap((v) => v.vakken.map((vak) => `${vak.kaart}|${vak.kant}`));
      expect(kanten.toSorted()).toEqual(
        ids(n)
          .flatMap((id) => [`${id}|achter`, `${id}|voor`])
          .toSorted(),
      );
      for (const vel of vellen) {
        expect(vel.vakken.length).toBeGreaterThan(0);
        expect(vel.vakken.length).toBeLessThanOrEqual(4);
        const posities = vel.vakken.map((v) => v.rij * 2 + v.kolom);
        expect(posities).toEqual([...new Set(posities)].toSorted((a, b) => a - b));
      }
    },
  );

  it('keeps the order it was given, not an alphabetical one', () => {
    const [voor] = printIndeling(['m-3', 'a-1', 'i-2'], 'dubbelzijdig');
    expect(voor!.vakken.map((v) => v.kaart)).toEqual(['m-3', 'a-1', 'i-2']);
  });
});

describe('printIndeling: dubbelzijdig', () => {
  const paginas = (n: number) => printIndeling(ids(n), 'dubbelzijdig').length;

  it('needs 2 x ceil(n/4) pages', () => {
    expect([0, 1, 4, 5, 9].map(paginas)).toEqual([0, 2, 2, 4, 6]);
  });

  it('alternates a sheet of fronts with a sheet of their backs', () => {
    const vellen = printIndeling(ids(9), 'dubbelzijdig');
    expect(vellen.map((v) => v.soort)).toEqual(['voor', 'achter', 'voor', 'achter', 'voor', 'achter']);
    expect(vellen.map((v) => v.gespiegeld)).toEqual([false, true, false, true, false, true]);
  });

  it('mirrors the columns of the backs so each back lands behind its front (long-edge duplex)', () => {
    const [voor, achter] = printIndeling(ids(4), 'dubbelzijdig');
    expect(plaatje(voor!)).toEqual(['k-1v k-2v', 'k-3v k-4v']);
    expect(plaatje(achter!)).toEqual(['k-2a k-1a', 'k-4a k-3a']);
    for (const vak of achter!.vakken) {
      const front = voor!.vakken.find((v) => v.kaart === vak.kaart)!;
      expect(vak.rij).toBe(front.rij);
      expect(vak.kolom).toBe(1 - front.kolom);
    }
  });

  it('puts a lone card top left on the front and top right on the back', () => {
    const [voor, achter] = printIndeling(ids(1), 'dubbelzijdig');
    expect(plaatje(voor!)).toEqual(['k-1v .', '. .']);
    expect(plaatje(achter!)).toEqual(['. k-1a', '. .']);
  });

  it('mirrors a half-filled last sheet too (5 cards)', () => {
    const vellen = printIndeling(ids(5), 'dubbelzijdig');
    expect(plaatje(vellen[2]!)).toEqual(['k-5v .', '. .']);
    expect(plaatje(vellen[3]!)).toEqual(['. k-5a', '. .']);
  });

  it('mirrors a last sheet of three (7 cards) and of one (9 cards)', () => {
    const zeven = printIndeling(ids(7), 'dubbelzijdig');
    expect(plaatje(zeven[2]!)).toEqual(['k-5v k-6v', 'k-7v .']);
    expect(plaatje(zeven[3]!)).toEqual(['k-6a k-5a', '. k-7a']);
    expect(printIndeling(ids(9), 'dubbelzijdig')[5]!.vakken).toEqual([
      { kaart: 'k-9', kant: 'achter', rij: 0, kolom: 1 },
    ]);
  });
});

describe('printIndeling: vouwen', () => {
  it('puts two cards on a sheet, each as a row with the front left and the back right', () => {
    const vellen = printIndeling(ids(4), 'vouwen');
    expect(vellen.map(plaatje)).toEqual([
      ['k-1v k-1a', 'k-2v k-2a'],
      ['k-3v k-3a', 'k-4v k-4a'],
    ]);
    expect(vellen.every((v) => v.soort === 'vouw' && !v.gespiegeld)).toBe(true);
  });

  it('needs ceil(n/2) pages and leaves the last row empty for an odd count', () => {
    expect([0, 1, 4, 5, 9].map((n) => printIndeling(ids(n), 'vouwen').length)).toEqual([0, 1, 2, 3, 5]);
    expect(plaatje(printIndeling(ids(5), 'vouwen')[2]!)).toEqual(['k-5v k-5a', '. .']);
    expect(plaatje(printIndeling(ids(1), 'vouwen')[0]!)).toEqual(['k-1v k-1a', '. .']);
  });
});

describe('printIndeling: enkelzijdig', () => {
  it('prints all fronts, then all backs in the same order, not mirrored', () => {
    const vellen = printIndeling(ids(5), 'enkelzijdig');
    expect(vellen.map((v) => v.soort)).toEqual(['voor', 'voor', 'achter', 'achter']);
    expect(vellen.map(plaatje)).toEqual([
      ['k-1v k-2v', 'k-3v k-4v'],
      ['k-5v .', '. .'],
      ['k-1a k-2a', 'k-3a k-4a'],
      ['k-5a .', '. .'],
    ]);
    expect(vellen.some((v) => v.gespiegeld)).toBe(false);
  });

  it('needs 2 x ceil(n/4) pages', () => {
    expect([0, 1, 4, 5, 9].map((n) => printIndeling(ids(n), 'enkelzijdig').length)).toEqual([0, 2, 2, 4, 6]);
    const negen = printIndeling(ids(9), 'enkelzijdig');
    const volgorde = (soort: string) =>
      negen.filter((v) => v.soort === soort).flatMap((v) => v.vakken.map((vak) => vak.kaart));
    expect(volgorde('voor')).toEqual(ids(9));
    expect(volgorde('achter')).toEqual(ids(9));
  });
});

describe('sheet geometry', () => {
  it('fits four A6 cards exactly on A4', () => {
    expect(VEL_MM).toEqual({ breedte: 210, hoogte: 297 });
    expect(KAART_MM).toEqual({ breedte: 105, hoogte: 148.5 });
  });

  it('marks the cuts through the middle, and a fold line instead of the vertical cut on fold sheets', () => {
    const dubbel = velLijnen('voor');
    expect(dubbel.map((l) => l.soort)).toEqual(['snij', 'snij']);
    expect(dubbel[0]!.d).toContain('148.5');
    expect(dubbel[1]!.d).toMatch(/^M105 0v10/);
    const vouw = velLijnen('vouw');
    expect(vouw.map((l) => l.soort)).toEqual(['snij', 'vouw']);
    expect(vouw[1]!.d).toBe('M105 0V297');
  });

  it('recognises only the three modes', () => {
    expect(PRINT_MODI.every(isPrintModus)).toBe(true);
    for (const fout of ['', 'Dubbelzijdig', 'duplex', 'vouwen ', '__proto__']) expect(isPrintModus(fout)).toBe(false);
    const modus: PrintModus = 'vouwen';
    expect(isPrintModus(modus)).toBe(true);
  });
});
