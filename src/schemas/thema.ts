import { z } from 'astro/zod';
import { bewering, bronnenLijst, onderdeelSchema, tekst, type Reference } from './common';

/** One "Wat werkt" theme (content/themas/<slug>.mdx). */
export const themaSchema = (reference: Reference) =>
  z.object({
    /** Page title. */
    titel: tekst(),
    /** Number of the theme in the dossier (1-5). */
    nummer: z.number().int().min(1).max(5),
    /** "In het kort" at B1 level. */
    samenvatting: tekst(),
    /** Factors that research links to better outcomes. */
    werkzameFactoren: z.array(bewering(reference)).min(1),
    /** Recommendations for municipalities and professionals. */
    aanbevelingen: z.array(bewering(reference)).min(1),
    /** What the theme means in a given step or aandachtspunt. */
    perOnderdeel: z.array(z.object({ onderdeel: onderdeelSchema, tekst: tekst() })).default([]),
    /** Sources for the page as a whole. */
    bronnen: bronnenLijst(reference),
  });
