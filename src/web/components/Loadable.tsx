import { Alert, Button, Spin } from 'antd';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type DependencyList,
  type ReactNode,
} from 'react';
import { useComponentT } from './messages';

export interface Loaded<T> {
  /** undefined until the first answer arrives: never read it as "empty". */
  data: T | undefined;
  loading: boolean;
  error: string | null;
  reload(): Promise<void>;
}

/**
 * Loads data for a page and keeps "still loading" apart from "loaded and empty": a page that
 * shows 暂无… or a 新建 button before its data arrives invites duplicates. A newer load
 * supersedes an older one still in flight.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  // The caller lists in deps what load reads, as with useEffect.
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    setError(null);
    try {
      const d = await run();
      if (mine === seq.current) setData(d);
    } catch (e) {
      if (mine === seq.current) setError((e as Error).message);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [run]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, loading, error, reload };
}

/**
 * Renders its children only once the data has arrived; before that a spinner, after a
 * failure the message and a retry button. Later reloads keep the old content visible.
 */
export function Loadable<T>({
  state,
  children,
  testId = 'loading',
}: {
  state: Loaded<T>;
  children: (data: T) => ReactNode;
  testId?: string;
}) {
  const t = useComponentT();
  if (state.data !== undefined) return <>{children(state.data)}</>;
  if (state.error)
    return (
      <Alert
        type="error"
        showIcon
        title={t('loadFailed', { message: state.error })}
        action={
          <Button size="small" onClick={() => void state.reload()}>
            {t('retry')}
          </Button>
        }
        data-testid={`${testId}-error`}
      />
    );
  return <Loading testId={testId} />;
}

/** The spinner a page shows while its data is on the way (never an empty state). */
export function Loading({ testId = 'loading' }: { testId?: string }) {
  const t = useComponentT();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} data-testid={testId}>
      <Spin />
      <div style={{ marginTop: 8, color: '#999' }}>{t('loading')}</div>
    </div>
  );
}
