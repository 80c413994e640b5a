import type { APIRoute } from 'astro';
import { kennisbank } from '../../lib/kennisbank';
import { bronnenVan, jsonAntwoord } from '../../lib/infographics/open-data';
import { praktijkenmatrix } from '../../lib/infographics/praktijkenmatrix';
import { t } from '../../lib/strings';

export const GET: APIRoute = async () => {
  const bank = await kennisbank();
  const m = praktijkenmatrix(bank);
  const bronnen = bronnenVan(
    m.gebruik.flatMap((g) => g.bronnen),
    bank.bronnen,
  );
  return jsonAntwoord({ beschrijving: t.grafiek.data.praktijken, ...m, bronnen });
};
