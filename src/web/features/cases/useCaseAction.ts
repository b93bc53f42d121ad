// One way for every change on the case page: send it, put the answer (the whole case) in the cache so the page
// shows it at once, and mark the lists that may show this case as stale. A conflict (someone else changed the
// case first) reloads the case, so the user sees the current state and can decide again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CaseDetail, caseQuery } from '../../api/cases.ts';
import { ApiError } from '../../api/problem.ts';

export interface CaseActionOptions<I> {
  onSuccess?: (detail: CaseDetail, input: I) => void;
  onError?: (error: Error) => void;
}

export function useCaseAction<I>(
  caseId: string,
  action: (input: I) => Promise<CaseDetail>,
  options: CaseActionOptions<I> = {},
) {
  const queryClient = useQueryClient();
  const detailKey = caseQuery(caseId).queryKey;
  return useMutation({
    mutationFn: action,
    onSuccess: (detail, input) => {
      queryClient.setQueryData(detailKey, detail);
      void queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['cases', 'caseload'] });
      void queryClient.invalidateQueries({ queryKey: ['cases', 'candidates', caseId] });
      options.onSuccess?.(detail, input);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: detailKey });
      options.onError?.(error);
    },
  });
}
