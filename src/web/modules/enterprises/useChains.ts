import { useEffect, useState } from 'react';
import { get } from '../../api';
import { CHAINS } from './types';

/** Names of the chains kept on the chains tab (the seeds' list until they load). */
export function useChainNames(): string[] {
  const [names, setNames] = useState<string[]>(CHAINS);
  useEffect(() => {
    let live = true;
    get<{ items: { name: string }[] }>('/api/industry-chains')
      .then((r) => live && r.items.length > 0 && setNames(r.items.map((c) => c.name)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return names;
}
