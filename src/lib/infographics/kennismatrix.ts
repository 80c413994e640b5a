/**
 * Data for the knowledge matrix, an evidence gap map: steps and aandachtspunten
 * (rows) against the five themes (columns). Each cell counts the lessons,
 * cards and municipal examples it holds and the kinds of source behind its
 * lessons. Empty cells stay in the data: a gap is information too.
 */
import type { Entry, KaartData, LesData } from '../relations';
import { t } from '../strings';
import {
  AANDACHTSPUNT_SLUGS,
  BRONSOORTEN,
  ONDERDELEN,
  STAP_SLUGS,
  THEMAS,
  THEMA_SLUGS,
  onderdeelHref,
  type Bronsoort,
  type OnderdeelSlug,
  type ThemaSlug,
} from '../vocabulary';
import { lesHref, themaHref } from './links';

/**
 * Nine kinds of source are too many to tell apart by colour and pattern in a
 * small mark, so the map groups them by how the knowledge was gathered. The
 * panel and the table still name every kind.
 */
export const BEWIJSKLASSEN = ['onderzoek', 'praktijk', 'statistiek', 'overig'] as const;
export type Bewijsklasse = (typeof BEWIJSKLASSEN)[number];

export const KLASSE_VAN_SOORT: Record<Bronsoort, Bewijsklasse> = {
  kennissynthese: 'onderzoek',
  literatuurstudie: 'onderzoek',
  evaluatie: 'onderzoek',
  casestudie: 'praktijk',
  projectbeschrijving: 'praktijk',
  handreiking: 'praktijk',
  statistiek: 'statistiek',
  beleidsdocument: 'overig',
  nieuwsbericht: 'overig',
};

/** The kinds of source in a class, for the legend. */
export function soortenVanKlasse(klasse: Bewijsklasse): Bronsoort[] {
  return BRONSOORTEN.filter((s) => KLASSE_VAN_SOORT[s] === klasse);
}

export interface KennisLes {
  id: string;
  tekst: string;
  href: string;
}

export interface KennisCel {
  onderdeel: OnderdeelSlug;
  thema: ThemaSlug;
  lessen: KennisLes[];
  kaarten: number;
  gemeenten: number;
  /** How often each kind of source is cited by the cell's lessons, most cited first. */
  soorten: { soort: Bronsoort; aantal: number }[];
  /** The same, grouped into classes, in the fixed class order; only classes that occur. */
  klassen: { klasse: Bewijsklasse; aantal: number }[];
  /** The class cited most (ties: the first in class order); null for a cell without sources. */
  hoofdklasse: Bewijsklasse | null;
}

export interface KennisRij {
  slug: OnderdeelSlug;
  naam: string;
  soort: 'stap' | 'aandachtspunt';
  href: string;
}

export interface KennisKolom {
  slug: ThemaSlug;
  naam: string;
  nummer: number;
  href: string;
}

export interface Kennismatrix {
  rijen: KennisRij[];
  kolommen: KennisKolom[];
  /** Row by row, in the order of `rijen`, then `kolommen`. */
  cellen: KennisCel[];
  /** Most lessons in one cell, for the size scale. */
  maxLessen: number;
}

export interface KennisBank {
  lessen: Entry<LesData & { tekst: string }>[];
  kaarten: Entry<KaartData>[];
  bronnen: Entry<{ soort: Bronsoort }>[];
}

