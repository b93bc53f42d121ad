// Search parameters of the sign-in page: where to return to, and why the user is here.
export type SignInNotice = 'uitgelogd' | 'verlopen';

export interface SignInSearch {
  terug?: string;
  melding?: SignInNotice;
  /** Error code set by the server when single sign-on failed (e.g. oidc_unknown_user). */
  fout?: string;
}

export function validateSignInSearch(search: Record<string, unknown>): SignInSearch {
  const result: SignInSearch = {};
  if (typeof search.terug === 'string' && search.terug.startsWith('/')) result.terug = search.terug;
  if (search.melding === 'uitgelogd' || search.melding === 'verlopen') result.melding = search.melding;
  if (typeof search.fout === 'string' && /^[a-z_]{1,40}$/.test(search.fout)) result.fout = search.fout;
  return result;
}
