// The cockpit's map, loaded on demand (ECharts and the boundaries: about 0.6 MB of code and
// 0.45 MB of geojson). In the main bundle, so early.ts can ask for both when the app starts on
// /cockpit, beside the figures and the page's own code, not after them.
import { onDemand } from '../../components/onDemand';
import { loadBoundaries } from './map-data';

export const MAP_HEIGHT = 420;

export const JiaozuoMap = onDemand(
  () => {
    loadBoundaries().catch(() => undefined); // JiaozuoMap shows its fallback then
    return import('./JiaozuoMap').then((m) => m.JiaozuoMap);
  },
  <div style={{ height: MAP_HEIGHT }} />,
  <div style={{ height: MAP_HEIGHT }} />, // the table beside it has every figure
);
