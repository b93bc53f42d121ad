import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, NetworkError } from '../../api/problem.ts';
import { t } from '../../i18n/index.ts';
import { signInErrorsFromFailure, ssoErrorMessage, validateSignIn } from './signInErrors.ts';

test('empty fields get a Dutch message each', () => {
  assert.deepEqual(validateSignIn('  ', ''), {
    username: t.signIn.usernameRequired,
    password: t.signIn.passwordRequired,
  });
  assert.deepEqual(validateSignIn('regisseur', 'x'), {});
});

test('server problems map to the right place on the form', () => {
  const wrong = new ApiError(401, {
    code: 'invalid_credentials',
    detail: 'Gebruikersnaam of wachtwoord is niet juist',
  });
  assert.deepEqual(signInErrorsFromFailure(wrong), {
    credentials: 'Gebruikersnaam of wachtwoord is niet juist',
  });

  const locked = new ApiError(423, {
    code: 'account_locked',
    detail: 'Dit account is tijdelijk geblokkeerd',
  });
  assert.deepEqual(signInErrorsFromFailure(locked), { general: 'Dit account is tijdelijk geblokkeerd' });

  const invalid = new ApiError(400, {
    code: 'validation',
    detail: 'username: Vul uw gebruikersnaam in',
    errors: [{ path: 'username', message: 'Vul uw gebruikersnaam in' }],
  });
  assert.deepEqual(signInErrorsFromFailure(invalid), { username: 'Vul uw gebruikersnaam in' });

  assert.deepEqual(signInErrorsFromFailure(new NetworkError()), { general: t.errors.network });
});

test('a failed single sign-on gets a Dutch explanation', () => {
  assert.equal(ssoErrorMessage('oidc_unknown_user'), t.signIn.ssoUnknownUser);
  assert.equal(ssoErrorMessage('oidc_failed'), t.signIn.ssoFailed);
  assert.equal(ssoErrorMessage('iets_anders'), t.signIn.ssoFailed);
});
