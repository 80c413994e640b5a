import type { APIRoute } from 'astro';
import { kennisbank } from '../../lib/kennisbank';
import { bronnenVan, csvAntwoord, praktijkenCsv } from '../../lib/infographics/open-data';
import { praktijkenmatrix } from '../../lib/infographics/praktijkenmatrix';

export const GET: APIRoute = async () => {
  const bank = await kennisbank();
  const m = praktijkenmatrix(bank);
  return csvAntwoord(
    praktijkenCsv(
      m,
      bronnenVan(
        m.gebruik.flatMap((g) => g.bronnen),
        bank.bronnen,
      ),
    ),
  );
};
