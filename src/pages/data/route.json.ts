import type { APIRoute } from 'astro';
import { kennisbank } from '../../lib/kennisbank';
import { jsonAntwoord } from '../../lib/infographics/open-data';
import { routeData } from '../../lib/infographics/route';
import { t } from '../../lib/strings';

export const GET: APIRoute = async () =>
  jsonAntwoord({ beschrijving: t.grafiek.data.route, ...routeData(await kennisbank()) });
