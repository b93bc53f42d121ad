import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { organisations, type Role, teamMembers, userRoles, users } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';

export type NewUser = {
  username: string;
  displayName: string;
  email?: string | null;
  organisationId: string;
  roles: Role[];
  password?: string | null;
  teams?: { teamId: string; isLeader: boolean }[];
};

/** Creates a person who works in Regie. Used by `regie user create`, the demo seed and administration. */
export async function createUser(ctx: Ctx, input: NewUser): Promise<{ id: string }> {
  if (input.password) {
    const problem = passwordProblem(input.password);
    if (problem) throw new DomainError('validation', problem, [{ path: 'password', message: problem }]);
  }
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return inTransaction(ctx, async (tx) => {
    const [org] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    if (!org) {
      throw new DomainError('validation', 'De organisatie bestaat niet', [
        { path: 'organisationId', message: 'Kies een bestaande organisatie' },
      ]);
    }
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.username}) = lower(${input.username})`);
    if (existing) {
      throw new DomainError('conflict', `De gebruikersnaam ${input.username} bestaat al`, [
        { path: 'username', message: 'Deze gebruikersnaam bestaat al' },
      ]);
    }
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        organisationId: input.organisationId,
        passwordHash,
        createdAt: ctx.now,
      })
      .returning({ id: users.id });
    if (!row) throw new Error('user insert returned nothing');
    if (input.roles.length > 0)
      await tx.insert(userRoles).values(input.roles.map((role) => ({ userId: row.id, role })));
    for (const t of input.teams ?? [])
      await tx.insert(teamMembers).values({ teamId: t.teamId, userId: row.id, isLeader: t.isLeader });
    await appendAudit(ctx, tx, {
      action: 'user.create',
      resourceType: 'user',
      resourceIds: [row.id],
      details: { roles: input.roles, organisationId: input.organisationId },
    });
    return { id: row.id };
  });
}
