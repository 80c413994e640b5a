import { z } from 'astro/zod';
import { tekst } from './common';

/** Placeholders an advice template may use; the zelfscan fills them in. */
export const ADVIES_PLEKKEN = ['naam', 'score', 'onderdeel'] as const;

/** A text with {placeholders}; an unknown placeholder is a typo that would show on screen. */
const sjabloon = () =>
  tekst().refine(
    (s) => [...s.matchAll(/\{([^}]*)\}/g)].every((m) => (ADVIES_PLEKKEN as readonly string[]).includes(m[1]!)),
    `gebruik alleen de plekken ${ADVIES_PLEKKEN.map((p) => `{${p}}`).join(', ')}`,
  );

const id = () => z.string().regex(/^[a-z0-9-]+$/);

/** One option of the answer scale. */
const antwoord = z.object({
  /** Stable slug. */
  id: id(),
  /** Kind of entry: an option of the answer scale. */
  soort: z.literal('antwoord'),
  /** The label next to the radio button, e.g. "Een begin". */
  label: tekst(),
  /** Score 0-3; null for "weet niet", which is left out of every average. */
  waarde: z.number().int().min(0).max(3).nullable(),
  /** For "weet niet": what the plan advises for such statements. */
  advies: tekst().optional(),
});

/** A score band: how an average (of a theme or step) or a single answer turns into advice. */
const band = z
  .object({
    /** Stable slug. */
    id: id(),
    /** Kind of entry: a score band. */
    soort: z.literal('band'),
    /** Lowest score in the band (inclusive). */
    van: z.number().min(0).max(3),
    /** Highest score (exclusive, except for the band that ends at 3). */
    tot: z.number().min(0).max(3),
    /** Short verdict shown in the profile table, e.g. "Op weg". */
    label: tekst(),
    /** Advice for a theme or step in this band; may use {naam} and {score}. */
    profiel: sjabloon(),
    /** Advice for one improvement point answered in this band; may use {onderdeel}. */
    actie: sjabloon(),
  })
  .refine((b) => b.van < b.tot, { message: 'van moet kleiner zijn dan tot', path: ['tot'] });

/** A role the team fills in the scan from. */
const rol = z.object({
  /** Stable slug; it is written in the shared link. */
  id: id(),
  /** Kind of entry: a role. */
  soort: z.literal('rol'),
  /** Name of the role. */
  label: tekst(),
  /** A line in the plan for teams in this role. */
  uitleg: tekst(),
});

/** content/zelfscan/advies.json: the answer scale, the score bands with their advice, and the roles. */
export const zelfscanAdviesSchema = () => z.discriminatedUnion('soort', [antwoord, band, rol]);

export type ZelfscanAdviesItem = z.infer<ReturnType<typeof zelfscanAdviesSchema>>;
