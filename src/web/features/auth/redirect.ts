// Where to go after signing in: only same-app paths, never another site (no open redirect).
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string') return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/inloggen') || value.startsWith('/api/')) return '/';
  return value;
}
