import { App, Button, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { post } from '../../api';
import { useExports, type ExportJob } from '../../shell/ExportTray';
import { useT } from './messages';

/**
 * Evaluates every enterprise the caller can read for the year as a background job; its
 * progress shows here and in the exports tray, where the result sheet is downloaded.
 */
export function EvaluationRun({ year }: { year: number }) {
  const t = useT();
  const { message } = App.useApp();
  const exports = useExports();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = exports.jobs.find((j) => j.id === jobId);
  const active = job && (job.status === 'queued' || job.status === 'running');
  return (
    <Space>
      <Button
        loading={!!active}
        data-testid="evaluation-run"
        onClick={async () => {
          try {
            const started = await post<ExportJob>('/api/enterprise-evaluation-runs', { year });
            exports.track(started);
            setJobId(started.id);
          } catch (e) {
            message.error((e as Error).message);
          }
        }}
      >
        {t('runAll', { year })}
      </Button>
      {job && job.status !== 'failed' && (
        <Progress
          style={{ width: 200, margin: 0 }}
          size="small"
          percent={job.total ? Math.floor((job.done / job.total) * 100) : 0}
          status={job.status === 'done' ? 'success' : 'active'}
          data-testid="evaluation-progress"
        />
      )}
      {job?.status === 'done' && (
        <Typography.Text type="secondary" data-testid="evaluation-done">
          {t('runDone', { n: job.total ?? 0 })}
        </Typography.Text>
      )}
      {job?.status === 'failed' && <Typography.Text type="danger">{job.error}</Typography.Text>}
    </Space>
  );
}
