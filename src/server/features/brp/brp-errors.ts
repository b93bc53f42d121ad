import type { Foutbericht } from './brp.schemas.ts';

/** Why a question to the BRP failed. */
export type BrpErrorCode =
  | 'invalid_query' // Regie's own check: the question breaks the official rules and was not sent
  | 'bad_request' // 400: the BRP did not accept the question (fields, parameters)
  | 'unauthenticated' // 401: API key missing or not recognised
  | 'forbidden' // 403: not authorised for this question or these fields
  | 'not_acceptable' // 406 / 415: content type
  | 'rate_limited' // 429
  | 'unavailable' // 500 / 503 and other 5xx
  | 'unexpected_status' // any other status
  | 'timeout'
  | 'unreachable'
  | 'invalid_response'; // not JSON, or not the official format

/** Per code: what happened, and what to do about it (optional). */
const TEXTS: Record<BrpErrorCode, [string, string?]> = {
  invalid_query: [
    'Regie heeft de vraag niet aan de BRP gesteld, omdat die niet aan de afspraken van de API voldoet',
  ],
  bad_request: ['De BRP heeft de vraag niet geaccepteerd'],
  unauthenticated: ['De BRP herkent de API-sleutel van Regie niet', 'Controleer de ingestelde sleutel'],
  forbidden: ['Regie heeft geen toestemming van de BRP voor deze vraag of voor deze gegevens'],
  not_acceptable: ['De BRP ondersteunt het gevraagde berichtformaat niet'],
  rate_limited: [
    'Regie heeft te veel vragen aan de BRP gesteld',
    'Probeer het over een paar minuten opnieuw',
  ],
  unavailable: ['De BRP is tijdelijk niet beschikbaar', 'Probeer het later opnieuw'],
  unexpected_status: ['De BRP gaf een onverwacht antwoord'],
  timeout: ['De BRP gaf niet op tijd antwoord', 'Probeer het later opnieuw'],
  unreachable: ['De BRP is niet bereikbaar', 'Controleer het adres van de BRP en de netwerkverbinding'],
  invalid_response: ['Het antwoord van de BRP heeft niet het afgesproken formaat'],
};

/**
 * A failed BRP question, with a Dutch message for the user or operator. `problem` holds the BRP's own
 * problem+json (title, code, invalidParams) when it sent one; it names parameters, never personal data.
 */
export class BrpError extends Error {
  constructor(
    readonly code: BrpErrorCode,
    readonly status: number | null = null,
    readonly problem: Foutbericht | null = null,
    detail?: string,
  ) {
    super(brpErrorMessage(code, status, problem, detail));
    this.name = 'BrpError';
  }
}

export function brpErrorCodeForStatus(status: number): BrpErrorCode {
  if (status === 400) return 'bad_request';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 406 || status === 415) return 'not_acceptable';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'unavailable';
  return 'unexpected_status';
}

function brpErrorMessage(
  code: BrpErrorCode,
  status: number | null,
  problem: Foutbericht | null,
  detail: string | undefined,
): string {
  const [what, advice] = TEXTS[code];
  const sentences = [status === null ? what : `${what} (HTTP ${status})`];
  const params = (problem?.invalidParams ?? [])
    .map((p) => [p.name, p.reason?.replace(/\.$/, '')].filter(Boolean).join(': '))
    .filter((p) => p !== '');
  if (params.length > 0) sentences.push(`Fout in: ${params.join('; ')}`);
  else if (problem?.title) sentences.push(`Melding van de BRP: ${problem.title.replace(/\.$/, '')}`);
  if (problem?.code) sentences.push(`BRP-code ${problem.code}`);
  if (detail) sentences.push(detail);
  if (advice) sentences.push(advice);
  return `${sentences.join('. ')}.`;
}
