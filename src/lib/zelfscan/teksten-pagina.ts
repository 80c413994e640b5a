/**
 * Zelfscan texts that only the page itself (built HTML) uses. The zelfscan's
 * texts are split in three modules so the browser loads only what it needs:
 * these never, teksten-scan.ts at once, teksten-plan.ts with the result.
 */
export const paginaTeksten = {
  titel: 'Zelfscan: hoe staat uw aanpak ervoor?',
  beschrijving:
    'Een zelfscan voor gemeenteteams: beoordeel uw eigen aanpak met stellingen uit de kennisbank en krijg een verbeterplan om te printen.',
  intro:
    'Beoordeel met uw team stellingen over uw aanpak. Elke stelling komt uit een les in deze kennisbank. U krijgt een profiel per thema en per stap, en drie tot vijf verbeterpunten met voorbeelden en gesprekskaarten.',
  privacy:
    'U heeft geen account nodig. Uw antwoorden blijven op uw eigen computer: in het adres van deze pagina (achter het #-teken) en in de opslag van uw browser. Niets gaat naar een server.',
  zonderJs:
    'De interactieve zelfscan werkt met JavaScript. Zonder JavaScript ziet u hieronder alle stellingen als checklist: print de pagina en vul haar op papier in met uw team.',
  stappenLabel: 'Stappen van de zelfscan',
  beginOpnieuw: 'Begin opnieuw',
  focusUitleg: 'Kies de thema’s en stappen die u wilt bekijken. Kiest u niets, dan ziet u alle stellingen.',
  themasKop: 'Thema’s',
  stappenGroep: 'Stappen',
  aandachtspuntenGroep: 'Aandachtspunten',
  rolKop: 'Vanuit welke rol vult u de scan in?',
  geenRol: 'Zeg ik liever niet',
  naarStellingen: 'Naar de stellingen',
  stellingenUitleg:
    'Hoe ver is uw team? Kies bij elke stelling: nog niet, een begin, grotendeels of helemaal. Weet u het niet, kies dan ‘weet niet’.',
  voortgangLabel: 'Voortgang van de zelfscan',
  print: 'Print het plan of bewaar het als pdf',
  aanpassen: 'Antwoorden aanpassen',
} as const;