export function kennismatrix(bank: KennisBank): Kennismatrix {
  const soortVan = new Map(bank.bronnen.map((b) => [b.id, b.data.soort]));
  const rijen: KennisRij[] = [
    ...STAP_SLUGS.map((slug) => ({ slug, soort: 'stap' as const })),
    ...AANDACHTSPUNT_SLUGS.map((slug) => ({ slug, soort: 'aandachtspunt' as const })),
  ].map((r) => ({ ...r, naam: ONDERDELEN[r.slug].naam, href: onderdeelHref(r.slug) }));
  const kolommen: KennisKolom[] = THEMA_SLUGS.map((slug) => ({
    slug,
    naam: THEMAS[slug].naam,
    nummer: THEMAS[slug].nummer,
    href: themaHref(slug),
  }));
  const cellen = rijen.flatMap((rij) =>
    kolommen.map((kolom): KennisCel => {
      const hoort = (e: { data: { onderdeel: OnderdeelSlug; themas: ThemaSlug[] } }) =>
        e.data.onderdeel === rij.slug && e.data.themas.includes(kolom.slug);
      const lessen = bank.lessen.filter(hoort).sort((a, b) => a.id.localeCompare(b.id, 'nl', { numeric: true }));
      const kaarten = bank.kaarten.filter(hoort);
      const gemeenten = new Set([...lessen, ...kaarten].flatMap((e) => e.data.gemeenten.map((g) => g.id)));
      const perSoort = new Map<Bronsoort, number>();
      for (const les of lessen) {
        for (const ref of les.data.bronnen) {
          const soort = soortVan.get(ref.id);
          if (soort) perSoort.set(soort, (perSoort.get(soort) ?? 0) + 1);
        }
      }
      const soorten = [...perSoort]
        .map(([soort, aantal]) => ({ soort, aantal }))
        .sort((a, b) => b.aantal - a.aantal || BRONSOORTEN.indexOf(a.soort) - BRONSOORTEN.indexOf(b.soort));
      const klassen = BEWIJSKLASSEN.map((klasse) => ({
        klasse,
        aantal: soorten.filter((s) => KLASSE_VAN_SOORT[s.soort] === klasse).reduce((n, s) => n + s.aantal, 0),
      })).filter((k) => k.aantal > 0);
      const top = Math.max(0, ...klassen.map((k) => k.aantal));
      return {
        onderdeel: rij.slug,
        thema: kolom.slug,
        lessen: lessen.map((l) => ({ id: l.id, tekst: l.data.tekst, href: lesHref(l) })),
        kaarten: kaarten.length,
        gemeenten: gemeenten.size,
        soorten,
        klassen,
        hoofdklasse: klassen.find((k) => k.aantal === top)?.klasse ?? null,
      };
    }),
  );
  return { rijen, kolommen, cellen, maxLessen: Math.max(0, ...cellen.map((c) => c.lessen.length)) };
}

/** The cell of one row and column. */
export function kennisCel(m: Kennismatrix, onderdeel: OnderdeelSlug, thema: ThemaSlug): KennisCel | undefined {
  return m.cellen.find((c) => c.onderdeel === onderdeel && c.thema === thema);
}

/** Counts of a cell in words: "3 lessen, 1 kaart, 2 gemeenten". */
export function kennisTelling(c: KennisCel): string {
  return [
    t.tekst.aantalLessen(c.lessen.length),
    t.tekst.aantalKaarten(c.kaarten),
    t.tekst.aantalGemeenten(c.gemeenten),
  ].join(', ');
}

/** The accessible name of a cell's mark. */
export function kennisLabel(c: KennisCel): string {
  const rij = ONDERDELEN[c.onderdeel].naam;
  const kolom = THEMAS[c.thema].naam;
  if (c.lessen.length === 0 && c.kaarten === 0) return t.grafiek.kennis.leeg(rij, kolom);
  return t.grafiek.kennis.cel(rij, kolom, kennisTelling(c), c.hoofdklasse && t.grafiek.bewijs[c.hoofdklasse]);
}

/** The kinds of source of a cell in words: "Evaluatieonderzoek (3), Nieuwsbericht of artikel (1)". */
export function soortenInWoorden(c: KennisCel, namen: Record<Bronsoort, string>): string {
  return c.soorten.map((s) => `${namen[s.soort]} (${s.aantal})`).join(', ');
}

/** A short text summary of the matrix, generated from the data. */
export function kennisSamenvatting(m: Kennismatrix): string {
  const gevuld = m.cellen.filter((c) => c.lessen.length > 0);
  const koppelingen = gevuld.reduce((n, c) => n + c.lessen.length, 0);
  const top = m.maxLessen > 0 ? m.cellen.filter((c) => c.lessen.length === m.maxLessen) : [];
  const meeste = top
    .slice(0, 3)
    .map((c) => `${ONDERDELEN[c.onderdeel].naam} en ${THEMAS[c.thema].naam.toLowerCase()} (${m.maxLessen})`)
    .join('; ');
  return t.grafiek.kennis.samenvatting(gevuld.length, m.cellen.length, koppelingen, meeste || null);
}
