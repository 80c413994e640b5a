/**
 * Column layout of the practice matrix. Shared by the build-time chart and the
 * filter script, so a filtered matrix is laid out exactly like a fresh one.
 * Pure arithmetic, no strings: the script bundle stays small.
 */

export const PM_MAAT = { kolom: 34, rij: 34, letter: 14, marge: 8 } as const;

/** Column labels are rotated 45 degrees; a label of length l reaches l * cos 45 to the right. */
export const SCHUIN = Math.SQRT1_2;

/**
 * x of each visible column and the width the SVG needs: the columns, the total
 * column after them, and the rotated labels that reach beyond the last column.
 */
export function kolomIndeling(
  labelBreedte: number,
  koplengtes: number[],
  totaalKoplengte: number,
): { x: number[]; totaalX: number; breedte: number } {
  const x = koplengtes.map((_, i) => labelBreedte + i * PM_MAAT.kolom);
  const totaalX = labelBreedte + koplengtes.length * PM_MAAT.kolom;
  const reik = (kolomX: number, lengte: number) => kolomX + PM_MAAT.kolom / 2 + lengte * SCHUIN + PM_MAAT.marge;
  const breedte = Math.max(
    totaalX + PM_MAAT.kolom + PM_MAAT.marge,
    reik(totaalX, totaalKoplengte),
    ...koplengtes.map((l, i) => reik(x[i]!, l)),
  );
  return { x, totaalX, breedte: Math.ceil(breedte) };
}
