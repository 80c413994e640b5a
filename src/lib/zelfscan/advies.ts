/**
 * From answers to advice: the band each average falls in, the strongest
 * points and the three to five improvement points that matter most. The texts
 * come from content/zelfscan/advies.json; these functions only choose and fill in.
 */
import { ONDERDELEN, type OnderdeelSlug, type ThemaSlug } from '../vocabulary';
import { score, WEET_NIET, type Antwoord, type Antwoorden, type Band, type Rol, type SchaalOptie } from './model';
import { profiel, voortgang, type ProfielRij } from './score';

interface StellingKern {
  id: string;
  onderdeel: OnderdeelSlug;
  themas: readonly ThemaSlug[];
  gewicht: number;
}

/** Fewest and most improvement points in a plan. */
export const MIN_PUNTEN = 3;
export const MAX_PUNTEN = 5;

/** A score with one decimal, Dutch style: 1,5. */
export function scoreTekst(waarde: number): string {
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(waarde);
}

/** The band a score falls in: from `van` up to but not including `tot`; the top band includes its end. */
export function kiesBand(waarde: number, banden: readonly Band[]): Band | null {
  const hoogste = Math.max(...banden.map((b) => b.tot));
  return banden.find((b) => waarde >= b.van && (waarde < b.tot || (waarde === b.tot && b.tot === hoogste))) ?? null;
}

/** Fills {naam}, {score} and {onderdeel} in a template; a missing value leaves the placeholder out. */
export function vulIn(sjabloon: string, waarden: Partial<Record<'naam' | 'score' | 'onderdeel', string>>): string {
  return sjabloon.replace(
    /\{(naam|score|onderdeel)\}/g,
    (_, plek: 'naam' | 'score' | 'onderdeel') => waarden[plek] ?? '',
  );
}

/** How much a statement needs attention: the gap to "helemaal", times its weight. */
export function prioriteit(waarde: number, gewicht: number): number {
  return (3 - waarde) * gewicht;
}

function beantwoord<S extends StellingKern>(stellingen: readonly S[], antwoorden: Antwoorden) {
  return stellingen.flatMap((stelling, volgorde) => {
    const waarde = score(antwoorden[stelling.id]);
    return waarde === null ? [] : [{ stelling, waarde, volgorde }];
  });
}

/**
 * The improvement points: statements answered "nog niet" or "een begin",
 * highest priority first (ties: lower score, then route order), at most five.
 * With fewer than three, "grotendeels" answers fill up to three.
 */
export function verbeterpunten<S extends StellingKern>(stellingen: readonly S[], antwoorden: Antwoorden): S[] {
  const volgens = (a: { waarde: number; stelling: S; volgorde: number }, b: typeof a) =>
    prioriteit(b.waarde, b.stelling.gewicht) - prioriteit(a.waarde, a.stelling.gewicht) ||
    a.waarde - b.waarde ||
    a.volgorde - b.volgorde;
  const alle = beantwoord(stellingen, antwoorden);
  const laag = alle.filter((p) => p.waarde <= 1).sort(volgens);
  const midden = alle.filter((p) => p.waarde === 2).sort(volgens);
  const gekozen = laag.slice(0, MAX_PUNTEN);
  if (gekozen.length < MIN_PUNTEN) gekozen.push(...midden.slice(0, MIN_PUNTEN - gekozen.length));
  return gekozen.map((p) => p.stelling);
}

/**
 * The strongest points: "helemaal" first, then "grotendeels", heavier
 * statements first, at most five, never one that is also an improvement point.
 */
export function sterkePunten<S extends StellingKern>(
  stellingen: readonly S[],
  antwoorden: Antwoorden,
  uitgezonderd: readonly S[] = [],
): S[] {
  return beantwoord(stellingen, antwoorden)
    .filter((p) => p.waarde >= 2 && !uitgezonderd.includes(p.stelling))
    .sort((a, b) => b.waarde - a.waarde || b.stelling.gewicht - a.stelling.gewicht || a.volgorde - b.volgorde)
    .slice(0, MAX_PUNTEN)
    .map((p) => p.stelling);
}

