import { z } from 'zod';

/** The session secret every developer clone has; production refuses to start with it. */
export const DEV_SESSION_SECRET = 'regie-dev-secret-not-for-production-use-0000';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    PUBLIC_URL: z.url().optional(),
    REGIE_DATA_DIR: z.string().default('./data'),
    DATABASE_URL: z.string().optional(),
    SESSION_SECRET: z.string().min(32, 'moet minstens 32 tekens lang zijn').default(DEV_SESSION_SECRET),
    SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(10),
    LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
    LOGIN_IP_MAX_PER_15_MIN: z.coerce.number().int().positive().default(50),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_REDIRECT_URI: z.url().optional(),
    LOG_LEVEL: z.enum(logLevels).default('info'),
    REGIE_SEED_DEMO: z.enum(['auto', 'yes', 'no']).default('auto'),
    REGIE_DEMO_HOUSEHOLDS: z.coerce.number().int().min(0).default(2000),
    INDICATOR_REFRESH_MINUTES: z.coerce.number().int().min(0).max(1440).default(10),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      if (!env.DATABASE_URL) {
        ctx.addIssue({
          code: 'custom',
          path: ['DATABASE_URL'],
          message: 'is verplicht in productie: de ingebouwde database is alleen voor ontwikkeling en demo',
        });
      }
      if (env.SESSION_SECRET === DEV_SESSION_SECRET) {
        ctx.addIssue({
          code: 'custom',
          path: ['SESSION_SECRET'],
          message: 'staat nog op de ontwikkelwaarde: kies een eigen geheim van minstens 32 tekens',
        });
      }
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET, env.OIDC_REDIRECT_URI];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message:
          'OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET en OIDC_REDIRECT_URI horen samen: vul ze alle vier in',
      });
    }
  });

export type Config = {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  publicUrl: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  session: { idleMinutes: number; absoluteHours: number };
  login: { maxFailures: number; lockMinutes: number; ipMaxPer15Min: number };
  oidc: { issuer: string; clientId: string; clientSecret: string; redirectUri: string } | undefined;
  logLevel: (typeof logLevels)[number];
  seedDemo: 'auto' | 'yes' | 'no';
  demoHouseholds: number;
  /** How often the indicator aggregates are refreshed (0 = never: the pages compute from scratch). */
  indicatorRefreshMinutes: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuratie ongeldig:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration once at start-up; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as "not set": shells and .env files often export VAR= .
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    dataDir: e.REGIE_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMinutes: e.LOGIN_LOCK_MINUTES,
      ipMaxPer15Min: e.LOGIN_IP_MAX_PER_15_MIN,
    },
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET && e.OIDC_REDIRECT_URI
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            redirectUri: e.OIDC_REDIRECT_URI,
          }
        : undefined,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.REGIE_SEED_DEMO,
    demoHouseholds: e.REGIE_DEMO_HOUSEHOLDS,
    indicatorRefreshMinutes: e.INDICATOR_REFRESH_MINUTES,
  };
}
