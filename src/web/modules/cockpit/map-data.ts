// Jiaozuo's county boundaries, fetched once per page load. A module of its own so the
// cockpit can ask for them while its figures load, without waiting for ECharts.
import geojsonUrl from './jiaozuo.geojson?url';

export interface GeoFeature {
  id: string;
  properties: { name: string; cp?: [number, number] };
}

let boundaries: Promise<{ features: GeoFeature[] }> | null = null;

/** The boundaries; a failed fetch is forgotten, so a later page may try again. */
export function loadBoundaries(): Promise<{ features: GeoFeature[] }> {
  boundaries ??= fetch(geojsonUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`map ${r.status}`);
      return r.json() as Promise<{ features: GeoFeature[] }>;
    })
    .catch((e: unknown) => {
      boundaries = null;
      throw e;
    });
  return boundaries;
}
