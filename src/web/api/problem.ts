// RFC 9457 problem details as Regie sends them, and the error the web app throws for any failed request.
import { t } from '../i18n/index.ts';

export interface FieldProblem {
  /** Path of the field, e.g. "username" or "address.postcode". */
  path: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Dutch text that can be shown to the user as is. */
  readonly detail: string;
  readonly fieldErrors: FieldProblem[];

  constructor(status: number, problem: ProblemDetails) {
    const detail = problem.detail || problem.title || fallbackDetail(status);
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? `http_${status}`;
    this.detail = detail;
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors.map(normaliseFieldProblem) : [];
  }
}

/** Thrown when the server could not be reached at all. */
export class NetworkError extends Error {
  constructor() {
    super(t.errors.network);
    this.name = 'NetworkError';
  }
}

function normaliseFieldProblem(raw: unknown): FieldProblem {
  const item = (raw ?? {}) as { path?: unknown; message?: unknown };
  const path = Array.isArray(item.path) ? item.path.join('.') : String(item.path ?? '');
  return { path, message: String(item.message ?? '') };
}

export function fallbackDetail(status: number): string {
  if (status === 401) return t.errors.unauthorized;
  if (status === 403) return t.errors.forbidden;
  if (status === 404) return t.errors.notFound;
  if (status === 429) return t.errors.tooManyRequests;
  if (status >= 500) return t.errors.server;
  return t.errors.generic;
}

/** Reads a failed response into an ApiError; tolerates bodies that are not problem+json. */
export async function problemFromResponse(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  let problem: ProblemDetails = {};
  if (type.includes('json')) {
    try {
      problem = (await response.json()) as ProblemDetails;
    } catch {
      problem = {};
    }
  }
  return new ApiError(response.status, problem);
}

/** The Dutch message to show for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof NetworkError) return error.message;
  return t.errors.generic;
}
