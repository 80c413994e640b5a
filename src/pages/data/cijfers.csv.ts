import type { APIRoute } from 'astro';
import { cijferReeksen } from '../../lib/infographics/cijfers';
import { bronnenVan, cijfersCsv, csvAntwoord } from '../../lib/infographics/open-data';
import { kennisbank } from '../../lib/kennisbank';

export const GET: APIRoute = async () => {
  const bank = await kennisbank();
  const bronnen = bronnenVan(
    bank.cijfers.map((c) => c.data.bron.id),
    bank.bronnen,
  );
  return csvAntwoord(cijfersCsv(cijferReeksen(bank.cijfers), bronnen));
};
