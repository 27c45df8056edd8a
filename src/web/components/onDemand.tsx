import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code loads on first use (a page, a chart), shown as soon as its code is
 * there: at once when it was preloaded (`preload()`, the cockpit at start-up), otherwise on
 * the render after it arrives, with `placeholder` until then. Not React.lazy under Suspense:
 * React holds back revealing suspended content for up to 300 ms after its fallback showed,
 * which kept the cockpit's figures that long behind their loaded code and data. A load that
 * fails shows `failed` when given (a map keeps its empty frame); otherwise it is thrown while
 * rendering, as React.lazy does. The next mount tries again.
 */
export function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: ReactNode = null,
  failed?: ReactNode,
) {
  let Loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (Loaded = component),
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    ));
  function OnDemand(props: P) {
    const [failure, setFailure] = useState<{ error: unknown }>();
    const [, setArrived] = useState(false);
    useEffect(() => {
      if (Loaded) return;
      let current = true;
      preload().then(
        () => current && setArrived(true),
        (error: unknown) => current && setFailure({ error }),
      );
      return () => {
        current = false;
      };
    }, []);
    if (failure) {
      if (failed !== undefined) return failed;
      throw failure.error;
    }
    return Loaded ? <Loaded {...props} /> : placeholder;
  }
  return Object.assign(OnDemand, { preload });
}
