/**
 * Thin wrapper around Pagefind's browser API. Loaded only when a visitor
 * starts to search; Pagefind itself is fetched from /pagefind/ at that moment.
 */
import { FACETTEN, pagefindFilters, type Facet, type Filters } from '../../lib/search/query';

export interface Resultaat {
  url: string;
  titel: string;
  excerpt: string;
  type: string;
  samenvatting: string;
  gemeente: string;
}

interface PagefindHit {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

interface PagefindResponse {
  results: PagefindHit[];
  filters: Record<string, Record<string, number>>;
}

interface PagefindApi {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: object) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let api: Promise<PagefindApi> | undefined;

function pagefind(): Promise<PagefindApi> {
  // The path is resolved by the browser at run time: Pagefind is written after the site is built.
  const url = '/pagefind/pagefind.js';
  api ??= import(/* @vite-ignore */ url).then(async (pf: PagefindApi) => {
    await pf.options({ excerptLength: 22, ranking: { termFrequency: 0.8, pageLength: 0.1 } });
    await pf.init();
    // Pagefind reports filter counts with a search only after its filter index is loaded.
    await pf.filters();
    return pf;
  });
  return api;
}

export interface Zoekuitkomst {
  totaal: number;
  resultaten: PagefindHit[];
  /** Per facet, the number of results for each value if that value were chosen (OR within the facet). */
  aantallen: Record<Facet, Record<string, number>>;
}

/** Runs one search. With an empty query and no filters it returns nothing. */
export async function zoek(q: string, filters: Filters): Promise<Zoekuitkomst> {
  const pf = await pagefind();
  const leeg = Object.fromEntries(FACETTEN.map((f) => [f, {}])) as Record<Facet, Record<string, number>>;
  const heeftFilters = FACETTEN.some((f) => filters[f].length > 0);
  if (!q && !heeftFilters) return { totaal: 0, resultaten: [], aantallen: leeg };
  const term = q || null;
  const hoofd = await pf.search(term, { filters: pagefindFilters(filters) });
  // Counts for a facet ignore that facet's own choice, so values within it widen the result (OR).
  const perFacet = await Promise.all(
    FACETTEN.map((f) => (filters[f].length ? pf.search(term, { filters: pagefindFilters(filters, f) }) : hoofd)),
  );
  const aantallen = leeg;
  FACETTEN.forEach((f, i) => (aantallen[f] = perFacet[i]?.filters[f] ?? {}));
  const resultaten = hoofd?.results ?? [];
  return { totaal: resultaten.length, resultaten, aantallen };
}

/** All filter values in the index with their total counts, for the facet lists. */
export async function alleFilters(): Promise<Record<string, Record<string, number>>> {
  return (await pagefind()).filters();
}

/** Loads the display data of a result. */
export async function laadResultaat(hit: PagefindHit): Promise<Resultaat> {
  const d = await hit.data();
  return {
    url: d.url,
    titel: d.meta['title'] ?? d.url,
    excerpt: d.excerpt,
    type: d.meta['type'] ?? '',
    samenvatting: d.meta['samenvatting'] ?? '',
    gemeente: d.meta['gemeente'] ?? '',
  };
}
