/**
 * Texts of the zelfscan (/zelfscan/), in Dutch: the `zelfscan` section of `t`
 * in strings.ts. They live in three modules (page, scan, plan) so the browser
 * bundles only the texts it shows, and the plan's texts only with the result.
 * The answer scale, the advice and the roles are content
 * (content/zelfscan/advies.json), not interface text.
 */
import { paginaTeksten } from './teksten-pagina';
import { planTeksten } from './teksten-plan';
import { scanTeksten } from './teksten-scan';

export const zelfscanTeksten = { ...paginaTeksten, ...scanTeksten, ...planTeksten } as const;
