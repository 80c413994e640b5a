/**
 * Where every card face goes when gesprekskaarten are printed: A4 portrait,
 * four A6 cards per sheet in two rows of two. The print page renders its
 * server HTML with this function and its script re-lays out the same DOM
 * nodes with it, so what is built and what is shown cannot disagree.
 */

/** The three ways to print, in the order the page offers them. */
export const PRINT_MODI = ['dubbelzijdig', 'vouwen', 'enkelzijdig'] as const;
export type PrintModus = (typeof PRINT_MODI)[number];
export const STANDAARD_MODUS: PrintModus = 'dubbelzijdig';

export function isPrintModus(waarde: string): waarde is PrintModus {
  return (PRINT_MODI as readonly string[]).includes(waarde);
}

export type Kant = 'voor' | 'achter';

/** What a sheet carries: only fronts, only backs, or front|back pairs to fold. */
export type VelSoort = 'voor' | 'achter' | 'vouw';

/** One card face in one of the four positions on a sheet. */
export interface Vak {
  kaart: string;
  kant: Kant;
  /** 0 = top half, 1 = bottom half of the sheet. */
  rij: 0 | 1;
  /** 0 = left, 1 = right. */
  kolom: 0 | 1;
}

/** One printed page; its faces in reading order (row by row, left to right). */
export interface Vel {
  soort: VelSoort;
  /** True for backs whose columns are swapped so they land behind their fronts. */
  gespiegeld: boolean;
  vakken: Vak[];
}

/** Cards (A6) on one A4 sheet. */
export const PER_VEL = 4;

function inGroepen<T>(lijst: readonly T[], grootte: number): T[][] {
  const groepen: T[][] = [];
  for (let i = 0; i < lijst.length; i += grootte) groepen.push(lijst.slice(i, i + grootte));
  return groepen;
}

/** Row of the i-th card in a group of at most four. */
const rijVan = (i: number) => Math.floor(i / 2) as 0 | 1;
const kolomVan = (i: number) => (i % 2) as 0 | 1;
const leesVolgorde = (a: Vak, b: Vak) => a.rij - b.rij || a.kolom - b.kolom;

/** A sheet of one side, cards placed left to right and top to bottom. */
function velVan(ids: readonly string[], kant: Kant): Vel {
  return {
    soort: kant,
    gespiegeld: false,
    vakken: ids.map((kaart, i) => ({ kaart, kant, rij: rijVan(i), kolom: kolomVan(i) })),
  };
}

/**
 * The backs for a sheet of fronts, left and right swapped per row: a sheet
 * printed on both sides and turned over its long (left) edge puts the right
 * column of the back behind the left column of the front.
 */
function gespiegeldeAchterkanten(ids: readonly string[]): Vel {
  const vakken: Vak[] = ids.map((kaart, i) => ({
    kaart,
    kant: 'achter',
    rij: rijVan(i),
    kolom: (1 - kolomVan(i)) as 0 | 1,
  }));
  return { soort: 'achter', gespiegeld: true, vakken: vakken.sort(leesVolgorde) };
}

/**
 * The sheets for the given cards (in the order given) in one mode:
 * - dubbelzijdig: per four cards a sheet of fronts, then a sheet of their backs mirrored;
 * - vouwen: two cards per sheet, each as a row with the front left and the back right;
 * - enkelzijdig: all fronts, then all backs in the same order, four per sheet.
 * No cards give no sheets.
 */
export function printIndeling(ids: readonly string[], modus: PrintModus): Vel[] {
  switch (modus) {
    case 'dubbelzijdig':
      return inGroepen(ids, PER_VEL).flatMap((groep) => [velVan(groep, 'voor'), gespiegeldeAchterkanten(groep)]);
    case 'vouwen':
      return inGroepen(ids, 2).map((paar) => ({
        soort: 'vouw',
        gespiegeld: false,
        vakken: paar.flatMap((kaart, r) => {
          const rij = r as 0 | 1;
          return [
            { kaart, kant: 'voor', rij, kolom: 0 },
            { kaart, kant: 'achter', rij, kolom: 1 },
          ];
        }),
      }));
    case 'enkelzijdig':
      return [
        ...inGroepen(ids, PER_VEL).map((groep) => velVan(groep, 'voor')),
        ...inGroepen(ids, PER_VEL).map((groep) => velVan(groep, 'achter')),
      ];
  }
}

/** Paper and card sizes in millimetres: A4 portrait holds four A6 cards exactly. */
export const VEL_MM = { breedte: 210, hoogte: 297 } as const;
export const KAART_MM = { breedte: VEL_MM.breedte / 2, hoogte: VEL_MM.hoogte / 2 } as const;

export interface Lijn {
  /** SVG path in millimetres on the sheet (viewBox 0 0 210 297). */
  d: string;
  /** A cut mark (solid) or the fold line (dashed). */
  soort: 'snij' | 'vouw';
}

/**
 * Marks on a sheet. The cards touch each other and the paper's edge, so the
 * only cuts run through the middle: short marks where those cuts meet the
 * edges and a cross where they meet each other. Marks on a cut line vanish
 * with the cut. A sheet to fold has a dashed fold line instead of the
 * vertical cut.
 */
export function velLijnen(soort: VelSoort): Lijn[] {
  const { breedte: b, hoogte: h } = VEL_MM;
  const x = b / 2;
  const y = h / 2;
  const horizontaal: Lijn = { soort: 'snij', d: `M0 ${y}h10M${b - 10} ${y}h10M${x - 6} ${y}h12` };
  const verticaal: Lijn =
    soort === 'vouw'
      ? { soort: 'vouw', d: `M${x} 0V${h}` }
      : { soort: 'snij', d: `M${x} 0v10M${x} ${h - 10}v10M${x} ${y - 6}v12` };
  return [horizontaal, verticaal];
}
