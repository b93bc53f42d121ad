// Sign-in, session and sign-out.
import { queryOptions } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from './client.ts';
import type { AuthConfig, Session } from './types.ts';

export const sessionQueryKey = ['auth', 'session'] as const;

/** The current session, or null when nobody is signed in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/api/v1/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: fetchSession,
  staleTime: 60_000,
  retry: false,
});

export const authConfigQuery = queryOptions({
  queryKey: ['auth', 'config'] as const,
  queryFn: () => api.get<AuthConfig>('/api/v1/auth/config'),
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export interface Credentials {
  username: string;
  password: string;
}

export async function login(credentials: Credentials): Promise<Session> {
  const session = await api.post<Session>('/api/v1/auth/login', credentials);
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/api/v1/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

export const OIDC_LOGIN_PATH = '/api/v1/auth/oidc/login';
