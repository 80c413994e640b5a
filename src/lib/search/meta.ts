/**
 * What the search index learns about a page besides its text: its type and
 * the themes, steps and municipalities it belongs to. Values come from the
 * content model, so the filters on /zoeken/ always match the content.
 */
import { ONDERDELEN, THEMAS, ZOEKTYPES, type OnderdeelSlug, type ThemaSlug, type ZoekType } from '../vocabulary';

export interface ZoekGegevens {
  type: ZoekType;
  themas?: readonly ThemaSlug[];
  onderdelen?: readonly OnderdeelSlug[];
  /** Municipality names (not slugs): they are what users see in the filter. */
  gemeenten?: readonly string[];
  /** Short summary shown under the title in the result list. */
  samenvatting?: string | undefined;
}

export interface ZoekFilterWaarden {
  type: string[];
  thema: string[];
  stap: string[];
  gemeente: string[];
}

export function zoekFilters(g: ZoekGegevens): ZoekFilterWaarden {
  const uniek = (lijst: string[]) => [...new Set(lijst)];
  return {
    type: [ZOEKTYPES[g.type]],
    thema: uniek((g.themas ?? []).map((t) => THEMAS[t].naam)),
    stap: uniek((g.onderdelen ?? []).map((o) => ONDERDELEN[o].naam)),
    gemeente: uniek([...(g.gemeenten ?? [])]).sort((a, b) => a.localeCompare(b, 'nl')),
  };
}
