// The signed-in user's session, provided by the app shell to every page inside it.
import { createContext, type ReactNode, useContext } from 'react';
import type { Session } from '../../api/types.ts';

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The current session; only use inside the app shell (which is only shown when signed in). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() used outside the signed-in app shell');
  return session;
}
