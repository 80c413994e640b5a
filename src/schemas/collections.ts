/**
 * Where each collection lives under content/ and which schema checks it. Both
 * src/content.config.ts (the Astro build) and scripts/lib/load-content.ts (the
 * fast content checker) read this table, so they cannot disagree.
 */
import type { z } from 'astro/zod';
import { adviesSchema } from './advies';
import { bronSchema } from './bron';
import { cijferSchema } from './cijfer';
import type { Reference } from './common';
import { gemeenteSchema } from './gemeente';
import { gesprekskaartSchema } from './gesprekskaart';
import { lesSchema } from './les';
import { onderdeelSchema } from './onderdeel';
import { paginaSchema } from './pagina';
import { stellingSchema } from './stelling';
import { themaSchema } from './thema';
import { werkwijzeSchema } from './werkwijze';
import { zelfscanAdviesSchema } from './zelfscan-advies';

export type CollectionSpec =
  /** One entry per file matching `pattern` inside `folder`. */
  | { loader: 'glob'; folder: string; pattern: string; schema: (reference: Reference) => z.ZodType }
  /** One JSON file holding an array of entries with an `id` each. */
  | { loader: 'file'; file: string; schema: (reference: Reference) => z.ZodType };

export const COLLECTIONS = {
  stappen: { loader: 'glob', folder: 'stappen', pattern: '*.mdx', schema: onderdeelSchema },
  aandachtspunten: { loader: 'glob', folder: 'aandachtspunten', pattern: '*.mdx', schema: onderdeelSchema },
  themas: { loader: 'glob', folder: 'themas', pattern: '*.mdx', schema: themaSchema },
  lessen: { loader: 'glob', folder: 'lessen', pattern: '**/*.json', schema: lesSchema },
  gemeenten: { loader: 'glob', folder: 'gemeenten', pattern: '*.mdx', schema: gemeenteSchema },
  werkwijzen: { loader: 'glob', folder: 'werkwijzen', pattern: '*.mdx', schema: werkwijzeSchema },
  gesprekskaarten: { loader: 'glob', folder: 'gesprekskaarten', pattern: '*.json', schema: gesprekskaartSchema },
  bronnen: { loader: 'file', file: 'bronnen.json', schema: () => bronSchema },
  cijfers: { loader: 'file', file: 'cijfers.json', schema: cijferSchema },
  adviezen: { loader: 'file', file: 'adviezen.json', schema: adviesSchema },
  paginas: { loader: 'glob', folder: 'paginas', pattern: '*.mdx', schema: () => paginaSchema },
  stellingen: { loader: 'file', file: 'zelfscan/stellingen.json', schema: stellingSchema },
  zelfscanAdvies: { loader: 'file', file: 'zelfscan/advies.json', schema: zelfscanAdviesSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
