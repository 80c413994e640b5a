/**
 * Data for the practice matrix: municipalities (rows) against practices
 * (columns). A cell is filled only when a practice's `gebruik` list names the
 * municipality, with what the source says, so every filled cell is sourced.
 */
import type { Entry, Ref } from '../relations';
import { t } from '../strings';
import type { OnderdeelSlug, ThemaSlug } from '../vocabulary';
import { gemeenteHref, werkwijzeHref } from './links';
import { lijstInWoorden } from './woorden';

export interface MatrixGemeente {
  id: string;
  naam: string;
  href: string;
  /** Number of practices the sources name for this municipality. */
  aantal: number;
}

export interface MatrixWerkwijze {
  id: string;
  naam: string;
  href: string;
  themas: ThemaSlug[];
  stappen: OnderdeelSlug[];
  /** Number of municipalities that use it. */
  aantal: number;
}

export interface MatrixGebruik {
  gemeente: string;
  werkwijze: string;
  toelichting: string;
  bronnen: string[];
}

export interface Praktijkenmatrix {
  gemeenten: MatrixGemeente[];
  werkwijzen: MatrixWerkwijze[];
  gebruik: MatrixGebruik[];
}

export interface PraktijkenBank {
  gemeenten: Entry<{ naam: string }>[];
  werkwijzen: Entry<{
    naam: string;
    themas: ThemaSlug[];
    stappen: OnderdeelSlug[];
    gebruik: { gemeente: Ref; toelichting: string; bronnen: Ref[] }[];
  }>[];
}

const opNaam = (a: { naam: string }, b: { naam: string }) => a.naam.localeCompare(b.naam, 'nl');

/**
 * Rows are all municipalities (a row without practices is a visible gap),
 * columns all practices, both by name. A municipality named twice for one
 * practice gets one cell with both statements.
 */
export function praktijkenmatrix(bank: PraktijkenBank): Praktijkenmatrix {
  const bekend = new Set(bank.gemeenten.map((g) => g.id));
  const gebruik = new Map<string, MatrixGebruik>();
  for (const ww of bank.werkwijzen) {
    for (const u of ww.data.gebruik) {
      if (!bekend.has(u.gemeente.id)) continue;
      const sleutel = `${u.gemeente.id}\u0000${ww.id}`;
      const eerder = gebruik.get(sleutel);
      const bronnen = u.bronnen.map((b) => b.id);
      if (eerder) {
        eerder.toelichting = `${eerder.toelichting} ${u.toelichting}`;
        eerder.bronnen = [...new Set([...eerder.bronnen, ...bronnen])];
      } else {
        gebruik.set(sleutel, { gemeente: u.gemeente.id, werkwijze: ww.id, toelichting: u.toelichting, bronnen });
      }
    }
  }
  const lijst = [...gebruik.values()];
  const telGemeente = (id: string) => lijst.filter((g) => g.gemeente === id).length;
  const telWerkwijze = (id: string) => lijst.filter((g) => g.werkwijze === id).length;
  return {
    gemeenten: bank.gemeenten
      .map((g) => ({ id: g.id, naam: g.data.naam, href: gemeenteHref(g.id), aantal: telGemeente(g.id) }))
      .sort(opNaam),
    werkwijzen: bank.werkwijzen
      .map((w) => ({
        id: w.id,
        naam: w.data.naam,
        href: werkwijzeHref(w.id),
        themas: [...w.data.themas],
        stappen: [...w.data.stappen],
        aantal: telWerkwijze(w.id),
      }))
      .sort(opNaam),
    gebruik: lijst.sort(
      (a, b) =>
        a.gemeente.localeCompare(b.gemeente, 'nl') || a.werkwijze.localeCompare(b.werkwijze, 'nl', { numeric: true }),
    ),
  };
}

export interface KolomFilter {
  thema?: ThemaSlug | undefined;
  stap?: OnderdeelSlug | undefined;
}

/** Whether a practice passes the theme and step filter; an empty filter lets everything through. */
export function werkwijzePast(w: Pick<MatrixWerkwijze, 'themas' | 'stappen'>, filter: KolomFilter): boolean {
  return (!filter.thema || w.themas.includes(filter.thema)) && (!filter.stap || w.stappen.includes(filter.stap));
}

/** The matrix with only the practices (columns) that pass the filter; counts follow the visible columns. */
export function filterWerkwijzen(m: Praktijkenmatrix, filter: KolomFilter): Praktijkenmatrix {
  const werkwijzen = m.werkwijzen.filter((w) => werkwijzePast(w, filter));
  const zichtbaar = new Set(werkwijzen.map((w) => w.id));
  const gebruik = m.gebruik.filter((g) => zichtbaar.has(g.werkwijze));
  return {
    werkwijzen,
    gebruik,
    gemeenten: m.gemeenten.map((g) => ({ ...g, aantal: gebruik.filter((u) => u.gemeente === g.id).length })),
  };
}

export type RijSortering = 'naam' | 'aantal';

/** Rows by name, or by number of practices (most first, then by name). */
export function sorteerGemeenten<G extends { naam: string; aantal: number }>(gemeenten: G[], op: RijSortering): G[] {
  return [...gemeenten].sort((a, b) => (op === 'aantal' ? b.aantal - a.aantal : 0) || opNaam(a, b));
}

/** A short text summary of the matrix, generated from the data. */
export function praktijkenSamenvatting(m: Praktijkenmatrix): string {
  if (m.gebruik.length === 0) return t.grafiek.praktijken.leeg;
  const max = Math.max(...m.gemeenten.map((g) => g.aantal));
  const meeste = m.gemeenten.filter((g) => g.aantal === max).map((g) => `${g.naam} (${max})`);
  return t.grafiek.praktijken.samenvatting(
    m.gemeenten.length,
    m.werkwijzen.length,
    m.gebruik.length,
    lijstInWoorden(meeste),
  );
}
