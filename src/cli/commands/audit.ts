import { verifyAuditChains } from '../../server/features/audit/audit.service.ts';
import { withDatabase } from './database.ts';

/** regie audit verify: recomputes every hash chain; exit 1 naming the first broken row. */
export async function auditCommand(args: string[]): Promise<number> {
  if (args[0] !== 'verify') {
    console.error('Gebruik: regie audit verify');
    return 2;
  }
  return withDatabase('audit-verify', async (ctx) => {
    const result = await verifyAuditChains(ctx.db);
    if (result.ok) {
      console.log(`Auditlog in orde: ${result.rows} rijen in ${result.chains} ketens gecontroleerd.`);
      return 0;
    }
    console.error(
      `Auditlog NIET in orde: keten ${result.chainKey}, volgnummer ${result.seq}${result.id === null ? '' : ` (rij id ${result.id})`}: ${result.reason}.`,
    );
    return 1;
  });
}
