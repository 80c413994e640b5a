import { describe, expect, it } from 'vitest';
import { kaartAdres, kiesUrl, leesKeuze, printUrl, toonId, toonOnbekend } from '../../src/lib/kaart-keuze';
import { stapTeken } from '../../src/lib/kaart-teken';

const BEKEND = ['i-1', 'i-2', 'o-1', 'm-3', 'ib-2'];

describe('leesKeuze: ?kaarten=', () => {
  it('prints every card, in print order, when the URL names none', () => {
    for (const zoek of ['', '?', '?kaarten=', '?kaarten=,,', '?kaarten=%20', '?modus=vouwen', '?andere=1']) {
      const keuze = leesKeuze(zoek, BEKEND);
      expect(keuze.alle, zoek).toBe(true);
      expect(keuze.kaarten).toEqual(BEKEND);
      expect(keuze.onbekend).toEqual([]);
    }
  });

  it('keeps the known ids in the order asked for', () => {
    expect(leesKeuze('?kaarten=m-3,i-1,o-1', BEKEND)).toEqual({
      kaarten: ['m-3', 'i-1', 'o-1'],
      alle: false,
      onbekend: [],
      modus: 'dubbelzijdig',
    });
  });

  it('removes duplicates, also when they differ in case or spaces', () => {
    expect(leesKeuze('?kaarten=i-1,i-1,%20I-1%20,o-1,i-1', BEKEND).kaarten).toEqual(['i-1', 'o-1']);
  });

  it('accepts upper-case numbers as printed on the cards', () => {
    expect(leesKeuze('?kaarten=IB-2,M-3', BEKEND).kaarten).toEqual(['ib-2', 'm-3']);
  });

  it('drops unknown ids and reports each once, as typed', () => {
    const keuze = leesKeuze('?kaarten=i-1,zz-9,ZZ-9,zz-9,i-99', BEKEND);
    expect(keuze.kaarten).toEqual(['i-1']);
    expect(keuze.alle).toBe(false);
    expect(keuze.onbekend).toEqual(['zz-9', 'ZZ-9', 'i-99']);
  });

  it('gives an empty choice, not all cards, when every id is unknown', () => {
    const keuze = leesKeuze('?kaarten=zz-9', BEKEND);
    expect(keuze).toMatchObject({ kaarten: [], alle: false, onbekend: ['zz-9'] });
  });

  it('reads the repeated parameter a checkbox form sends', () => {
    expect(leesKeuze('?kaarten=i-2&kaarten=o-1,m-3', BEKEND).kaarten).toEqual(['i-2', 'o-1', 'm-3']);
  });

  it('treats markup and odd characters as unknown text, never as a card', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const keuze = leesKeuze(`?kaarten=${encodeURIComponent(markup)},i-1`, BEKEND);
    expect(keuze.kaarten).toEqual(['i-1']);
    expect(keuze.onbekend).toEqual([markup]);
    for (const vreemd of ['../i-1', 'i-1/', 'i-1#x', '__proto__', 'constructor', 'i‐1']) {
      expect(leesKeuze(`?kaarten=${encodeURIComponent(vreemd)}`, BEKEND).kaarten, vreemd).toEqual([]);
    }
  });

  it('ignores ids beyond 500 so a huge URL cannot make a huge notice', () => {
    const veel = Array.from({ length: 2000 }, (_, i) => `x-${i}`).join(',');
    expect(leesKeuze(`?kaarten=${veel}`, BEKEND).onbekend).toHaveLength(500);
  });

  it('takes URLSearchParams as well as a string', () => {
    expect(leesKeuze(new URLSearchParams({ kaarten: 'o-1' }), BEKEND).kaarten).toEqual(['o-1']);
  });
});

