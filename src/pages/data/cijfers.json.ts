import type { APIRoute } from 'astro';
import { cijferReeksen } from '../../lib/infographics/cijfers';
import { bronnenVan, jsonAntwoord } from '../../lib/infographics/open-data';
import { kennisbank } from '../../lib/kennisbank';
import { t } from '../../lib/strings';

export const GET: APIRoute = async () => {
  const bank = await kennisbank();
  const data = cijferReeksen(bank.cijfers);
  const bronnen = bronnenVan(
    bank.cijfers.map((c) => c.data.bron.id),
    bank.bronnen,
  );
  return jsonAntwoord({ beschrijving: t.grafiek.data.cijfers, ...data, bronnen });
};
