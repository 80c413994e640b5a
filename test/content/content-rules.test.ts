/**
 * Rules for the whole content set, beyond what a schema can say on its own:
 * every link resolves, every card has the right number, every part of the
 * kennissynthese is filled. Set CONTENT_DIR to check another content folder.
 */
import { describe, expect, it } from 'vitest';
import { meldKapotteVerwijzingen, vindKapotteVerwijzingen } from '../../src/lib/integrity';
import { kaartSlug } from '../../src/lib/relations';
import { loadContent } from '../support/load-content';

const { collections, problems } = loadContent();

describe('content set', () => {
  it('every file matches its schema', () => {
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it('every reference between entries resolves', () => {
    expect(meldKapotteVerwijzingen(vindKapotteVerwijzingen(collections))).toBe('');
  });

  it('every card file is named after its number (i-1.json for I-1) and numbers are unique', () => {
    const wrong = collections.gesprekskaarten
      .filter((k) => k.id !== kaartSlug(k.data.onderdeel, k.data.volgnummer))
      .map((k) => `${k.filePath} should be ${kaartSlug(k.data.onderdeel, k.data.volgnummer)}.json`);
    expect(wrong).toEqual([]);
  });

  it('every lesson sits in the folder of its step or aandachtspunt', () => {
    const wrong = collections.lessen
      .filter((l) => !l.id.startsWith(`${l.data.onderdeel}/`))
      .map((l) => `${l.filePath} (onderdeel ${l.data.onderdeel})`);
    expect(wrong).toEqual([]);
  });

  it('the key lessons of a step belong to that step', () => {
    const wrong = [...collections.stappen, ...collections.aandachtspunten].flatMap((o) =>
      (o.data.kernlessen as { id: string }[])
        .filter((ref) => !ref.id.startsWith(`${o.id}/`))
        .map((ref) => `${o.filePath}: kernles ${ref.id}`),
    );
    expect(wrong).toEqual([]);
  });

  it('bibliography ids are unique', () => {
    const ids = collections.bronnen.map((b) => b.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
