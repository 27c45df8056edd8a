import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, Popover, Progress, Space, Typography } from 'antd';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { get, post } from '../api';
import { defineMessages } from '../i18n';

export interface ExportJob {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  done: number;
  total: number | null;
  fileName: string | null;
  error: string | null;
}

const useT = defineMessages({
  zh: {
    exports: '导出',
    started: '已开始导出，可继续其他工作，完成后在右上角“导出”下载',
    finished: '导出完成：{name}',
    download: '下载',
    queued: '排队中',
    failed: '导出失败',
    none: '暂无导出任务',
    rows: '{done} / {total} 行',
    running: '正在导出清单台账',
    evaluating: '正在评价全部企业',
  },
  en: {
    exports: 'Exports',
    started: 'Export started: keep working, download it from "Exports" at the top right',
    finished: 'Export ready: {name}',
    download: 'Download',
    queued: 'Queued',
    failed: 'Export failed',
    none: 'No exports yet',
    rows: '{done} / {total} rows',
    running: 'Exporting a list ledger',
    evaluating: 'Evaluating all enterprises',
  },
});

interface Exports {
  jobs: ExportJob[];
  start(body: Record<string, unknown>): Promise<void>;
  /** Follows a job another route started (an evaluation run): polled and shown like an export. */
  track(job: ExportJob): void;
}
const ExportsContext = createContext<Exports | null>(null);

export function useExports(): Exports {
  const ctx = useContext(ExportsContext);
  if (!ctx) throw new Error('useExports outside ExportsProvider');
  return ctx;
}

const active = (j: ExportJob) => j.status === 'queued' || j.status === 'running';

/**
 * Long exports run on the server as jobs; this keeps the person's jobs, polls them while one
 * is running, and tells them when a file is ready. Pages stay usable meanwhile.
 */
export function ExportsProvider({ children, enabled }: { children: ReactNode; enabled: boolean }) {
  const { message, notification } = App.useApp();
  const t = useT();
  const [jobs, setJobs] = useState<ExportJob[]>([]);
  const refresh = useCallback(async () => {
    const next = (await get<{ items: ExportJob[] }>('/api/exports')).items;
    setJobs((prev) => {
      for (const j of next) {
        const before = prev.find((p) => p.id === j.id);
        if (before && active(before) && j.status === 'done') {
          notification.success({
            message: t('finished', { name: j.fileName ?? '' }),
            btn: (
              <Button
                type="primary"
                size="small"
                href={`/api/exports/${j.id}/file`}
                data-testid="export-download-now"
              >
                {t('download')}
              </Button>
            ),
          });
        }
      }
      return next;
    });
  }, [notification, t]);
  // Once per sign-in: `refresh` changes whenever the messages do (each render of the shell),
  // and following it made every page open ask for /api/exports five to eight times.
  const refreshNow = useRef(refresh);
  refreshNow.current = refresh;
  useEffect(() => {
    if (enabled) void refreshNow.current().catch(() => undefined);
  }, [enabled]);
  const running = jobs.some(active);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void refresh().catch(() => undefined), 800);
    return () => clearInterval(timer);
  }, [running, refresh]);

  const value = useMemo<Exports>(
    () => ({
      jobs,
      async start(body) {
        const job = await post<ExportJob>('/api/exports', body);
        setJobs((prev) => [job, ...prev]);
        message.info(t('started'));
      },
      track(job) {
        setJobs((prev) => [job, ...prev.filter((j) => j.id !== job.id)]);
      },
    }),
    [jobs, message, t],
  );
  return <ExportsContext.Provider value={value}>{children}</ExportsContext.Provider>;
}

/** The header button: running exports with their progress, finished ones to download. */
export function ExportTray() {
  const t = useT();
  const { jobs } = useExports();
  const running = jobs.filter(active).length;
  const content = jobs.length ? (
    <Space direction="vertical" style={{ width: 320 }} data-testid="export-tray-list">
      {jobs.slice(0, 8).map((j) => (
        <div key={j.id} data-testid={`export-job-${j.status}`}>
          <Typography.Text ellipsis style={{ maxWidth: 300, display: 'block' }}>
            {j.fileName ?? (j.kind === 'enterprise-evaluation' ? t('evaluating') : t('running'))}
          </Typography.Text>
          {j.status === 'done' ? (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              href={`/api/exports/${j.id}/file`}
              data-testid="export-download"
            >
              {t('download')}
            </Button>
          ) : j.status === 'failed' ? (
            <Typography.Text type="danger">{j.error ?? t('failed')}</Typography.Text>
          ) : (
            <>
              <Progress
                percent={j.total ? Math.floor((j.done / j.total) * 100) : 0}
                size="small"
                status="active"
                data-testid="export-progress"
              />
              <Typography.Text type="secondary">
                {j.total === null ? t('queued') : t('rows', { done: j.done, total: j.total })}
              </Typography.Text>
            </>
          )}
        </div>
      ))}
    </Space>
  ) : (
    <Empty description={t('none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Badge count={running} size="small">
        <Button type="text" icon={<FileExcelOutlined />} data-testid="export-tray">
          {t('exports')}
        </Button>
      </Badge>
    </Popover>
  );
}
