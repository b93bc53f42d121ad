import { z } from '@hono/zod-openapi';
import { roles } from '../../db/schema/index.ts';

export const loginBody = z
  .object({
    username: z.string().trim().min(1, 'Vul uw gebruikersnaam in').max(200),
    password: z.string().min(1, 'Vul uw wachtwoord in').max(256),
  })
  .openapi('LoginRequest');

export const sessionResponse = z
  .object({
    user: z.object({
      id: z.uuid(),
      username: z.string(),
      displayName: z.string(),
      roles: z.array(z.enum(roles)),
      organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
    }),
    csrfToken: z.string(),
  })
  .openapi('Session');

export const authConfigResponse = z.object({ oidc: z.boolean() }).openapi('AuthConfig');
