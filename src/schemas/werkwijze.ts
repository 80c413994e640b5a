import { z } from 'astro/zod';
import { bronnenLijst, onderdeelSchema, tekst, themaSchema, type Reference } from './common';

/** A practice or instrument (content/werkwijzen/<slug>.mdx). */
export const werkwijzeSchema = (reference: Reference) =>
  z.object({
    /** Name of the practice. */
    naam: tekst(),
    /** What it is, in one or two sentences. */
    samenvatting: tekst(),
    /** "Wat werkt" themes it serves. */
    themas: z.array(themaSchema).min(1),
    /** Steps or aandachtspunten where it is used. */
    stappen: z.array(onderdeelSchema).min(1),
    /** Municipalities that use it, each with what the source says. */
    gebruik: z
      .array(
        z.object({
          /** The municipality. */
          gemeente: reference('gemeenten'),
          /** What the source says about its use there. */
          toelichting: tekst(),
          /** Sources for this use. */
          bronnen: bronnenLijst(reference),
        }),
      )
      .default([]),
    /** Sources for the description. */
    bronnen: bronnenLijst(reference),
  });
