/** Small, hand-made zelfscan data for the unit tests: four statements, the real scale and bands. */
import type { Band, Rol, SchaalOptie, ScanStelling } from '../../src/lib/zelfscan/model';

const leeg = { les: { naam: 'les', href: '/stappen/intake/#les-x' }, gemeenten: [], werkwijzen: [], kaarten: [] };

export const STELLINGEN: ScanStelling[] = [
  { id: 'i1', tekst: 'Vroeg', onderdeel: 'intake', themas: [], gewicht: 2, ...leeg },
  { id: 'i2', tekst: 'Breed', onderdeel: 'intake', themas: ['opleiding-en-vaardigheden'], gewicht: 1, ...leeg },
  { id: 'a1', tekst: 'Taal en werk', onderdeel: 'activering', themas: ['taalvaardigheid'], gewicht: 2, ...leeg },
  {
    id: 'm1',
    tekst: 'Werkgever',
    onderdeel: 'matching',
    themas: ['bemiddeling-werkgever', 'taalvaardigheid'],
    gewicht: 1,
    ...leeg,
  },
];

export const SCHAAL: SchaalOptie[] = [
  { id: 'nog-niet', label: 'Nog niet', waarde: 0 },
  { id: 'een-begin', label: 'Een begin', waarde: 1 },
  { id: 'grotendeels', label: 'Grotendeels', waarde: 2 },
  { id: 'helemaal', label: 'Helemaal', waarde: 3 },
  { id: 'weet-niet', label: 'Weet niet', waarde: null, advies: 'Zoek het uit.' },
];

export const BANDEN: Band[] = [
  { id: 'laag', van: 0, tot: 1, label: 'Laag', profiel: '{naam}: {score}', actie: 'Begin bij {onderdeel}.' },
  { id: 'op-weg', van: 1, tot: 2, label: 'Op weg', profiel: '{naam}: {score}', actie: 'Ga door.' },
  { id: 'hoog', van: 2, tot: 3, label: 'Hoog', profiel: '{naam}: {score}', actie: 'Houd vast.' },
];

export const ROLLEN: Rol[] = [{ id: 'beleid', label: 'Beleid', uitleg: 'Vanuit beleid.' }];

export const BEKEND = { stellingen: STELLINGEN.map((s) => s.id), rollen: ROLLEN.map((r) => r.id) };
