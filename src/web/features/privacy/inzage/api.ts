// The inzage dossier (AVG art. 15) for the FG: the JSON query and the PDF/JSON downloads.
// Type only (erased from the bundle): the server's zod schema is the one description of the dossier.
import type { Dossier } from '../../../../server/features/privacy/inzage/inzage.schemas.ts';
import { api, NetworkError } from '../../../api/client.ts';
import { problemFromResponse } from '../../../api/problem.ts';

export type { Dossier };

const PATH = '/api/v1/privacy/inzage';

/**
 * Compiles the dossier. Every compilation is written to the audit log, so the page runs it as a mutation: exactly
 * one request per click on "Inzage maken", never a refetch (focus, remount, cache collection), and the dossier lives
 * only in the page's state, gone when the page is left.
 */
export const compileDossier = (bsn: string): Promise<Dossier> => api.get<Dossier>(PATH, { bsn });

/** Lets the browser save a file (a Blob) under a name without personal data. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The dossier as a PDF from the server (compiled again, so audited again); throws ApiError like any request. */
export async function fetchInzagePdf(bsn: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`${PATH}/pdf?${new URLSearchParams({ bsn })}`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/pdf, application/problem+json' },
    });
  } catch {
    throw new NetworkError();
  }
  if (!response.ok) throw await problemFromResponse(response);
  return response.blob();
}

/** The file names carry only the day of the compilation, never a name or BSN. */
export const pdfFileName = (d: Dossier) => `inzage-${d.compiledOn}.pdf`;
export const jsonFileName = (d: Dossier) => `inzage-${d.compiledOn}.json`;
