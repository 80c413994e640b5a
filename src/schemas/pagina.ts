import { z } from 'astro/zod';
import { tekst } from './common';

/** A free-standing text page such as /over/ (content/paginas/<slug>.mdx). */
export const paginaSchema = z.object({
  /** Page title. */
  titel: tekst(),
  /** One-sentence description for search engines and the page header. */
  beschrijving: tekst().max(200),
});
