import { DeleteOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { get, put } from '../../api';
import { useCalendarT } from './messages';

interface Override {
  date: string;
  kind: 'workday' | 'restday';
  name?: string;
}

/**
 * A year's holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) entered as data: rest
 * days and the weekend days moved into work (调休). It takes precedence over the calendar
 * package, so next year's deadlines are right before the package catches up.
 */
export function CalendarPage() {
  const { message } = App.useApp();
  const t = useCalendarT();
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const [items, setItems] = useState<Override[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    setItems((await get<{ items: Override[] }>(`/api/calendar/overrides/${year}`)).items);
  }, [year]);
  useEffect(() => {
    void load();
  }, [load]);

  async function save() {
    setError(null);
    try {
      await put(`/api/calendar/overrides/${year}`, { items });
      message.success(t('saved'));
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const update = (i: number, patch: Partial<Override>) =>
    setItems((prev) => prev.map((o, j) => (j === i ? { ...o, ...patch } : o)));

  return (
    <Card
      title={t('title')}
      extra={
        <Space>
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          <Button
            onClick={() => setItems((p) => [...p, { date: `${year}-01-01`, kind: 'restday' }])}
          >
            {t('addDay')}
          </Button>
          <Button type="primary" onClick={save}>
            {t('save')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('hint')}
      </Typography.Paragraph>
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Table
        rowKey={(_, i) => String(i)}
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          {
            title: t('date'),
            render: (_, o, i) => (
              <DatePicker
                allowClear={false}
                value={dayjs(o.date)}
                onChange={(d) => d && update(i, { date: d.format('YYYY-MM-DD') })}
              />
            ),
          },
          {
            title: t('kind'),
            render: (_, o, i) => (
              <Select
                value={o.kind}
                style={{ width: 120 }}
                onChange={(kind) => update(i, { kind })}
                options={[
                  { value: 'restday', label: t('restday') },
                  { value: 'workday', label: t('workday') },
                ]}
              />
            ),
          },
          {
            title: t('name'),
            render: (_, o, i) => (
              <Input
                value={o.name}
                maxLength={50}
                placeholder={t('namePlaceholder')}
                onChange={(e) => update(i, { name: e.target.value })}
              />
            ),
          },
          {
            title: '',
            width: 60,
            render: (_, _o, i) => (
              <Button
                type="text"
                icon={<DeleteOutlined />}
                onClick={() => setItems((p) => p.filter((_, j) => j !== i))}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
