import { describe, expect, it } from 'vitest';
import { meldKapotteVerwijzingen, vindKapotteVerwijzingen } from '../../src/lib/integrity';

const bronnen = [{ id: 'cbs-2023', data: { titel: 'x' } }];

describe('vindKapotteVerwijzingen', () => {
  it('finds nothing when every reference resolves', () => {
    const lessen = [
      { id: 'l', filePath: 'content/lessen/l.json', data: { bronnen: [{ collection: 'bronnen', id: 'cbs-2023' }] } },
    ];
    expect(vindKapotteVerwijzingen({ bronnen, lessen })).toEqual([]);
  });
  it('names file and field path of a dangling reference, also deep inside objects', () => {
    const werkwijzen = [
      {
        id: 'matchmaking',
        filePath: 'content/werkwijzen/matchmaking.mdx',
        data: {
          gebruik: [
            { gemeente: { collection: 'gemeenten', id: 'den-haag' }, bronnen: [{ collection: 'bronnen', id: 'weg' }] },
          ],
        },
      },
    ];
    const broken = vindKapotteVerwijzingen({ bronnen, werkwijzen, gemeenten: [{ id: 'den-haag', data: {} }] });
    expect(broken).toEqual([
      { file: 'content/werkwijzen/matchmaking.mdx', field: 'gebruik[0].bronnen[0]', collection: 'bronnen', id: 'weg' },
    ]);
    expect(meldKapotteVerwijzingen(broken)).toContain(
      'content/werkwijzen/matchmaking.mdx: veld "gebruik[0].bronnen[0]"',
    );
  });
  it('reports a reference to a collection that does not exist', () => {
    const lessen = [{ id: 'l', data: { gemeenten: [{ collection: 'gemeenten', id: 'utrecht' }] } }];
    expect(vindKapotteVerwijzingen({ lessen })).toHaveLength(1);
  });
});
