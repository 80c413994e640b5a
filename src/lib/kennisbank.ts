/**
 * Loads every collection once per build and offers lookups by id. Pages ask
 * this module for entries; the pure functions in relations.ts link them.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { meldKapotteVerwijzingen, vindKapotteVerwijzingen } from './integrity';
import { AANDACHTSPUNT_SLUGS, STAP_SLUGS } from './vocabulary';

export type Les = CollectionEntry<'lessen'>;
export type Kaart = CollectionEntry<'gesprekskaarten'>;
export type Gemeente = CollectionEntry<'gemeenten'>;
export type Werkwijze = CollectionEntry<'werkwijzen'>;
export type Thema = CollectionEntry<'themas'>;
export type Stap = CollectionEntry<'stappen'>;
export type Aandachtspunt = CollectionEntry<'aandachtspunten'>;
export type Bron = CollectionEntry<'bronnen'>;
export type Cijfer = CollectionEntry<'cijfers'>;
export type Stelling = CollectionEntry<'stellingen'>;

async function load() {
  const [stappen, aandachtspunten, themas, lessen, gemeenten, werkwijzen, kaarten, bronnen, cijfers, adviezen] =
    await Promise.all([
      getCollection('stappen'),
      getCollection('aandachtspunten'),
      getCollection('themas'),
      getCollection('lessen'),
      getCollection('gemeenten'),
      getCollection('werkwijzen'),
      getCollection('gesprekskaarten'),
      getCollection('bronnen'),
      getCollection('cijfers'),
      getCollection('adviezen'),
    ]);
  const [stellingen, zelfscanAdvies] = await Promise.all([
    getCollection('stellingen'),
    getCollection('zelfscanAdvies'),
  ]);
  const kapot = vindKapotteVerwijzingen({
    stappen,
    aandachtspunten,
    themas,
    lessen,
    gemeenten,
    werkwijzen,
    gesprekskaarten: kaarten,
    bronnen,
    cijfers,
    adviezen,
    stellingen,
  });
  if (kapot.length > 0) throw new Error(`Verwijzingen naar onbekende items:\n${meldKapotteVerwijzingen(kapot)}`);
  const order = (slugs: readonly string[]) => (a: { id: string }, b: { id: string }) =>
    slugs.indexOf(a.id) - slugs.indexOf(b.id);
  const byName = (a: Gemeente, b: Gemeente) => a.data.naam.localeCompare(b.data.naam, 'nl');
  return {
    stappen: stappen.sort(order(STAP_SLUGS)),
    aandachtspunten: aandachtspunten.sort(order(AANDACHTSPUNT_SLUGS)),
    themas: themas.sort((a, b) => a.data.nummer - b.data.nummer),
    lessen,
    gemeenten: gemeenten.sort(byName),
    werkwijzen: werkwijzen.sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl')),
    kaarten,
    bronnen,
    cijfers,
    adviezen: adviezen.sort((a, b) => a.data.nummer - b.data.nummer),
    /** Zelfscan statements and answer scale, bands and roles; maakScanData (lib/zelfscan) orders them. */
    stellingen,
    zelfscanAdvies,
  };
}

export type Kennisbank = Awaited<ReturnType<typeof load>>;

let cache: Promise<Kennisbank> | undefined;

/** All collections, loaded once per build. */
export function kennisbank(): Promise<Kennisbank> {
  cache ??= load();
  return cache;
}

/**
 * Looks up an entry by id and fails loudly: a dangling link between entries
 * must stop the build, not render an empty link.
 */
export function vind<T extends { id: string }>(entries: T[], id: string, wat: CollectionKey | string): T {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`Onbekende verwijzing: ${wat} "${id}" bestaat niet.`);
  return entry;
}
