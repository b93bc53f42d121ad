import type { Context } from 'hono';

/** The content types Regie's downloads have. */
const TYPES = { csv: 'text/csv; charset=utf-8', pdf: 'application/pdf' } as const;

/**
 * A file as a download (`attachment`), for exports and reports. The file name must be ASCII without quotes: every
 * caller builds it from codes and dates, never from what a user typed.
 */
export function download(
  c: Context,
  file: { body: string | Uint8Array<ArrayBuffer>; fileName: string },
  type: keyof typeof TYPES = 'csv',
) {
  const headers = {
    'Content-Type': TYPES[type],
    'Content-Disposition': `attachment; filename="${file.fileName}"`,
  };
  return c.body(file.body, 200, headers);
}
