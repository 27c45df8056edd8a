import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Role } from '../core/enums';
import { get, onUnauthenticated, post, setCsrfToken } from './api';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
  mustChangePassword: boolean;
  csrfToken: string;
  roles: { role: Role; unitId: string; unitName: string }[];
}

/** Demo mode only: the demo accounts the sign-in page may offer. */
export interface DemoInfo {
  password: string;
  accounts: { username: string; displayName: string; roles: Role[] }[];
}

interface AuthState {
  me: Me | null;
  demo: DemoInfo | null;
  loading: boolean;
  refresh(): Promise<Me | null>;
  signOut(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [demo, setDemo] = useState<DemoInfo | null>(null);
  const [loading, setLoading] = useState(true);

  // /api/auth/session answers 200 signed in or not: loading the sign-in page logs no 401.
  const refresh = useCallback(async () => {
    try {
      const s = await get<{ me: Me | null; demo: DemoInfo | null }>('/api/auth/session');
      setDemo(s.demo);
      const m = s.me;
      if (m) setCsrfToken(m.csrfToken);
      setMe(m);
      return m;
    } catch {
      setMe(null);
      return null;
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void refresh();
    return onUnauthenticated(() => setMe(null));
  }, [refresh]);

  const value: AuthState = {
    me,
    demo,
    loading,
    refresh,
    async signOut() {
      await post('/api/auth/logout').catch(() => undefined);
      setMe(null);
    },
    hasRole: (...roles) => !!me?.roles.some((r) => roles.includes(r.role)),
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
