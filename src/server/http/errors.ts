/** Every failure a use case can report. The HTTP layer maps each code to a status and a Dutch message. */
export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'account_locked'
  | 'too_many_attempts'
  | 'csrf'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'oidc_not_configured'
  | 'oidc_failed'
  | 'oidc_unknown_user'
  | 'payload_too_large'
  | 'internal';

export type FieldError = { path: string; message: string };

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly errors?: FieldError[],
  ) {
    super(message ?? problemCatalogue[code].title);
    this.name = 'DomainError';
  }
}

/** Status and Dutch title per code. Exhaustive: adding a code without an entry is a type error. */
/** A validation error on one field: the detail names the field, the field error carries the Dutch message. */
export function fieldError(path: string, message: string): DomainError {
  return new DomainError('validation', `${path}: ${message}`, [{ path, message }]);
}

export const problemCatalogue: Record<ErrorCode, { status: number; title: string }> = {
  validation: { status: 400, title: 'De invoer is niet goed ingevuld' },
  unauthenticated: { status: 401, title: 'U bent niet ingelogd' },
  invalid_credentials: { status: 401, title: 'Gebruikersnaam of wachtwoord is niet juist' },
  account_locked: {
    status: 423,
    title: 'Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het later opnieuw',
  },
  too_many_attempts: {
    status: 429,
    title: 'Te veel inlogpogingen vanaf dit adres. Probeer het later opnieuw',
  },
  csrf: { status: 403, title: 'Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens' },
  forbidden: { status: 403, title: 'U heeft geen toegang tot deze functie' },
  not_found: { status: 404, title: 'Niet gevonden' },
  conflict: { status: 409, title: 'Dit bestaat al of is intussen gewijzigd' },
  oidc_not_configured: { status: 404, title: 'Eenmalige aanmelding (SSO) is niet ingesteld' },
  oidc_failed: { status: 401, title: 'Inloggen via eenmalige aanmelding is mislukt' },
  oidc_unknown_user: {
    status: 403,
    title: 'Uw account is niet bekend in Regie. Vraag de beheerder om u toegang te geven',
  },
  payload_too_large: { status: 413, title: 'Het bestand is te groot' },
  internal: { status: 500, title: 'Er ging iets mis aan onze kant. Probeer het later opnieuw' },
};
