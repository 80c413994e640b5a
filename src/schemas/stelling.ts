import { z } from 'astro/zod';
import { onderdeelSchema, tekst, themaSchema, type Reference } from './common';

/**
 * Short ids keep a shared zelfscan link short (?a=i1-2.ib3-0): one to three
 * letters (the code of the step, e.g. "ib") and a number. They are stable:
 * renaming one makes old links drop that answer.
 */
export const STELLING_ID = /^[a-z]{1,3}[0-9]{1,2}$/;

/** One statement of the zelfscan (content/zelfscan/stellingen.json), derived from one lesson. */
export const stellingSchema = (reference: Reference) =>
  z.object({
    /** Short stable id: the step code in lower case and a number, e.g. "i1" or "rv2". */
    id: z.string().regex(STELLING_ID, 'een id is de code van de stap en een nummer, bijvoorbeeld i1 of rv2'),
    /** What a team rates about its own practice, in the "we" form, one short sentence. */
    tekst: tekst().max(200, 'een stelling is één korte zin (hoogstens 200 tekens)'),
    /** The step or aandachtspunt it belongs to; the same as that of its lesson. */
    onderdeel: onderdeelSchema,
    /** "Wat werkt" themes; only themes its lesson has too. */
    themas: z.array(themaSchema).default([]),
    /** The lesson the statement comes from; the result links to it. */
    les: reference('lessen'),
    /** How much a low score counts when choosing improvement points (1 = normal, 2 for a key lesson). */
    gewicht: z.number().int().min(1).max(3).default(1),
  });
