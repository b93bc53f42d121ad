import type { Signaalstatus } from '../../../../shared/ddas.ts';

/** The DDAS signal statuses the pipeline sets or reads. */
export const STATUS = {
  waiting: 'Nog niet opgepakt',
  unfounded: 'Niet opgepakt: onterecht signaal',
  repeat: 'Niet opgepakt: herhaalde melding',
  deceased: 'Inwoner is overleden',
  notResident: 'Persoon is geen inwoner (meer) in de gemeente',
  pickedUp: 'Opgepakt',
} as const satisfies Record<string, Signaalstatus>;
