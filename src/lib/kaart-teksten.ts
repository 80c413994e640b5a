/**
 * Texts of the card chooser (/gesprekskaarten/) and the print page, in Dutch.
 * They are the `kaarten` section of `t` in strings.ts; they live in their own
 * module so the browser scripts of those two pages bundle only these few
 * texts, not every text of the site.
 */
export const kaartTeksten = {
  beschrijving:
    'Gesprekskaarten voor teamoverleg: per stap en aandachtspunt een open vraag, met op de achterkant de les uit onderzoek en vragen om door te praten.',
  kiezenKop: 'Kaarten kiezen om te printen',
  kiezenUitleg: 'Vink kaarten aan, of kies in één keer een hele stap, een aandachtspunt of een thema.',
  filterKop: 'Toon alleen',
  filterOnderdeel: 'Stap of aandachtspunt',
  filterThema: 'Thema',
  alleOnderdelen: 'Alle stappen en aandachtspunten',
  alleThemas: 'Alle thema’s',
  setKop: 'Kies een hele set',
  setKnop: (naam: string, n: number) => `${naam} (${n})`,
  kiesZichtbaar: 'Kies alle zichtbare kaarten',
  wis: 'Keuze wissen',
  kies: 'Kies',
  kiesKaart: (nummer: string) => `kaart ${nummer} om te printen`,
  printKeuze: (n: number) => (n === 1 ? 'Print de gekozen kaart' : `Print de ${n} gekozen kaarten`),
  printAlle: 'Print alle kaarten',
  printDeze: 'Print deze kaart',
  status: (zichtbaar: number, totaal: number, gekozen: number) =>
    `${gekozen === 0 ? 'Nog geen kaarten gekozen.' : gekozen === 1 ? '1 kaart gekozen.' : `${gekozen} kaarten gekozen.`} ${zichtbaar} van ${totaal} kaarten zichtbaar.`,
  geenZichtbaar: 'Geen kaarten bij deze combinatie. Kies een ander thema of een andere stap.',
  printTitel: 'Gesprekskaarten printen',
  printBeschrijving:
    'Print gesprekskaarten op A4: vier kaarten van A6 per vel, met snijtekens, dubbelzijdig, om te vouwen of enkelzijdig.',
  modusKop: 'Hoe print u?',
  modi: {
    dubbelzijdig: 'Dubbelzijdig: voorkanten en achterkanten op de twee kanten van één vel',
    vouwen: 'Vouwen: voorkant en achterkant naast elkaar, twee kaarten per vel',
    enkelzijdig: 'Enkelzijdig: eerst alle voorkanten, daarna alle achterkanten',
  },
  instructieKop: 'Zo komt het goed uit de printer',
  instructie: {
    dubbelzijdig: [
      'Papier: A4, staand.',
      'Dubbelzijdig afdrukken, lange zijde (spiegelen over de lange kant).',
      'Schalen: 100% / werkelijke grootte, niet „aanpassen aan pagina”.',
      'Snij elk vel langs de snijtekens in vier kaarten; elke achterkant zit achter zijn voorkant.',
    ],
    vouwen: [
      'Papier: A4, staand; enkelzijdig afdrukken.',
      'Schalen: 100% / werkelijke grootte, niet „aanpassen aan pagina”.',
      'Snij elk vel horizontaal doormidden en vouw elke strook over de stippellijn in het midden.',
    ],
    enkelzijdig: [
      'Papier: A4, staand; enkelzijdig afdrukken.',
      'Schalen: 100% / werkelijke grootte, niet „aanpassen aan pagina”.',
      'Eerst komen alle voorkanten, daarna alle achterkanten in dezelfde volgorde.',
    ],
  },
  afdrukken: 'Afdrukken',
  aanpassen: 'Andere kaarten kiezen',
  zonderJs: 'Zonder JavaScript print deze pagina alle kaarten, dubbelzijdig.',
  samenvatting: (kaarten: number, paginas: number) =>
    `${kaarten === 1 ? '1 kaart' : `${kaarten} kaarten`} op ${paginas === 1 ? '1 bladzijde' : `${paginas} bladzijden`} A4.`,
  onbekend: (ids: string[]) =>
    `${ids.length === 1 ? 'Deze kaart bestaat niet en is overgeslagen' : 'Deze kaarten bestaan niet en zijn overgeslagen'}: ${ids.join(', ')}.`,
  modusOngeldig: (modus: string) => `Onbekende manier van printen „${modus}”: de pagina print dubbelzijdig.`,
  geenKaarten: 'Er zijn geen kaarten gekozen.',
  vel: (nr: number, totaal: number, wat: string) => `Vel ${nr} van ${totaal}: ${wat}`,
  velSoort: {
    voor: 'voorkanten',
    achter: 'achterkanten',
    gespiegeld: 'achterkanten, links en rechts verwisseld voor dubbelzijdig printen',
    vouw: 'voor- en achterkanten naast elkaar, om te vouwen',
  },
  stap: (nummer: number, naam: string) => `Stap ${nummer} · ${naam}`,
  aandachtspunt: (naam: string) => `Aandachtspunt · ${naam}`,
} as const;
