/**
 * /zelfscan/hulp.json: per statement the lesson, municipalities, practices and
 * cards the improvement plan links to. The result fetches it when it is shown,
 * so the page and its first script stay small; it is a static file and the
 * request carries nothing about the visitor's answers.
 */
import type { APIRoute } from 'astro';
import { kennisbank } from '../../lib/kennisbank';
import { hulpData, maakScanData } from '../../lib/zelfscan/data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(hulpData(maakScanData(await kennisbank()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