describe('leesKeuze: ?modus=', () => {
  it('reads the three modes, in any case and with spaces', () => {
    expect(leesKeuze('?modus=vouwen', BEKEND).modus).toBe('vouwen');
    expect(leesKeuze('?modus=ENKELZIJDIG', BEKEND).modus).toBe('enkelzijdig');
    expect(leesKeuze('?modus=%20dubbelzijdig%20', BEKEND)).not.toHaveProperty('modusOngeldig');
  });

  it('falls back to dubbelzijdig and reports an odd value', () => {
    expect(leesKeuze('', BEKEND).modus).toBe('dubbelzijdig');
    expect(leesKeuze('?modus=', BEKEND)).not.toHaveProperty('modusOngeldig');
    const fout = leesKeuze('?modus=duplex', BEKEND);
    expect(fout.modus).toBe('dubbelzijdig');
    expect(fout.modusOngeldig).toBe('duplex');
    expect(leesKeuze('?modus=<b>x</b>', BEKEND).modusOngeldig).toBe('<b>x</b>');
  });

  it('uses the first modus when the parameter repeats', () => {
    expect(leesKeuze('?modus=vouwen&modus=enkelzijdig', BEKEND).modus).toBe('vouwen');
  });
});

describe('URLs', () => {
  it('writes the choice as a comma-separated list and leaves out the default mode', () => {
    expect(printUrl(['i-1', 'i-2', 'm-3'])).toBe('/gesprekskaarten/printen/?kaarten=i-1,i-2,m-3');
    expect(printUrl(['i-1'], 'vouwen')).toBe('/gesprekskaarten/printen/?kaarten=i-1&modus=vouwen');
    expect(printUrl('alle')).toBe('/gesprekskaarten/printen/');
    expect(printUrl([], 'enkelzijdig')).toBe('/gesprekskaarten/printen/?modus=enkelzijdig');
  });

  it('reads back what it writes', () => {
    const url = new URL(printUrl(['m-3', 'i-1'], 'enkelzijdig'), 'http://x');
    expect(leesKeuze(url.search, BEKEND)).toMatchObject({ kaarten: ['m-3', 'i-1'], modus: 'enkelzijdig' });
  });

  it('links back to the overview with the choice ticked', () => {
    expect(kiesUrl(['i-1', 'o-1'])).toBe('/gesprekskaarten/?kaarten=i-1,o-1');
    expect(kiesUrl([])).toBe('/gesprekskaarten/');
    expect(kiesUrl('alle')).toBe('/gesprekskaarten/');
  });
});

describe('text for notices and cards', () => {
  it('shortens long unknown ids and puts them on one line', () => {
    expect(toonId('zz-9')).toBe('zz-9');
    expect(toonId('a\n\tb')).toBe('a b');
    const lang = toonId('x'.repeat(100));
    expect(lang).toHaveLength(40);
    expect(lang.endsWith('…')).toBe(true);
  });

  it('names at most ten unknown ids', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `x-${i}`);
    expect(toonOnbekend(ids)).toEqual([...ids.slice(0, 10), '…']);
    expect(toonOnbekend(['a'])).toEqual(['a']);
  });

  it('prints the card address with the public host, or with … on a local build', () => {
    expect(kaartAdres('i-1', new URL('https://kennisbank.example.nl'))).toBe(
      'kennisbank.example.nl/gesprekskaarten/i-1/',
    );
    expect(kaartAdres('ib-2', new URL('http://localhost:4321'))).toBe('…/gesprekskaarten/ib-2/');
    expect(kaartAdres('o-1')).toBe('…/gesprekskaarten/o-1/');
  });

  it('signs steps with a numbered circle and aandachtspunten with a square, always with words', () => {
    expect(stapTeken('intake')).toEqual({ icoon: '1', vorm: 'rond', label: 'Stap 1 · Intake' });
    expect(stapTeken('nazorg')).toEqual({ icoon: '5', vorm: 'rond', label: 'Stap 5 · Nazorg' });
    expect(stapTeken('inrichting-begeleiding')).toEqual({
      icoon: 'IB',
      vorm: 'vierkant',
      label: 'Aandachtspunt · Inrichting begeleiding',
    });
  });
});
