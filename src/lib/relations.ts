/**
 * Pure derivations over the content collections: which lessons, cards,
 * municipalities and practices belong together. Pages call these instead of
 * filtering entries themselves, so every page shows the same links in both
 * directions and the logic is unit-tested once.
 */
import { isStap, ONDERDELEN, type OnderdeelSlug, type StapSlug, type ThemaSlug } from './vocabulary';

/** A link from one entry to another, as `reference()` stores it. */
export interface Ref {
  id: string;
  collection?: string;
}

/** The minimal shape of an entry these functions need. */
export interface Entry<D> {
  id: string;
  data: D;
}

export interface LesData {
  onderdeel: OnderdeelSlug;
  themas: ThemaSlug[];
  bronnen: Ref[];
  gemeenten: Ref[];
}
export interface KaartData {
  onderdeel: OnderdeelSlug;
  volgnummer: number;
  themas: ThemaSlug[];
  les: Ref;
  gemeenten: Ref[];
  bronnen: Ref[];
}
export interface WerkwijzeData {
  themas: ThemaSlug[];
  stappen: OnderdeelSlug[];
  gebruik: { gemeente: Ref; toelichting: string; bronnen: Ref[] }[];
  bronnen: Ref[];
}
export interface GemeenteData {
  naam: string;
  stappen: StapSlug[];
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id, 'nl', { numeric: true });

/** Card number as printed on the card, e.g. "I-1" or "IB-2". */
export function kaartNummer(onderdeel: OnderdeelSlug, volgnummer: number): string {
  return `${ONDERDELEN[onderdeel].code}-${volgnummer}`;
}

/** The file name (and URL slug) a card must have: its number in lower case. */
export function kaartSlug(onderdeel: OnderdeelSlug, volgnummer: number): string {
  return kaartNummer(onderdeel, volgnummer).toLowerCase();
}

export function lessenVanOnderdeel<E extends Entry<LesData>>(lessen: E[], onderdeel: OnderdeelSlug): E[] {
  return lessen.filter((l) => l.data.onderdeel === onderdeel).sort(byId);
}

export function kaartenVanOnderdeel<E extends Entry<KaartData>>(kaarten: E[], onderdeel: OnderdeelSlug): E[] {
  return kaarten.filter((k) => k.data.onderdeel === onderdeel).sort((a, b) => a.data.volgnummer - b.data.volgnummer);
}

/** Cards in route order: steps first, then aandachtspunten, each by number. */
export function sorteerKaarten<E extends Entry<KaartData>>(kaarten: E[]): E[] {
  const volgorde = Object.keys(ONDERDELEN);
  return [...kaarten].sort(
    (a, b) =>
      volgorde.indexOf(a.data.onderdeel) - volgorde.indexOf(b.data.onderdeel) || a.data.volgnummer - b.data.volgnummer,
  );
}

/** Anchor of a lesson on its step page; lesson ids contain a slash, which ids may not. */
export function lesAnker(id: string): string {
  return `les-${id.replace(/\//g, '--')}`;
}

/**
 * Municipalities that illustrate a step or aandachtspunt: named by one of its
 * lessons or cards, using a practice that belongs to it, or (for steps) saying
 * so on their own page.
 */
export function gemeentenVanOnderdeel(
  onderdeel: OnderdeelSlug,
  bank: {
    lessen: Entry<LesData>[];
    kaarten: Entry<KaartData>[];
    werkwijzen: Entry<WerkwijzeData>[];
    gemeenten: Entry<GemeenteData>[];
  },
): string[] {
  const ids = new Set<string>();
  for (const les of bank.lessen) {
    if (les.data.onderdeel === onderdeel) les.data.gemeenten.forEach((g) => ids.add(g.id));
  }
  for (const kaart of bank.kaarten) {
    if (kaart.data.onderdeel === onderdeel) kaart.data.gemeenten.forEach((g) => ids.add(g.id));
  }
  for (const ww of bank.werkwijzen) {
    if (ww.data.stappen.includes(onderdeel)) ww.data.gebruik.forEach((u) => ids.add(u.gemeente.id));
  }
  if (isStap(onderdeel)) {
    for (const g of bank.gemeenten) if (g.data.stappen.includes(onderdeel)) ids.add(g.id);
  }
  return [...ids].sort();
}

/** Practices a municipality uses, each with what the source says about it. */
export function werkwijzenVanGemeente<E extends Entry<WerkwijzeData>>(
  werkwijzen: E[],
  gemeente: string,
): { werkwijze: E; toelichting: string; bronnen: Ref[] }[] {
  return werkwijzen
    .flatMap((werkwijze) =>
      werkwijze.data.gebruik
        .filter((u) => u.gemeente.id === gemeente)
        .map((u) => ({ werkwijze, toelichting: u.toelichting, bronnen: u.bronnen })),
    )
    .sort((a, b) => byId(a.werkwijze, b.werkwijze));
}

/** Entries that name a municipality in their `gemeenten` list (lessons, cards). */
export function metGemeente<E extends Entry<{ gemeenten: Ref[] }>>(entries: E[], gemeente: string): E[] {
  return entries.filter((e) => e.data.gemeenten.some((g) => g.id === gemeente)).sort(byId);
}

/** Steps and aandachtspunten a municipality illustrates, in route order. */
export function onderdelenVanGemeente(
  gemeente: Entry<GemeenteData>,
  bank: { lessen: Entry<LesData>[]; kaarten: Entry<KaartData>[]; werkwijzen: Entry<WerkwijzeData>[] },
): OnderdeelSlug[] {
  const found = new Set<OnderdeelSlug>(gemeente.data.stappen);
  for (const les of metGemeente(bank.lessen, gemeente.id)) found.add(les.data.onderdeel);
  for (const kaart of metGemeente(bank.kaarten, gemeente.id)) found.add(kaart.data.onderdeel);
  for (const { werkwijze } of werkwijzenVanGemeente(bank.werkwijzen, gemeente.id)) {
    werkwijze.data.stappen.forEach((s) => found.add(s));
  }
  return (Object.keys(ONDERDELEN) as OnderdeelSlug[]).filter((s) => found.has(s));
}

/** Entries tagged with a theme. */
export function metThema<E extends Entry<{ themas: ThemaSlug[] }>>(entries: E[], thema: ThemaSlug): E[] {
  return entries.filter((e) => e.data.themas.includes(thema)).sort(byId);
}

/** Themes touched by the lessons and cards of a step or aandachtspunt, in dossier order. */
export function themasVanOnderdeel(
  onderdeel: OnderdeelSlug,
  bank: { lessen: Entry<LesData>[]; kaarten: Entry<KaartData>[] },
  volgorde: readonly ThemaSlug[],
): ThemaSlug[] {
  const found = new Set<ThemaSlug>();
  for (const e of [...bank.lessen, ...bank.kaarten]) {
    if (e.data.onderdeel === onderdeel) e.data.themas.forEach((t) => found.add(t));
  }
  return volgorde.filter((t) => found.has(t));
}

/** Unique source ids in first-cited order, from any number of reference lists. */
export function uniekeBronnen(...lijsten: (Ref | Ref[] | undefined)[]): string[] {
  const ids = new Set<string>();
  for (const lijst of lijsten) {
    if (!lijst) continue;
    for (const ref of Array.isArray(lijst) ? lijst : [lijst]) ids.add(ref.id);
  }
  return [...ids];
}
