/**
 * The open-data files behind the infographics: their list (for /data/), the
 * CSV tables, and how endpoints answer. Pure functions; the endpoints in
 * src/pages/data/ only load the collections and call these.
 */
import { kortCitaat } from '../format';
import type { CijferPunt, CijferReeks } from './cijfers';
import { naarCsv } from './csv';
import type { Praktijkenmatrix } from './praktijkenmatrix';

export interface BronInfo {
  /** Short citation as the site writes it, e.g. "Regioplan, 2019". */
  citaat: string;
  titel: string;
  uitgever: string;
  jaar: number | null;
  url: string;
}

type BronEntry = { id: string; data: Omit<BronInfo, 'citaat'> & { auteurs: string[] } };

/** The sources a data file cites, by id, so the file can be used without the site. */
export function bronnenVan(ids: Iterable<string>, bronnen: BronEntry[]): Record<string, BronInfo> {
  const gevraagd = new Set(ids);
  return Object.fromEntries(
    bronnen
      .filter((b) => gevraagd.has(b.id))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((b) => [
        b.id,
        {
          citaat: kortCitaat(b.data),
          titel: b.data.titel,
          uitgever: b.data.uitgever,
          jaar: b.data.jaar,
          url: b.data.url,
        },
      ]),
  );
}

/** All figures in one table: one row per figure, series and label included. */
export function cijfersCsv(
  data: { reeksen: CijferReeks[]; los: CijferPunt[] },
  bronnen: Record<string, BronInfo>,
): string {
  const punten = [...data.reeksen.flatMap((r) => r.punten), ...data.los];
  return naarCsv<CijferPunt>(
    [
      { kop: 'id', waarde: (p) => p.id },
      { kop: 'reeks', waarde: (p) => p.reeks },
      { kop: 'label', waarde: (p) => p.label },
      { kop: 'waarde', waarde: (p) => p.waarde },
      { kop: 'eenheid', waarde: (p) => p.eenheid },
      { kop: 'jaar', waarde: (p) => p.jaar },
      { kop: 'populatie', waarde: (p) => p.populatie },
      { kop: 'definitie', waarde: (p) => p.definitie },
      { kop: 'onzeker', waarde: (p) => p.onzeker },
      { kop: 'bron', waarde: (p) => p.bron },
      { kop: 'bron_titel', waarde: (p) => bronnen[p.bron]?.titel },
      { kop: 'bron_url', waarde: (p) => bronnen[p.bron]?.url },
    ],
    punten,
  );
}

/** Every sourced use of a practice by a municipality: the filled cells of the matrix. */
export function praktijkenCsv(m: Praktijkenmatrix, bronnen: Record<string, BronInfo>): string {
  const gemeente = new Map(m.gemeenten.map((g) => [g.id, g.naam]));
  const werkwijze = new Map(m.werkwijzen.map((w) => [w.id, w.naam]));
  return naarCsv<Praktijkenmatrix['gebruik'][number]>(
    [
      { kop: 'gemeente', waarde: (g) => g.gemeente },
      { kop: 'gemeente_naam', waarde: (g) => gemeente.get(g.gemeente) },
      { kop: 'werkwijze', waarde: (g) => g.werkwijze },
      { kop: 'werkwijze_naam', waarde: (g) => werkwijze.get(g.werkwijze) },
      { kop: 'toelichting', waarde: (g) => g.toelichting },
      { kop: 'bronnen', waarde: (g) => g.bronnen.join(' ') },
      { kop: 'bron_urls', waarde: (g) => g.bronnen.flatMap((b) => bronnen[b]?.url ?? []).join(' ') },
    ],
    m.gebruik,
  );
}

export function jsonAntwoord(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export function csvAntwoord(csv: string): Response {
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
