// The supervisor pack (issue 7, item 5): aggregates only, cells under 10 already hidden by the server.
// Types only (erased from the bundle): the server's zod schema is the one description of the answer.
import type { z } from '@hono/zod-openapi';
import { queryOptions } from '@tanstack/react-query';
import type { SupervisorPackSchema } from '../../../server/features/oversight/oversight.schemas.ts';
import { api, buildUrl } from '../../api/client.ts';

export type SupervisorPack = z.infer<typeof SupervisorPackSchema>;
export type PackTable = SupervisorPack['tables'][number];
export type PackRow = PackTable['rows'][number];
export type PackColumn = PackTable['columns'][number];

const PATH = '/api/v1/oversight/supervisor-pack';

export const supervisorPackQuery = (municipality: string, year: number) =>
  queryOptions({
    queryKey: ['oversight', 'supervisor-pack', municipality, year] as const,
    queryFn: ({ signal }) => api.get<SupervisorPack>(PATH, { municipality, year: String(year) }, signal),
  });

/** The download address of the same pack as one CSV document; the server names the file. */
export function supervisorPackCsvUrl(municipality: string, year: number): string {
  return buildUrl(`${PATH}.csv`, { municipality, year: String(year) });
}
