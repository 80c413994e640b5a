import { z } from 'astro/zod';
import type { reference as astroReference } from 'astro:content';
import { ONDERDEEL_SLUGS, STAP_SLUGS, THEMA_SLUGS } from '../lib/vocabulary';

/** The `reference()` helper of astro:content, passed in so schemas stay testable outside Astro. */
export type Reference = typeof astroReference;

export const stapSchema = z.enum(STAP_SLUGS);
export const onderdeelSchema = z.enum(ONDERDEEL_SLUGS);
export const themaSchema = z.enum(THEMA_SLUGS);

/** Non-empty trimmed text: an empty string in content is always a mistake. */
export const tekst = () => z.string().trim().min(1, 'mag niet leeg zijn');

/** At least one source: every claim on the site must be traceable. */
export const bronnenLijst = (reference: Reference) => z.array(reference('bronnen')).min(1, 'noem minstens één bron');

/** A statement with the sources it rests on (a werkzame factor, a recommendation). */
export const bewering = (reference: Reference) =>
  z.object({
    /** The statement, in the site's own words. */
    tekst: tekst(),
    /** Sources that support it. */
    bronnen: bronnenLijst(reference),
  });
