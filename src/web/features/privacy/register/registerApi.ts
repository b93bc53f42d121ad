// The processing register (verwerkingsregister) from GET /api/v1/privacy/register, and its download addresses.
// The register holds no personal data, so it may be cached for the session like other configuration.
import { queryOptions } from '@tanstack/react-query';
import { api, buildUrl } from '../../../api/client.ts';

export interface RegisterRetention {
  code: string;
  label: string;
  months: number;
  defaultMonths: number;
  from: string;
  source: 'signal_settings' | 'retention_terms';
  signalSettingsKey: string | null;
}

export interface RegisterCategory {
  code: string;
  label: string;
  description: string;
  tables: string[];
  law: string | null;
  special: boolean;
  retention: string[];
  retentionNote: string | null;
}

export interface RegisterPurpose {
  code: string;
  name: string;
  description: string;
  legalBases: string[];
  categories: string[];
  recipients: string[];
  retention: { category: string; label: string; months: number; defaultMonths: number; from: string }[];
  retentionNote: string | null;
}

export interface ProcessingRegister {
  version: string;
  validFrom: string;
  municipality: { code: string; name: string } | null;
  purposes: RegisterPurpose[];
  categories: RegisterCategory[];
  retentionCategories: RegisterRetention[];
  nonPersonalTables: { table: string; reason: string }[];
}

const PATH = '/api/v1/privacy/register';

export const registerQuery = () =>
  queryOptions({
    queryKey: ['privacy', 'register'] as const,
    queryFn: ({ signal }) => api.get<ProcessingRegister>(PATH, undefined, signal),
    staleTime: 5 * 60_000,
  });

/** The download address of the export; the browser saves it under the dated name the server gives. */
export function registerExportUrl(format: 'csv' | 'json', gemeente?: string): string {
  return buildUrl(`${PATH}/export`, { format, gemeente });
}
