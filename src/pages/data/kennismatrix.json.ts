import type { APIRoute } from 'astro';
import { kennisbank } from '../../lib/kennisbank';
import { kennismatrix, KLASSE_VAN_SOORT } from '../../lib/infographics/kennismatrix';
import { jsonAntwoord } from '../../lib/infographics/open-data';
import { t } from '../../lib/strings';

export const GET: APIRoute = async () => {
  const bank = await kennisbank();
  const m = kennismatrix({ lessen: bank.lessen, kaarten: bank.kaarten, bronnen: bank.bronnen });
  return jsonAntwoord({ beschrijving: t.grafiek.data.kennis, klasseVanSoort: KLASSE_VAN_SOORT, ...m });
};
