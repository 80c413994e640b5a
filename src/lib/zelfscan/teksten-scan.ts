/** Zelfscan texts the browser script needs from the start (steps, progress, notices). See teksten-pagina.ts. */
const aantal = (n: number, een: string, meer: string) => (n === 1 ? `1 ${een}` : `${n} ${meer}`);

export const scanTeksten = {
  stapKop: (nummer: number, naam: string) => `Stap ${nummer} van 3: ${naam}`,
  stapNamen: ['Focus', 'Stellingen', 'Resultaat'] as const,
  gewist: 'Alle antwoorden zijn gewist. U begint opnieuw.',
  resultaatFout: 'Het resultaat kon niet worden geladen. Laad de pagina opnieuw; uw antwoorden blijven bewaard.',
  aantalInFocus: (n: number) => `Met deze keuze beoordeelt u ${aantal(n, 'stelling', 'stellingen')}.`,
  voortgang: (beantwoord: number, totaal: number) => `${beantwoord} van ${totaal} beantwoord`,
  groepVan: (nummer: number, totaal: number) => `deel ${nummer} van ${totaal}`,
  vorige: 'Vorige',
  volgende: 'Volgende',
  naarFocus: 'Terug naar de focus',
  naarResultaat: 'Naar het resultaat',
  alles: 'alle thema’s en stappen',
  // Notice about a damaged or tampered link: counts only, nothing from the link is repeated.
  genegeerdBegin: 'Niet alles uit de opgeslagen gegevens of de link kon worden gebruikt. Genegeerd:',
  genegeerd: {
    onbekend: (n: number) =>
      aantal(n, 'antwoord op een stelling die niet (meer) bestaat', 'antwoorden op stellingen die niet (meer) bestaan'),
    ongeldig: (n: number) => aantal(n, 'onleesbaar of dubbel antwoord', 'onleesbare of dubbele antwoorden'),
    focus: (n: number) => aantal(n, 'onbekend thema of onbekende stap', 'onbekende thema’s of stappen'),
    rol: 'een onbekende rol',
    stap: 'een onbekende stap van de scan',
    versie: 'De link komt uit een andere versie van de zelfscan.',
  },
  genegeerdEind: 'De rest staat hieronder.',
} as const;
