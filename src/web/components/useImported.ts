import { useEffect, useState } from 'react';

/**
 * A module loaded on demand, without React.lazy: undefined until it arrives. Suspense holds
 * back revealing content for up to 300 ms after a lazy component resolves (React batches
 * reveals), which kept the cockpit's map that long behind its loaded code. `load` should
 * return the same promise on every call (a module import does).
 */
export function useImported<M>(load: () => Promise<M>): M | undefined {
  const [mod, setMod] = useState<M>();
  useEffect(() => {
    let current = true;
    load().then(
      (m) => current && setMod(() => m),
      () => undefined, // the caller keeps showing its placeholder
    );
    return () => {
      current = false;
    };
  }, []);
  return mod;
}
