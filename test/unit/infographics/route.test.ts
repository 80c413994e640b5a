import { describe, expect, it } from 'vitest';
import { routeData, routeLabel, routeSamenvatting, type RouteBank } from '../../../src/lib/infographics/route';
import { gemeente, gebruik, kaart, les, onderdeel, ref, werkwijze } from './fixtures';

const leeg: RouteBank = { stappen: [], aandachtspunten: [], lessen: [], kaarten: [], werkwijzen: [], gemeenten: [] };

describe('routeData', () => {
  it('always has the five steps and four aandachtspunten in order, even without content', () => {
    const data = routeData(leeg);
    expect(data.stappen.map((d) => d.slug)).toEqual(['intake', 'orientatie', 'activering', 'matching', 'nazorg']);
    expect(data.aandachtspunten.map((d) => d.slug)).toEqual([
      'gezondheid',
      'inrichting-begeleiding',
      'reflecteren',
      'randvoorwaarden',
    ]);
    expect(data.stappen.map((d) => d.nummer)).toEqual([1, 2, 3, 4, 5]);
    for (const d of [...data.stappen, ...data.aandachtspunten]) {
      expect([d.lessen, d.kaarten, d.gemeenten, d.kernlessen.length, d.href]).toEqual([0, 0, 0, 0, null]);
    }
    expect(data.stappen[1]!.naam).toBe('Oriëntatie');
  });

  it('counts a single lesson, card and municipality and links to the page that exists', () => {
    const data = routeData({
      ...leeg,
      stappen: [onderdeel('intake', 'Intake en kennismaking')],
      lessen: [les('intake/a', { gemeenten: [ref('utrecht')] })],
      kaarten: [kaart('i-1')],
      gemeenten: [gemeente('utrecht')],
    });
    const intake = data.stappen[0]!;
    expect(intake).toMatchObject({ naam: 'Intake en kennismaking', href: '/stappen/intake/' });
    expect([intake.lessen, intake.kaarten, intake.gemeenten]).toEqual([1, 1, 1]);
    expect(intake.kernlessen).toEqual([
      { id: 'intake/a', tekst: 'Les intake/a', href: '/stappen/intake/#les-intake--a' },
    ]);
    expect(data.stappen[1]!.href).toBeNull();
  });

  it('uses the step’s own key lessons in their order, else its first lessons', () => {
    const lessen = ['e', 'd', 'c', 'b', 'a'].map((x) => les(`intake/${x}`));
    const metKern = routeData({ ...leeg, stappen: [onderdeel('intake', 'Intake', ['intake/d', 'intake/b'])], lessen });
    expect(metKern.stappen[0]!.kernlessen.map((l) => l.id)).toEqual(['intake/d', 'intake/b']);
    const zonder = routeData({ ...leeg, stappen: [onderdeel('intake', 'Intake')], lessen });
    expect(zonder.stappen[0]!.kernlessen.map((l) => l.id)).toEqual(['intake/a', 'intake/b', 'intake/c']);
    expect(zonder.stappen[0]!.lessen).toBe(5);
  });

  it('counts municipalities once, from lessons, cards, practices and municipal pages', () => {
    const data = routeData({
      ...leeg,
      lessen: [les('matching/a', { onderdeel: 'matching', gemeenten: [ref('a'), ref('b')] })],
      kaarten: [kaart('m-1', { onderdeel: 'matching', gemeenten: [ref('b')] })],
      werkwijzen: [werkwijze('w', { stappen: ['matching'], gebruik: [gebruik('c')] })],
      gemeenten: [gemeente('d', 'd', ['matching']), gemeente('e', 'e', ['intake'])],
    });
    expect(data.stappen[3]!.gemeenten).toBe(4);
    expect(data.stappen[0]!.gemeenten).toBe(1);
  });

  it('names marks and summarises the route in words', () => {
    const data = routeData({
      ...leeg,
      lessen: [les('nazorg/a', { onderdeel: 'nazorg' }), les('nazorg/b', { onderdeel: 'nazorg' })],
    });
    expect(routeLabel(data.stappen[4]!)).toBe('Stap 5, Nazorg: 2 lessen, 0 kaarten, 0 gemeenten');
    expect(routeLabel(data.aandachtspunten[0]!)).toMatch(/^Aandachtspunt Gezondheid: 0 lessen/);
    const tekst = routeSamenvatting(data);
    expect(tekst).toContain('Intake (0 lessen), Oriëntatie (0 lessen)');
    expect(tekst).toContain('De meeste lessen horen bij Nazorg.');
    expect(routeSamenvatting(routeData(leeg))).not.toContain('De meeste lessen');
  });
});