export interface AdviesRij extends ProfielRij {
  band: Band | null;
  /** The band's profile advice filled in, or null without a score. */
  tekst: string | null;
}

export interface Punt<S> {
  stelling: S;
  antwoord: Antwoord;
  /** Label of the answer, e.g. "Een begin". */
  label: string;
  band: Band | null;
  /** The band's action advice filled in. */
  tekst: string;
}

export interface Advies<S> {
  profiel: { themas: AdviesRij[]; onderdelen: AdviesRij[] };
  /** Lowest scoring theme or step, if below "grotendeels" (2); highest, if 2 or more. Else null. */
  zwakst: AdviesRij | null;
  sterkst: AdviesRij | null;
  sterk: Punt<S>[];
  verbeter: Punt<S>[];
  /** Statements answered "weet niet", with the advice for them. */
  uitzoeken: S[];
  uitzoekAdvies: string | null;
  rol: Rol | null;
  voortgang: { beantwoord: number; totaal: number; weetNiet: number };
}

export interface AdviesInvoer<S> {
  /** The statements in focus, in route order. */
  stellingen: readonly S[];
  antwoorden: Antwoorden;
  schaal: readonly SchaalOptie[];
  banden: readonly Band[];
  rollen: readonly Rol[];
  rol: string | null;
}

/** The whole result of a scan: profile with advice, strengths, improvement points and open questions. */
export function bouwAdvies<S extends StellingKern>(invoer: AdviesInvoer<S>): Advies<S> {
  const { stellingen, antwoorden, schaal, banden } = invoer;
  const metAdvies = (rij: ProfielRij): AdviesRij => {
    const band = rij.score === null ? null : kiesBand(rij.score, banden);
    const tekst =
      rij.score === null || band === null
        ? null
        : vulIn(band.profiel, { naam: rij.naam, score: scoreTekst(rij.score) });
    return { ...rij, band, tekst };
  };
  const p = profiel(stellingen, antwoorden);
  const rijen = { themas: p.themas.map(metAdvies), onderdelen: p.onderdelen.map(metAdvies) };
  const gescoord = [...rijen.themas, ...rijen.onderdelen].filter((r) => r.score !== null);
  const zwakst = gescoord.reduce<AdviesRij | null>((z, r) => (z === null || r.score! < z.score! ? r : z), null);
  const sterkst = gescoord.reduce<AdviesRij | null>((z, r) => (z === null || r.score! > z.score! ? r : z), null);

  const laagste = zwakst !== null && zwakst.score! < 2 ? zwakst : null;

  const punt = (stelling: S): Punt<S> => {
    const antwoord = antwoorden[stelling.id]!;
    const band = kiesBand(score(antwoord) ?? 0, banden);
    return {
      stelling,
      antwoord,
      label: schaal.find((o) => (o.waarde ?? WEET_NIET) === antwoord)?.label ?? '',
      band,
      tekst: band ? vulIn(band.actie, { onderdeel: ONDERDELEN[stelling.onderdeel].naam.toLowerCase() }) : '',
    };
  };
  const verbeter = verbeterpunten(stellingen, antwoorden);
  const uitzoeken = stellingen.filter((s) => antwoorden[s.id] === WEET_NIET);
  return {
    profiel: rijen,
    zwakst: laagste,
    sterkst: sterkst !== null && sterkst !== laagste && sterkst.score! >= 2 ? sterkst : null,
    sterk: sterkePunten(stellingen, antwoorden, verbeter).map(punt),
    verbeter: verbeter.map(punt),
    uitzoeken,
    uitzoekAdvies: schaal.find((o) => o.waarde === null)?.advies ?? null,
    rol: invoer.rollen.find((r) => r.id === invoer.rol) ?? null,
    voortgang: { ...voortgang(stellingen, antwoorden), weetNiet: uitzoeken.length },
  };
}
