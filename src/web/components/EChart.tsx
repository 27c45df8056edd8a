import { BarChart, LineChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';

// Register only the parts the pages use (the full echarts bundle is ~1 MB).
echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  MarkLineComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

export function EChart({
  option,
  height = 360,
  testId,
  onClick,
}: {
  option: EChartsOption;
  height?: number;
  testId?: string;
  /** A click on a data item (a bar): its index and series. */
  onClick?(e: { dataIndex: number; seriesIndex?: number }): void;
}) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        style={{ height, cursor: onClick ? 'pointer' : undefined }}
        notMerge
        onEvents={onClick ? { click: onClick } : undefined}
      />
    </div>
  );
}
