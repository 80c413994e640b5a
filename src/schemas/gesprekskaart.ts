import { z } from 'astro/zod';
import { bronnenLijst, onderdeelSchema, tekst, themaSchema, type Reference } from './common';

/** One conversation card (content/gesprekskaarten/<code>-<n>.json, e.g. i-1.json). */
export const gesprekskaartSchema = (reference: Reference) =>
  z.object({
    /** Step or aandachtspunt; with `volgnummer` it makes the card number (I-1). */
    onderdeel: onderdeelSchema,
    /** Position within its step or aandachtspunt. */
    volgnummer: z.number().int().min(1),
    /** Front: one open question for a team to discuss. */
    vraag: tekst().max(200, 'de vraag moet op de voorkant passen (hoogstens 200 tekens)'),
    /** Back: why it matters, in a few sentences. */
    achtergrond: tekst().max(600, 'de achtergrond moet op de achterkant passen (hoogstens 600 tekens)'),
    /** Back: two or three follow-up questions. */
    vervolgvragen: z.array(tekst()).min(2).max(3),
    /** The lesson behind the card. */
    les: reference('lessen'),
    /** "Wat werkt" themes the card touches. */
    themas: z.array(themaSchema).default([]),
    /** Municipal examples that help the discussion. */
    gemeenten: z.array(reference('gemeenten')).default([]),
    /** Sources behind the background text. */
    bronnen: bronnenLijst(reference),
  });
