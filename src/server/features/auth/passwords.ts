import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 iterations, 1 lane).
// algorithm 2 is Argon2id (the package's Algorithm is a const enum, which isolated modules cannot import).
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown user, SSO-only account) a dummy hash is still checked,
 * so the response time does not tell whether a username exists.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('regie-dummy-password');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/** Minimal password policy for local accounts (NCSC: length over composition rules). */
export function passwordProblem(password: string): string | null {
  if (password.length < 12) return 'Het wachtwoord moet minstens 12 tekens lang zijn';
  if (password.length > 256) return 'Het wachtwoord mag hoogstens 256 tekens lang zijn';
  return null;
}
