import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { COLLECTIONS } from './schemas/collections';

const inFolder = (spec: { folder: string; pattern: string }) =>
  glob({ pattern: spec.pattern, base: `${contentDir}/${spec.folder}` });
const inFile = (spec: { file: string }) => file(`${contentDir}/${spec.file}`);
const {
  stappen,
  aandachtspunten,
  themas,
  lessen,
  gemeenten,
  werkwijzen,
  gesprekskaarten,
  bronnen,
  cijfers,
  adviezen,
  paginas,
  stellingen,
  zelfscanAdvies,
} = COLLECTIONS;

export const collections = {
  stappen: defineCollection({ loader: inFolder(stappen), schema: stappen.schema(reference) }),
  aandachtspunten: defineCollection({ loader: inFolder(aandachtspunten), schema: aandachtspunten.schema(reference) }),
  themas: defineCollection({ loader: inFolder(themas), schema: themas.schema(reference) }),
  lessen: defineCollection({ loader: inFolder(lessen), schema: lessen.schema(reference) }),
  gemeenten: defineCollection({ loader: inFolder(gemeenten), schema: gemeenten.schema(reference) }),
  werkwijzen: defineCollection({ loader: inFolder(werkwijzen), schema: werkwijzen.schema(reference) }),
  gesprekskaarten: defineCollection({ loader: inFolder(gesprekskaarten), schema: gesprekskaarten.schema(reference) }),
  bronnen: defineCollection({ loader: inFile(bronnen), schema: bronnen.schema() }),
  cijfers: defineCollection({ loader: inFile(cijfers), schema: cijfers.schema(reference) }),
  adviezen: defineCollection({ loader: inFile(adviezen), schema: adviezen.schema(reference) }),
  paginas: defineCollection({ loader: inFolder(paginas), schema: paginas.schema() }),
  stellingen: defineCollection({ loader: inFile(stellingen), schema: stellingen.schema(reference) }),
  zelfscanAdvies: defineCollection({ loader: inFile(zelfscanAdvies), schema: zelfscanAdvies.schema() }),
};
