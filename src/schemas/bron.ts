import { z } from 'astro/zod';
import { BRONSOORTEN } from '../lib/vocabulary';
import { tekst } from './common';

/** One entry of the bibliography (content/bronnen.json). */
export const bronSchema = z.object({
  /** Stable slug, used as anchor on /bronnen/ and in every citation. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'alleen kleine letters, cijfers en streepjes'),
  /** Title as published. */
  titel: tekst(),
  /** Personal authors; empty when only an organisation is named. */
  auteurs: z.array(tekst()).default([]),
  /** Publishing organisation (or medium for news). */
  uitgever: tekst(),
  /** Year of publication; null when the source gives none. */
  jaar: z.number().int().min(1990).max(2100).nullable(),
  /** Fuller date as the source gives it, e.g. "20 januari 2021". */
  datum: z.string().optional(),
  /** Where the text can be read. */
  url: z.url(),
  /** Kind of publication or study. */
  soort: z.enum(BRONSOORTEN),
  /** What about this entry could not be confirmed (shown as "onzeker"). */
  onzeker: z.string().optional(),
});
export type Bron = z.infer<typeof bronSchema>;
