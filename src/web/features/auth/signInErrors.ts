// Turns the sign-in form state and a failed login into the items of the error summary and field errors.
import { ApiError, errorMessage } from '../../api/problem.ts';
import { t } from '../../i18n/index.ts';

export const USERNAME_ID = 'username';
export const PASSWORD_ID = 'password';

export interface SignInErrors {
  username?: string;
  password?: string;
  /** Problems that belong to no single field (account locked, too many attempts, server down). */
  general?: string;
  /** Wrong username or password: shown in the summary, linked to the username field. */
  credentials?: string;
}

export function validateSignIn(username: string, password: string): SignInErrors {
  const errors: SignInErrors = {};
  if (!username.trim()) errors.username = t.signIn.usernameRequired;
  if (!password) errors.password = t.signIn.passwordRequired;
  return errors;
}

export function signInErrorsFromFailure(error: unknown): SignInErrors {
  if (!(error instanceof ApiError)) return { general: errorMessage(error) };
  if (error.status === 400 && error.fieldErrors.length > 0) {
    const errors: SignInErrors = {};
    for (const field of error.fieldErrors) {
      if (field.path === 'username') errors.username = field.message;
      else if (field.path === 'password') errors.password = field.message;
      else errors.general = field.message;
    }
    return errors;
  }
  if (error.code === 'invalid_credentials' || error.status === 401) {
    return { credentials: error.detail || t.signIn.invalidCredentials };
  }
  return { general: error.detail };
}

/** The Dutch message for a failed single sign-on, from the code the server put in the address. */
export function ssoErrorMessage(code: string): string {
  if (code === 'oidc_unknown_user') return t.signIn.ssoUnknownUser;
  if (code === 'oidc_not_configured') return t.signIn.ssoNotConfigured;
  return t.signIn.ssoFailed;
}

export function hasErrors(errors: SignInErrors): boolean {
  return Boolean(errors.username || errors.password || errors.general || errors.credentials);
}
