/**
 * Search state in the URL, Pagefind filters and excerpt parsing. Pure functions,
 * shared by the header search and the /zoeken/ page, and unit-tested.
 */

export const FACETTEN = ['type', 'thema', 'stap', 'gemeente'] as const;
export type Facet = (typeof FACETTEN)[number];
export type Filters = Record<Facet, string[]>;

export interface ZoekStaat {
  q: string;
  filters: Filters;
}

/** Longest query we pass on; anything longer is cut, not rejected. */
export const MAX_QUERY = 200;

export function legeFilters(): Filters {
  return { type: [], thema: [], stap: [], gemeente: [] };
}

/**
 * Reads the search state from URL parameters. Unknown parameters and filter
 * values that the index does not know are dropped without complaint, so an
 * old or hand-edited link still opens.
 */
export function leesZoekStaat(params: URLSearchParams, bekend?: Partial<Record<Facet, Iterable<string>>>): ZoekStaat {
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  const filters = legeFilters();
  for (const facet of FACETTEN) {
    const toegestaan = bekend?.[facet] ? new Set(bekend[facet]) : undefined;
    const waarden = params
      .getAll(facet)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v.length > 0 && v.length <= 100 && (!toegestaan || toegestaan.has(v)));
    filters[facet] = [...new Set(waarden)];
  }
  return { q, filters };
}

/** Writes the state back as URL parameters: q first, then each facet value repeated. */
export function schrijfZoekStaat(staat: ZoekStaat): URLSearchParams {
  const params = new URLSearchParams();
  if (staat.q) params.set('q', staat.q);
  for (const facet of FACETTEN) for (const waarde of staat.filters[facet]) params.append(facet, waarde);
  return params;
}

/** Pagefind filter object: OR within a facet (any), AND across facets. */
export function pagefindFilters(filters: Filters, behalve?: Facet): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const facet of FACETTEN) {
    if (facet !== behalve && filters[facet].length > 0) result[facet] = { any: filters[facet] };
  }
  return result;
}

/** Splits a Pagefind excerpt into plain and highlighted parts, so it can be shown without innerHTML. */
export function excerptDelen(excerpt: string): { tekst: string; mark: boolean }[] {
  const delen: { tekst: string; mark: boolean }[] = [];
  const decode = (s: string) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) delen.push({ tekst: decode(excerpt.slice(last, m.index)), mark: false });
    delen.push({ tekst: decode(m[1]!), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) delen.push({ tekst: decode(excerpt.slice(last)), mark: false });
  return delen.filter((d) => d.tekst.length > 0);
}
