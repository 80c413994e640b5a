import { z } from 'astro/zod';
import { bronnenLijst, stapSchema, tekst, type Reference } from './common';

export const PROVINCIES = [
  'Drenthe',
  'Flevoland',
  'Friesland',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const;

/** One municipal example (content/gemeenten/<slug>.mdx); the body holds the approach per step. */
export const gemeenteSchema = (reference: Reference) =>
  z.object({
    /** Name of the municipality. */
    naam: tekst(),
    /** Province. */
    provincie: z.enum(PROVINCIES),
    /** Motto or vision in a few words; a quotation needs its source. */
    motto: z.object({ tekst: tekst(), bron: reference('bronnen') }).optional(),
    /** "In het kort" at B1 level. */
    samenvatting: tekst(),
    /** Steps of the route that the approach illustrates. */
    stappen: z.array(stapSchema).default([]),
    /** Organisations the municipality works with. */
    partners: z.array(tekst()).default([]),
    /** Results, each with year and source; figures link to the cijfers collection. */
    resultaten: z
      .array(
        z.object({
          /** What was achieved, in words. */
          tekst: tekst(),
          /** Year or period the result refers to. */
          jaar: tekst(),
          /** Source of the result. */
          bron: reference('bronnen'),
          /** The published figure behind it, if any. */
          cijfer: reference('cijfers').optional(),
        }),
      )
      .default([]),
    /** What other municipalities can take from this approach. */
    lessenVoorAnderen: z.array(tekst()).default([]),
    /** Sources for the page as a whole. */
    bronnen: bronnenLijst(reference),
  });
