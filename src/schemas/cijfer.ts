import { z } from 'astro/zod';
import { tekst, type Reference } from './common';

/** One published figure (content/cijfers.json). */
export const cijferSchema = (reference: Reference) =>
  z.object({
    /** Stable slug. */
    id: z.string().regex(/^[a-z0-9_-]+$/),
    /** Definition: what exactly was counted or measured. */
    definitie: tekst(),
    /** The number itself. */
    waarde: z.number(),
    /** Unit, e.g. "%", "personen", "% van gemeenten". */
    eenheid: tekst(),
    /** Reference year, period or cohort as the source states it. */
    jaar: tekst(),
    /** Who the figure is about. */
    populatie: tekst(),
    /** Source in the bibliography. */
    bron: reference('bronnen'),
    /** Series of figures that share definition and population, so they may share an axis. */
    reeks: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    /** Label of this figure within its series (e.g. "2016" or "18 maanden"). */
    label: z.string().optional(),
    /** True when the source itself marks the figure as uncertain. */
    onzeker: z.boolean().default(false),
  });
