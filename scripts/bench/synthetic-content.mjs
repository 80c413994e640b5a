// Writes a copy of content/ plus synthetic municipal examples and cards, to
// measure how the build scales. The synthetic entries reuse real sources and
// lessons so every reference resolves; their text is marked as test data.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAPPEN = ['intake', 'orientatie', 'activering', 'matching', 'nazorg'];
const CODES = { intake: 'i', orientatie: 'o', activering: 'a', matching: 'm', nazorg: 'n' };

/** Copies content/ to `target` and adds `aantal` entries: half municipalities, half cards. */
export function synthetischeContent(target, aantal) {
  cpSync('content', target, { recursive: true });
  const bron = JSON.parse(readFileSync('content/bronnen.json', 'utf8'))[0].id;
  const lessen = Object.fromEntries(
    STAPPEN.map((stap) => [
      stap,
      readdirSync(join('content/lessen', stap)).map((f) => `${stap}/${f.replace(/\.json$/, '')}`),
    ]),
  );
  const gemeenten = Math.floor(aantal / 2);
  mkdirSync(join(target, 'gemeenten'), { recursive: true });
  for (let i = 1; i <= gemeenten; i++) {
    const stap = STAPPEN[i % STAPPEN.length];
    writeFileSync(
      join(target, 'gemeenten', `testgemeente-${i}.mdx`),
      `---\nnaam: Testgemeente ${i}\nprovincie: Utrecht\nsamenvatting: Testgegevens voor de meting van de build. Geen echte gemeente.\nstappen: [${stap}]\nbronnen: [${bron}]\n---\n\n## Aanpak\n\nTestgegevens nummer ${i} voor de stap ${stap}. Deze pagina bestaat alleen in de meting.\n`,
    );
  }
  for (let i = 1; i <= aantal - gemeenten; i++) {
    const stap = STAPPEN[i % STAPPEN.length];
    const volgnummer = 1000 + i;
    const kaart = {
      onderdeel: stap,
      volgnummer,
      vraag: `Testvraag ${i}: hoe pakken wij dit aan in stap ${stap}?`,
      achtergrond: 'Testgegevens voor de meting van de build; geen echte gesprekskaart.',
      vervolgvragen: ['Wat gaat goed?', 'Wat kan beter?'],
      les: lessen[stap][i % lessen[stap].length],
      themas: [],
      gemeenten: [`testgemeente-${1 + (i % gemeenten)}`],
      bronnen: [bron],
    };
    writeFileSync(join(target, 'gesprekskaarten', `${CODES[stap]}-${volgnummer}.json`), JSON.stringify(kaart));
  }
}
