import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { loadBoundaries } from './map-data';

echarts.use([
  MapChart,
  ScatterChart,
  GeoComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/** The 示范区 is a functional zone with no boundary in the geojson: a marker (approximate). */
const SHIFANQU = { code: '410871', coord: [113.33, 35.19] as [number, number] };

let registered: Promise<Map<string, string>> | null = null;
/** Label point of each county by GB/T 2260 code (where its name is drawn). */
const labelPoints = new Map<string, [number, number]>([[SHIFANQU.code, SHIFANQU.coord]]);
/** Registers Jiaozuo's map once; resolves to feature name by GB/T 2260 code. */
function registerJiaozuo(): Promise<Map<string, string>> {
  registered ??= loadBoundaries()
    .then((geo) => {
      echarts.registerMap('jiaozuo', geo as never);
      for (const f of geo.features)
        if (f.properties.cp) labelPoints.set(String(f.id), f.properties.cp);
      return new Map(geo.features.map((f) => [String(f.id), f.properties.name]));
    })
    .catch((e: unknown) => {
      registered = null; // a later page may try again
      throw e;
    });
  return registered;
}

export interface MapValue {
  unitId: string;
  code: string;
  name: string;
  value: number | null;
  display: string;
}

export function JiaozuoMap({
  values,
  higherBetter,
  onUnitClick,
  label,
  testId = 'cockpit-map',
  fallback,
}: {
  values: MapValue[];
  higherBetter: boolean;
  label: string;
  onUnitClick: (unitId: string) => void;
  testId?: string;
  /** Shown instead when the boundaries cannot be loaded (e.g. a plain list of the values). */
  fallback?: ReactNode;
}) {
  const { lang } = useI18n();
  const [names, setNames] = useState<Map<string, string> | null>(null);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    registerJiaozuo().then(setNames, () => setFailed(true));
  }, []);
  if (failed && fallback) return <>{fallback}</>;
  if (!names) return <div style={{ height: 420 }} />;
  const nums = values.map((v) => v.value).filter((v): v is number => v !== null);
  // One value (a county's own cockpit) or all equal: the scale starts at 0, so one overdue
  // matter is coloured as bad and a 100% rate as good, not both as the scale's low end.
  const lowest = nums.length ? Math.min(...nums) : 0;
  const min = new Set(nums).size <= 1 ? Math.min(0, lowest) : lowest;
  const max = nums.length ? Math.max(...nums, min + 1) : 1;
  const colors = ['#f5222d', '#faad14', '#52c41a'];
  const byName = new Map<string, MapValue>();
  for (const v of values) byName.set(names.get(v.code) ?? v.name, v);
  const zone = values.find((v) => v.code === SHIFANQU.code);
  const option: EChartsOption = {
    tooltip: {
      formatter: (p: unknown) => {
        const x = p as { name: string; seriesType: string };
        const v = x.seriesType === 'scatter' ? zone : byName.get(x.name);
        return v ? `${v.name}<br/>${label}：${v.display}` : x.name;
      },
    },
    visualMap: {
      min,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: higherBetter ? colors : [...colors].reverse() },
      seriesIndex: [0, 1],
      text: lang === 'zh' ? ['高', '低'] : ['High', 'Low'],
    },
    geo: { map: 'jiaozuo', roam: false, label: { show: true, fontSize: 11 }, top: 10, bottom: 40 },
    series: [
      {
        type: 'map',
        geoIndex: 0,
        data: [...byName.entries()].map(([name, v]) => ({ name, value: v.value ?? undefined })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 18,
        symbol: 'pin',
        label: { show: true, formatter: '示范区', position: 'right', fontSize: 11 },
        data: zone ? [{ name: zone.name, value: [...SHIFANQU.coord, zone.value ?? 0] }] : [],
      },
    ],
  };
  const codeByName = new Map(values.map((v) => [names.get(v.code) ?? v.name, v.unitId]));
  // Where each unit is drawn, in pixels of the canvas (data-unit-pixels): lets a browser
  // test click a county where a person would.
  const notePixels = (chart: echarts.ECharts) => {
    const at: Record<string, number[]> = {};
    for (const v of values) {
      const point = labelPoints.get(v.code);
      if (point) at[v.unitId] = chart.convertToPixel({ geoIndex: 0 }, point) as number[];
    }
    box.current?.setAttribute('data-unit-pixels', JSON.stringify(at));
  };
  return (
    <div data-testid={testId ?? 'cockpit-map'} ref={box}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        style={{ height: 420 }}
        notMerge
        // The chart on its element, so a browser test can turn a county's coordinates into
        // pixels (convertToPixel) and click the canvas there, as a person would.
        onChartReady={(chart) => {
          if (box.current) Object.assign(box.current, { echarts: chart });
          notePixels(chart);
        }}
        onEvents={{
          // After each render (a resize too) the counties may have moved.
          finished: (_: unknown, chart: echarts.ECharts) => notePixels(chart),
          click: (p: { name: string; seriesType: string }) => {
            const id = p.seriesType === 'scatter' ? zone?.unitId : codeByName.get(p.name);
            if (id) onUnitClick(id);
          },
        }}
      />
    </div>
  );
}
