// Prestatieafspraken (issue 7): the agreements the viewer oversees or is a party to, one agreement with its
// commitments (live status, comments, what changed), and the changes a page can make: a comment, a step in the
// cycle, a new agreement or commitment, a figure, a change to a commitment or letting it lapse.
// Types only (erased from the bundle): the server's zod schemas are the one description of these answers.
import type { z } from '@hono/zod-openapi';
import { queryOptions } from '@tanstack/react-query';
import type {
  AgreementListSchema,
  AgreementOptionsSchema,
  AgreementSchema,
  CommitmentChange,
  CommitmentWithdrawal,
  NewAgreement,
  NewCommitment,
  NewFigure,
  PhaseChange,
} from '../../../server/features/agreements/agreements.schemas.ts';
import { api, buildUrl } from '../../api/client.ts';

export type AgreementList = z.infer<typeof AgreementListSchema>;
export type AgreementSummary = AgreementList['items'][number];
export type Agreement = z.infer<typeof AgreementSchema>;
export type Commitment = Agreement['commitments'][number];
export type CommitmentComment = Commitment['comments'][number];
export type Phase = Agreement['phase'];
export type CommitmentFigure = Commitment['figures'][number];
export type AgreementOptions = z.infer<typeof AgreementOptionsSchema>;
export type CommitmentChangeEntry = Commitment['changes'][number];
export type { CommitmentChange, CommitmentWithdrawal, NewAgreement, NewCommitment, NewFigure, PhaseChange };

const PATH = '/api/v1/agreements';

export const agreementListQuery = queryOptions({
  queryKey: ['agreements', 'list'] as const,
  queryFn: ({ signal }) => api.get<AgreementList>(PATH, undefined, signal),
});

export const agreementQuery = (id: string) =>
  queryOptions({
    queryKey: ['agreements', 'detail', id] as const,
    queryFn: ({ signal }) => api.get<Agreement>(`${PATH}/${encodeURIComponent(id)}`, undefined, signal),
  });

export function postComment(agreementId: string, commitmentId: string, body: string): Promise<Agreement> {
  return api.post<Agreement>(
    `${PATH}/${encodeURIComponent(agreementId)}/commitments/${encodeURIComponent(commitmentId)}/comments`,
    { body },
  );
}

/**
 * One step in the cycle from the phase the user saw: the server answers 409 when the agreement has moved on since,
 * so a page that is out of date can never be read as a step back.
 */
export function changePhaseFrom(id: string, seen: Phase, change: PhaseChange): Promise<Agreement> {
  return api.post<Agreement>(`${PATH}/${encodeURIComponent(id)}/phase`, { ...change, from: seen });
}

/** What the agreement and commitment forms offer (beleid only: others get 403, the forms are not shown to them). */
export const agreementOptionsQuery = queryOptions({
  queryKey: ['agreements', 'form-options'] as const,
  queryFn: ({ signal }) => api.get<AgreementOptions>(`${PATH}/form-options`, undefined, signal),
  staleTime: 10 * 60 * 1000,
});

export function createAgreement(input: NewAgreement): Promise<Agreement> {
  return api.post<Agreement>(PATH, input);
}

export function addCommitment(agreementId: string, input: NewCommitment): Promise<Agreement> {
  return api.post<Agreement>(`${PATH}/${encodeURIComponent(agreementId)}/commitments`, input);
}

/** A value of a supplied figure; `corrects` names the current value of the period when there is one. */
export function enterFigure(agreementId: string, commitmentId: string, input: NewFigure): Promise<Agreement> {
  return api.post<Agreement>(
    `${PATH}/${encodeURIComponent(agreementId)}/commitments/${encodeURIComponent(commitmentId)}/figures`,
    input,
  );
}

const commitmentPath = (agreementId: string, commitmentId: string) =>
  `${PATH}/${encodeURIComponent(agreementId)}/commitments/${encodeURIComponent(commitmentId)}`;

/** New terms for a commitment, with the reason (beleid; the server keeps the old terms in its history). */
export function changeCommitment(
  agreementId: string,
  commitmentId: string,
  input: CommitmentChange,
): Promise<Agreement> {
  return api.patch<Agreement>(commitmentPath(agreementId, commitmentId), input);
}

/** The commitment lapses from today, with the reason (beleid). */
export function withdrawCommitment(
  agreementId: string,
  commitmentId: string,
  input: CommitmentWithdrawal,
): Promise<Agreement> {
  return api.post<Agreement>(`${commitmentPath(agreementId, commitmentId)}/withdraw`, input);
}

/** The download address of the year report as PDF, for the council (same commitments and figures as the CSV). */
export function agreementPdfUrl(id: string): string {
  return buildUrl(`${PATH}/${encodeURIComponent(id)}/report.pdf`);
}

/** The download address of the year report (CSV); the server names the file and limits it to what the viewer sees. */
export function agreementReportUrl(id: string): string {
  return buildUrl(`${PATH}/${encodeURIComponent(id)}/report.csv`);
}
