import { z } from 'astro/zod';
import { bronnenLijst, onderdeelSchema, tekst, themaSchema, type Reference } from './common';

/** One lesson (content/lessen/<onderdeel>/<id>.json): one short statement. */
export const lesSchema = (reference: Reference) =>
  z.object({
    /** The lesson itself, one sentence in the site's own words. */
    tekst: tekst().max(240, 'een les is één korte zin (hoogstens 240 tekens)'),
    /** Optional detail for professionals. */
    toelichting: z.string().optional(),
    /** The step or aandachtspunt the lesson belongs to. */
    onderdeel: onderdeelSchema,
    /** "Wat werkt" themes the lesson touches. */
    themas: z.array(themaSchema).default([]),
    /** Sources the lesson rests on. */
    bronnen: bronnenLijst(reference),
    /** Municipalities whose practice illustrates the lesson. */
    gemeenten: z.array(reference('gemeenten')).default([]),
  });
