// The cockpit's data, asked for as soon as the app starts on /cockpit: side by side with the
// session check and the page's own code, instead of after both (the requests then waited
// about half a second behind them on the demo). Small on purpose: it is in the main bundle.
import { get, qs } from '../../api';
import { CockpitPage } from '../../routes';
import { JiaozuoMap } from './map-loader';

const PAGE = '/cockpit';
/** An early answer older than this is not shown: the page asks again. */
const FRESH_MS = 15_000;
const early = new Map<string, { at: number; response: Promise<Response> }>();

const cockpitPath = (unitId?: string) => `/api/cockpit${qs({ unitId })}`;
const trendsPath = (unitId?: string) => `/api/cockpit/trends${qs({ unitId })}`;

/** Called once at start-up: when the address is the cockpit, its two requests leave now. */
export function startCockpitEarly(): void {
  if (window.location.pathname !== PAGE) return;
  const unitId = new URLSearchParams(window.location.search).get('unit') ?? undefined;
  for (const path of [cockpitPath(unitId), trendsPath(unitId)])
    early.set(path, { at: Date.now(), response: fetch(path, { credentials: 'same-origin' }) });
  // The page's code and the map's (with its boundaries), fetched while the session is
  // checked, so the route shows the page at once and the map follows the figures closely;
  // then the trends chart's code. Failures are reported where each is shown.
  void CockpitPage.preload().catch(() => undefined);
  void JiaozuoMap.preload()
    .then(() => import('./TrendsCard'))
    .then((trends) => trends.preloadTrendsChart())
    .catch(() => undefined);
}

/**
 * GET through the early request when one was made for this path (used once, and only while
 * fresh: a later visit asks again). A refused early request (signed out, say) is asked again
 * through get(), which reports errors and expired sessions as every other request does.
 */
async function viaEarly<T>(path: string): Promise<T> {
  const pending = early.get(path);
  early.delete(path);
  const fresh = pending && Date.now() - pending.at < FRESH_MS ? pending.response : undefined;
  const res = await fresh?.catch(() => null);
  if (res?.ok) return (await res.json()) as T;
  return get<T>(path);
}

export const loadCockpit = <T>(unitId?: string) => viaEarly<T>(cockpitPath(unitId));
export const loadTrends = <T>(unitId?: string) => viaEarly<T>(trendsPath(unitId));
