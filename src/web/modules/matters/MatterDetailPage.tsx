import { Card, Col, Descriptions, List, Row, Space, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { get } from '../../api';
import { Light, type LightColor } from '../../components/Light';
import { Attachments } from './Attachments';
import { MatterActions } from './MatterActions';
import { dateZh } from './MatterTable';
import type { MatterDetail, TimelineEntry } from './types';

/** One matter: what, who, every deadline, the actions the caller may take, and its timeline. */
export function MatterDetailPage() {
  const { id } = useParams();
  const [m, setM] = useState<MatterDetail | null>(null);
  const [timeline, setTimeline] = useState<TimelineEntry[]>([]);
  const load = useCallback(async () => {
    setM(await get<MatterDetail>(`/api/matters/${id}`));
    setTimeline((await get<{ items: TimelineEntry[] }>(`/api/matters/${id}/timeline`)).items);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!m) return null;

  return (
    <Row gutter={16}>
      <Col xs={24} lg={15}>
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Card
            title={<span data-testid="matter-title">{m.title}</span>}
            extra={
              <Light light={m.light as LightColor} title={m.lightReason} testId="matter-light" />
            }
          >
            <Typography.Paragraph type="secondary">{m.lightReason}</Typography.Paragraph>
            <Descriptions column={2} size="small">
              <Descriptions.Item label="状态">
                <Tag data-testid="matter-status">{m.statusLabel}</Tag>
                {m.rating && <Tag color="blue">{m.rating}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label="来源">{m.listTitle ?? m.sourceLabel}</Descriptions.Item>
              <Descriptions.Item label="牵头领导">{m.leadLeader || '—'}</Descriptions.Item>
              <Descriptions.Item label="牵头单位">{m.leadUnit.name}</Descriptions.Item>
              <Descriptions.Item label="配合单位" span={2}>
                {m.cooperatingUnits.map((u) => u.name).join('、') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label="交办日期">{dateZh(m.assignedOn)}</Descriptions.Item>
              <Descriptions.Item label="期限规则">
                {m.ruleCode}（{m.dayKind === 'working' ? '工作日' : '自然日'}）
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}>
              {m.content}
            </Typography.Paragraph>
            <MatterActions matter={m} onDone={load} />
          </Card>
          <Card title="期限（13710）" size="small">
            <List
              size="small"
              dataSource={[
                ...m.deadlines.map((d) => ({
                  key: d.key,
                  title: d.labelZh,
                  due: d.due,
                  done: null as string | null,
                })),
                ...m.nodes.map((n) => ({
                  key: n.id,
                  title: `时间节点：${n.title}`,
                  due: n.due,
                  done: n.doneOn,
                })),
              ]}
              renderItem={(d) => (
                <List.Item extra={d.done ? <Tag color="green">已完成 {dateZh(d.done)}</Tag> : null}>
                  {d.title}：{dateZh(d.due)}
                </List.Item>
              )}
            />
            {m.originalFinalDue && m.originalFinalDue !== m.finalDue && (
              <Typography.Text type="secondary">
                原办结期限 {dateZh(m.originalFinalDue)}，延期至 {dateZh(m.finalDue)}
              </Typography.Text>
            )}
          </Card>
          <Attachments
            matter={m}
            canUpload={m.myRoles.length > 0 && m.status !== 'closed'}
            onDone={load}
          />
          {(m.notices.length > 0 || m.extensions.length > 0) && (
            <Card title="督办单与延期" size="small">
              {m.notices.map((n) => (
                <div key={n.id}>
                  <a href={`/api/notices/${n.id}/document.docx`} data-testid="notice-doc">
                    {n.number}
                  </a>
                  ，{dateZh(n.issuedOn)} 下发，{dateZh(n.replyDue)} 前反馈
                </div>
              ))}
              {m.extensions.map((e) => (
                <div key={e.id}>
                  延期申请（
                  {e.status === 'pending'
                    ? '待审批'
                    : e.status === 'granted'
                      ? `已同意至 ${dateZh(e.grantedDue)}`
                      : '未同意'}
                  ）：{e.reason}，申请至 {dateZh(e.requestedDue)}
                </div>
              ))}
            </Card>
          )}
        </Space>
      </Col>
      <Col xs={24} lg={9}>
        <Card title="办理过程" size="small" data-testid="matter-timeline">
          <Timeline
            items={timeline.map((t) => ({
              content: (
                <div>
                  <div>
                    <b>{t.label}</b> · {t.actorName} · {dateZh(t.date)}
                  </div>
                  {t.note && (
                    <Typography.Text type="secondary">
                      {t.note}
                      {t.percent !== null ? `（${t.percent}%）` : ''}
                    </Typography.Text>
                  )}
                </div>
              ),
            }))}
          />
        </Card>
      </Col>
    </Row>
  );
}
