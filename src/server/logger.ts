import pino from 'pino';

/**
 * Structured logs without personal data. Redaction is a safety net: code should not log personal data at all,
 * but if a request body or record slips into a log line, these fields are censored.
 */
export const redactPaths = [
  'bsn',
  '*.bsn',
  '*.*.bsn',
  'voornamen',
  '*.voornamen',
  'geslachtsnaam',
  '*.geslachtsnaam',
  '*.naam',
  'naam',
  'geboortedatum',
  '*.geboortedatum',
  'straat',
  '*.straat',
  'postcode',
  '*.postcode',
  'huisnummer',
  '*.huisnummer',
  'adres',
  '*.adres',
  'email',
  '*.email',
  'password',
  '*.password',
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
];

export type Logger = pino.Logger;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, base: { app: 'regie' }, redact: { paths: redactPaths, censor: '[verwijderd]' } },
    destination,
  );
}
