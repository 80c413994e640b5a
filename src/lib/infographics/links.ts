/** Addresses the infographics link to; one place so charts, panels and open data agree. */
import { lesAnker } from '../relations';
import { onderdeelHref, type OnderdeelSlug } from '../vocabulary';

/** A lesson sits on the page of its step or aandachtspunt, with the anchor lesAnker() gives it (see LesLijst.astro). */
export function lesHref(les: { id: string; data: { onderdeel: OnderdeelSlug } }): string {
  return `${onderdeelHref(les.data.onderdeel)}#${lesAnker(les.id)}`;
}

export const gemeenteHref = (id: string): string => `/gemeenten/${id}/`;
export const werkwijzeHref = (id: string): string => `/werkwijzen/${id}/`;
export const themaHref = (id: string): string => `/wat-werkt/${id}/`;
