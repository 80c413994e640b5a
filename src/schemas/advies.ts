import { z } from 'astro/zod';
import { bronnenLijst, onderdeelSchema, tekst, themaSchema, type Reference } from './common';

/** A recommendation for municipalities from a study (content/adviezen.json), e.g. the five KIS advices. */
export const adviesSchema = (reference: Reference) =>
  z.object({
    /** Stable slug. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Position in the list as the study gives it. */
    nummer: z.number().int().min(1),
    /** The advice in one sentence, in the site's own words. */
    tekst: tekst(),
    /** What it means in practice. */
    toelichting: z.string().optional(),
    /** Themes it touches. */
    themas: z.array(themaSchema).default([]),
    /** Steps or aandachtspunten it touches. */
    onderdelen: z.array(onderdeelSchema).default([]),
    /** Sources: the study the advice comes from. */
    bronnen: bronnenLijst(reference),
  });
