import { Card, Col, Descriptions, List, Row, Space, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { get } from '../../api';
import { Light, type LightColor } from '../../components/Light';
import { Loading } from '../../components/Loadable';
import { MATTER_SOURCE_LABELS, type MatterSource } from '../../../core/enums';
import { useI18n, UserText } from '../../i18n';
import { useMattersT } from './messages';
import { deadlineLabel, lightReason, statusLabel, timelineLabel } from './server-labels';
import { Attachments } from './Attachments';
import { MatterActions } from './MatterActions';
import { dateZh } from './MatterTable';
import type { MatterDetail, TimelineEntry } from './types';

/** One matter: what, who, every deadline, the actions the caller may take, and its timeline. */
export function MatterDetailPage() {
  const { id } = useParams();
  const t = useMattersT();
  const { lang, label } = useI18n();
  const [m, setM] = useState<MatterDetail | null>(null);
  const [timeline, setTimeline] = useState<TimelineEntry[]>([]);
  const load = useCallback(async () => {
    setM(await get<MatterDetail>(`/api/matters/${id}`));
    setTimeline((await get<{ items: TimelineEntry[] }>(`/api/matters/${id}/timeline`)).items);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!m) return <Loading />;

  return (
    <Row gutter={16}>
      <Col xs={24} lg={15}>
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Card
            title={
              <span data-testid="matter-title" data-user-text="">
                {m.title}
              </span>
            }
            extra={
              <Light
                light={m.light as LightColor}
                title={lightReason(m.lightReason, lang)}
                testId="matter-light"
              />
            }
          >
            <Typography.Paragraph type="secondary">
              {lightReason(m.lightReason, lang)}
            </Typography.Paragraph>
            <Descriptions column={2} size="small">
              <Descriptions.Item label={t('statusLabel')}>
                <Tag data-testid="matter-status">{statusLabel(m, lang)}</Tag>
                {m.rating && <Tag color="blue">{m.rating}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('source')}>
                {m.listTitle ??
                  (MATTER_SOURCE_LABELS[m.source as MatterSource]
                    ? label(MATTER_SOURCE_LABELS[m.source as MatterSource])
                    : m.sourceLabel)}
              </Descriptions.Item>
              <Descriptions.Item label={t('leadLeader')}>{m.leadLeader || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('leadUnit')}>{m.leadUnit.name}</Descriptions.Item>
              <Descriptions.Item label={t('coopUnits')} span={2}>
                {m.cooperatingUnits.map((u) => u.name).join('、') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('assignedOn')}>{dateZh(m.assignedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('rule')}>
                {m.ruleCode}（{m.dayKind === 'working' ? t('workingDays') : t('naturalDays')}）
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}>
              {m.content}
            </Typography.Paragraph>
            <MatterActions matter={m} onDone={load} />
          </Card>
          <Card title={t('deadlines')} size="small">
            <List
              size="small"
              dataSource={[
                ...m.deadlines.map((d) => ({
                  key: d.key,
                  title: deadlineLabel(d, lang),
                  due: d.due,
                  done: null as string | null,
                })),
                ...m.nodes.map((n) => ({
                  key: n.id,
                  title: t('node', { title: n.title }),
                  due: n.due,
                  done: n.doneOn,
                })),
              ]}
              renderItem={(d) => (
                <List.Item
                  extra={
                    d.done ? <Tag color="green">{t('doneOn', { date: dateZh(d.done) })}</Tag> : null
                  }
                >
                  {d.title}：{dateZh(d.due)}
                </List.Item>
              )}
            />
            {m.originalFinalDue && m.originalFinalDue !== m.finalDue && (
              <Typography.Text type="secondary">
                {t('extended', { from: dateZh(m.originalFinalDue), to: dateZh(m.finalDue) })}
              </Typography.Text>
            )}
          </Card>
          <Attachments
            matter={m}
            canUpload={m.myRoles.length > 0 && m.status !== 'closed'}
            onDone={load}
          />
          {(m.notices.length > 0 || m.extensions.length > 0) && (
            <Card title={t('noticesTitle')} size="small">
              {m.notices.map((n) => (
                <div key={n.id}>
                  <a href={`/api/notices/${n.id}/document.docx`} data-testid="notice-doc">
                    {n.number}
                  </a>
                  {t('noticeLine', { issued: dateZh(n.issuedOn), reply: dateZh(n.replyDue) })}
                </div>
              ))}
              {m.extensions.map((e) => (
                <div key={e.id}>
                  {t('extLine', {
                    state:
                      e.status === 'pending'
                        ? t('extPending')
                        : e.status === 'granted'
                          ? t('extGranted', { date: dateZh(e.grantedDue) })
                          : t('extRefused'),
                    reason: e.reason,
                    date: dateZh(e.requestedDue),
                  })}
                </div>
              ))}
            </Card>
          )}
        </Space>
      </Col>
      <Col xs={24} lg={9}>
        <Card title={t('timeline')} size="small" data-testid="matter-timeline">
          <Timeline
            items={timeline.map((e) => ({
              content: (
                <div>
                  <div>
                    <b>{timelineLabel(e, lang)}</b> · <UserText>{e.actorName}</UserText> ·{' '}
                    {dateZh(e.date)}
                  </div>
                  {e.note && (
                    <Typography.Text type={e.kind === 'instruct' ? undefined : 'secondary'}>
                      <UserText>{e.note}</UserText>
                      {e.percent !== null ? `（${e.percent}%）` : ''}
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
