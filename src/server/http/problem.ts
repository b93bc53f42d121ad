import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { type DomainError, type ErrorCode, type FieldError, problemCatalogue } from './errors.ts';

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldError[];
  requestId?: string;
};

export function problemBody(
  code: ErrorCode,
  detail?: string,
  errors?: FieldError[],
  requestId?: string,
): Problem {
  const { status, title } = problemCatalogue[code];
  return {
    type: `https://regie.example/problemen/${code}`,
    title,
    status,
    detail: detail ?? title,
    code,
    ...(errors ? { errors } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

export function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}

export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(invoer)', message: i.message }));
}

export function validationProblem(c: Context, error: ZodError): Response {
  const errors = fieldErrors(error);
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return problemResponse(c, problemBody('validation', detail, errors, c.get('ctx')?.requestId));
}

export function domainProblem(c: Context, err: DomainError): Response {
  return problemResponse(c, problemBody(err.code, err.message, err.errors, c.get('ctx')?.requestId));
}
