import { eq, or, sql } from 'drizzle-orm';
import { organisations, type Role, roles } from '../../server/db/schema/index.ts';
import { createUser } from '../../server/features/users/users.service.ts';
import { DomainError } from '../../server/http/errors.ts';
import { parseOptions, readStdin } from '../args.ts';
import { withDatabase } from './database.ts';

const usage = `Gebruik: regie user create --username NAAM --name "Volledige naam" --organisation ORGANISATIE
          --role ROL [--role ROL ...] [--email ADRES] [--password-stdin]
Rollen: ${roles.join(', ')}
Zonder --password-stdin kan de gebruiker alleen via eenmalige aanmelding (SSO) inloggen.`;

export async function userCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'create') {
    console.error(usage);
    return 2;
  }
  const { values } = parseOptions(rest, {
    username: { type: 'string' },
    name: { type: 'string' },
    organisation: { type: 'string' },
    role: { type: 'string', multiple: true },
    email: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  });
  const missing = (['username', 'name', 'organisation', 'role'] as const).filter(
    (k) => values[k] === undefined,
  );
  if (missing.length > 0) {
    console.error(`Ontbreekt: ${missing.map((m) => `--${m}`).join(', ')}\n${usage}`);
    return 2;
  }
  const wanted = values.role as string[];
  const unknown = wanted.filter((r) => !(roles as readonly string[]).includes(r));
  if (unknown.length > 0) {
    console.error(`Onbekende rol: ${unknown.join(', ')}\n${usage}`);
    return 2;
  }
  const password = values['password-stdin'] ? (await readStdin()).replace(/\r?\n$/, '') : null;
  return withDatabase('cli', async (ctx) => {
    const orgKey = values.organisation as string;
    const matches = await ctx.db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(
        /^[0-9a-f-]{36}$/i.test(orgKey)
          ? eq(organisations.id, orgKey)
          : or(sql`lower(${organisations.name}) = lower(${orgKey})`),
      );
    if (matches.length !== 1) {
      console.error(`Organisatie "${orgKey}" niet gevonden (geef de exacte naam of het id).`);
      return 2;
    }
    try {
      const { id } = await createUser(ctx, {
        username: values.username as string,
        displayName: values.name as string,
        email: (values.email as string | undefined) ?? null,
        organisationId: matches[0]!.id,
        roles: wanted as Role[],
        password,
      });
      console.log(`Gebruiker aangemaakt: ${id}`);
      return 0;
    } catch (err) {
      if (err instanceof DomainError) {
        console.error(err.message);
        return 2;
      }
      throw err;
    }
  });
}
