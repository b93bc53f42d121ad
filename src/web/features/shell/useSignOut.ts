// Signing out: tell the server, forget everything cached about this user, go to the sign-in page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { logout, sessionQueryKey } from '../../api/auth.ts';

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    // Even when the server call fails (e.g. the session had already expired) the user is signed out here.
    onSettled: async () => {
      // Clear the session first: the sign-in page sends anyone with a session back to the start page.
      queryClient.setQueryData(sessionQueryKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      await navigate({ to: '/inloggen', search: { melding: 'uitgelogd' }, replace: true });
    },
  });
}
