import type { Ctx } from '../context.ts';
import type { SessionUser } from '../features/auth/sessions.ts';

/** Hono variables set by the middleware for every request. */
export type AppEnv = {
  Variables: {
    ctx: Ctx;
    session: SessionUser | null;
    clientIp: string;
  };
};
