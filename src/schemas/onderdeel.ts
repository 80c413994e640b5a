import { z } from 'astro/zod';
import { bronnenLijst, tekst, type Reference } from './common';

/** A step (content/stappen/*.mdx) or an aandachtspunt (content/aandachtspunten/*.mdx). */
export const onderdeelSchema = (reference: Reference) =>
  z.object({
    /** Page title. */
    titel: tekst(),
    /** Position on the route (steps) or in the list (aandachtspunten). */
    volgorde: z.number().int().min(1),
    /** "In het kort": two to four short sentences at B1 level. */
    samenvatting: tekst(),
    /** What a professional can do in this step. */
    doen: z.array(tekst()).min(1),
    /** Common pitfalls. */
    valkuilen: z.array(tekst()).default([]),
    /** Lessons shown first, e.g. in the route infographic. */
    kernlessen: z.array(reference('lessen')).default([]),
    /** Sources for the summary, the advice and the pitfalls. */
    bronnen: bronnenLijst(reference),
  });
