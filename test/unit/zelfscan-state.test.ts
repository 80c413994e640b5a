import { describe, expect, it } from 'vitest';
import { LEGE_STATE, type ScanState } from '../../src/lib/zelfscan/model';
import { codeer, decodeer, heeftState, ietsGenegeerd, inFocus, NIETS_GENEGEERD } from '../../src/lib/zelfscan/state';
import { BEKEND, STELLINGEN } from './zelfscan-fixture';

const VOL: ScanState = {
  stap: 3,
  focus: { themas: ['taalvaardigheid', 'bemiddeling-werkgever'], onderdelen: ['intake', 'inrichting-begeleiding'] },
  rol: 'beleid',
  antwoorden: { i1: 2, i2: 'x', a1: 0, m1: 3 },
};

describe('zelfscan state in the URL', () => {
  it('writes a short, readable query string with only URL-safe characters', () => {
    const q = codeer(VOL, BEKEND);
    expect(q).toBe('v=1&s=3&f=t1.t5.i.ib&r=beleid&a=i1-2.i2-x.a1-0.m1-3');
    expect(new URLSearchParams(q).toString()).toBe(q);
  });

  it('leaves out empty parts', () => {
    expect(codeer(LEGE_STATE, BEKEND)).toBe('v=1');
  });

  it('reads back what it wrote (round trip), with or without "?"', () => {
    const q = codeer(VOL, BEKEND);
    for (const zoek of [q, `?${q}`]) {
      const { state, genegeerd } = decodeer(zoek, BEKEND);
      expect(state).toEqual(VOL);
      expect(genegeerd).toEqual(NIETS_GENEGEERD);
    }
  });

  it('round-trips every single answer value and the empty state', () => {
    for (const waarde of [0, 1, 2, 3, 'x'] as const) {
      const state: ScanState = { ...LEGE_STATE, stap: 2, antwoorden: { a1: waarde } };
      expect(decodeer(codeer(state, BEKEND), BEKEND).state).toEqual(state);
    }
    expect(decodeer(codeer(LEGE_STATE, BEKEND), BEKEND).state).toEqual(LEGE_STATE);
  });

  it('knows whether a query string carries zelfscan state', () => {
    expect(heeftState('')).toBe(false);
    expect(heeftState('?utm=x')).toBe(false);
    expect(heeftState('?a=i1-2')).toBe(true);
    expect(heeftState('?v=1')).toBe(true);
  });
});

describe('zelfscan state from a damaged or tampered link', () => {
  it('drops answers to unknown statements and counts them', () => {
    const { state, genegeerd } = decodeer('a=i1-2.zz9-1.i99-3', BEKEND);
    expect(state.antwoorden).toEqual({ i1: 2 });
    expect(genegeerd.onbekend).toBe(2);
    expect(ietsGenegeerd(genegeerd)).toBe(true);
  });

  it('drops values out of range or of the wrong kind', () => {
    const { state, genegeerd } = decodeer('a=i1-4.i2--1.a1-9.m1-y.i1-22', BEKEND);
    expect(state.antwoorden).toEqual({});
    expect(genegeerd.ongeldig).toBe(5);
  });

  it('keeps the first answer when an id repeats', () => {
    const { state, genegeerd } = decodeer('a=i1-2.i1-0', BEKEND);
    expect(state.antwoorden).toEqual({ i1: 2 });
    expect(genegeerd.ongeldig).toBe(1);
  });

  it('never lets markup through: it is counted, not kept or repeated', () => {
    const boos = '<img src=x onerror=alert(1)>';
    const zoek = new URLSearchParams({ a: `i1-1.${boos}`, f: boos, r: boos, s: boos }).toString();
    const { state, genegeerd } = decodeer(zoek, BEKEND);
    expect(state).toEqual({ ...LEGE_STATE, antwoorden: { i1: 1 } });
    expect(genegeerd).toMatchObject({ ongeldig: 1, focus: 1, rol: 1, stap: 1 });
    expect(JSON.stringify(state)).not.toContain('<');
  });

  it('uses what is valid in a truncated link', () => {
    const heel = codeer(VOL, BEKEND);
    // "…a1-0.m1-3" cut to "…a1-0.m": the half answer at the end is dropped.
    const { state, genegeerd } = decodeer(heel.slice(0, heel.length - 3), BEKEND);
    expect(state.antwoorden).toEqual({ i1: 2, i2: 'x', a1: 0 });
    expect(genegeerd.ongeldig).toBe(1);
    expect(decodeer('a=i1-', BEKEND).state.antwoorden).toEqual({});
    expect(decodeer('a=i', BEKEND).genegeerd.ongeldig).toBe(1);
  });

  it('ignores unknown focus codes, roles and steps, keeping the rest', () => {
    const { state, genegeerd } = decodeer('s=7&f=t1.t9.q.i.i&r=burgemeester', BEKEND);
    expect(state.stap).toBe(1);
    expect(state.focus).toEqual({ themas: ['taalvaardigheid'], onderdelen: ['intake'] });
    expect(state.rol).toBeNull();
    expect(genegeerd).toMatchObject({ focus: 2, rol: 1, stap: 1 });
  });

  it('says when a link comes from another version', () => {
    const { state, genegeerd } = decodeer('v=0&a=i1-3', BEKEND);
    expect(state.antwoorden).toEqual({ i1: 3 });
    expect(genegeerd.versie).toBe(true);
    expect(ietsGenegeerd(genegeerd)).toBe(true);
  });

  it('cuts off absurdly long input instead of reading all of it', () => {
    const lang = `a=${Array.from({ length: 5000 }, () => 'i1-2').join('.')}`;
    const { state, genegeerd } = decodeer(lang, BEKEND);
    expect(state.antwoorden).toEqual({ i1: 2 });
    expect(genegeerd.ongeldig).toBeGreaterThan(0);
  });

  it('survives input that is no query string at all', () => {
    for (const rommel of ['%%%', '&&&=', '?a', '=1', 'a=%E0%A4%A', '\u0000\u2028']) {
      expect(() => decodeer(rommel, BEKEND)).not.toThrow();
      expect(decodeer(rommel, BEKEND).state.antwoorden).toEqual({});
    }
  });
});

describe('inFocus', () => {
  it('gives every statement when nothing is chosen', () => {
    expect(inFocus(STELLINGEN, { themas: [], onderdelen: [] })).toHaveLength(4);
  });

  it('gives the statements of a chosen step or with a chosen theme, in their own order', () => {
    const ids = inFocus(STELLINGEN, { themas: ['taalvaardigheid'], onderdelen: ['intake'] }).map((s) => s.id);
    expect(ids).toEqual(['i1', 'i2', 'a1', 'm1']);
    expect(inFocus(STELLINGEN, { themas: ['bemiddeling-werkgever'], onderdelen: [] }).map((s) => s.id)).toEqual(['m1']);
  });
});
