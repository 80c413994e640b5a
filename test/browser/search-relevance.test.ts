/**
 * Realistic queries from policy officers and job coaches (test/zoekvragen.json)
 * must put the expected page in the top 3. At least 90% must hit; the test
 * prints every miss so the list and the content can be improved.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage } from '../support/browser';

interface Zoekvraag {
  q: string;
  verwacht: string;
  wie: string;
}

const vragen: Zoekvraag[] = JSON.parse(readFileSync('test/zoekvragen.json', 'utf8'));

describe('search relevance', () => {
  it('lists at least 20 realistic queries', () => {
    expect(vragen.length).toBeGreaterThanOrEqual(20);
  });

  it('puts the expected page in the top 3 for at least 90% of the queries', async () => {
    const page = await openPage('/zoeken/');
    const missers: string[] = [];
    for (const vraag of vragen) {
      await page.goto(new URL(`/zoeken/?${new URLSearchParams({ q: vraag.q })}`, page.url()).href);
      await page.waitForFunction(() => {
        const status = document.querySelector('#zoek-status')?.textContent ?? '';
        return /resulta/.test(status) && !status.includes('Zoeken…');
      });
      const top3 = (
        await page
          .locator('[data-resultaten] .zoekresultaat-titel')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
      ).slice(0, 3);
      if (!top3.includes(vraag.verwacht)) missers.push(`"${vraag.q}" → ${vraag.verwacht}; top 3: ${top3.join(', ')}`);
    }
    await page.context().close();
    const raak = vragen.length - missers.length;
    console.log(`Zoekvragen in top 3: ${raak} van ${vragen.length}${missers.length ? `\n${missers.join('\n')}` : ''}`);
    expect(raak / vragen.length, missers.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
