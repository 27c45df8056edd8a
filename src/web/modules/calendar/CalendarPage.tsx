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
      message.success('已保存，新交办事项按此计算期限');
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const update = (i: number, patch: Partial<Override>) =>
    setItems((prev) => prev.map((o, j) => (j === i ? { ...o, ...patch } : o)));

  return (
    <Card
      title="节假日与调休"
      extra={
        <Space>
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          <Button
            onClick={() => setItems((p) => [...p, { date: `${year}-01-01`, kind: 'restday' }])}
          >
            添加一天
          </Button>
          <Button type="primary" onClick={save}>
            保存
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        按国务院办公厅当年节假日安排通知录入：放假日选“休息日”，调休上班的周末选“工作日”。录入的安排优先于内置日历。
      </Typography.Paragraph>
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Table
        rowKey={(_, i) => String(i)}
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          {
            title: '日期',
            render: (_, o, i) => (
              <DatePicker
                allowClear={false}
                value={dayjs(o.date)}
                onChange={(d) => d && update(i, { date: d.format('YYYY-MM-DD') })}
              />
            ),
          },
          {
            title: '类型',
            render: (_, o, i) => (
              <Select
                value={o.kind}
                style={{ width: 120 }}
                onChange={(kind) => update(i, { kind })}
                options={[
                  { value: 'restday', label: '休息日' },
                  { value: 'workday', label: '工作日（调休）' },
                ]}
              />
            ),
          },
          {
            title: '名称',
            render: (_, o, i) => (
              <Input
                value={o.name}
                maxLength={50}
                placeholder="如：春节"
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
