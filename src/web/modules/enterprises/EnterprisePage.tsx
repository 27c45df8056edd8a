import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Popconfirm,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { STATUS_LABELS, type MatterStatus } from '../../../core/matters/lifecycle';
import { del, get, qs } from '../../api';
import { EChart } from '../../components/EChart';
import {
  EnterpriseForm,
  LadderForm,
  ProblemForm,
  TitleForm,
  type HeldTitle,
} from './EnterpriseForms';
import { EvaluationCard } from './EvaluationPanel';
import { FIGURE_FIELDS, FiguresForm } from './FiguresForm';
import { useI18n, UserText } from '../../i18n';
import { useT } from './messages';
import { FIGURE_LABELS_EN, usePageT } from './page-messages';
import { LADDER_LABELS, TITLE_LABELS, type EnterpriseDetail } from './types';

/** One enterprise: basics, titles with expiry, figures over the years, evaluation with gaps. */
export function EnterprisePage() {
  const t = useT();
  const pt = usePageT();
  const { label: pick, lang } = useI18n();
  const { message } = App.useApp();
  const { id } = useParams();
  const [year, setYear] = useState<number | undefined>();
  const [d, setD] = useState<EnterpriseDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [modal, setModal] = useState<'edit' | 'title' | 'ladder' | 'problem' | null>(null);
  const [editingTitle, setEditingTitle] = useState<HeldTitle | null>(null);
  const load = useCallback(async () => {
    try {
      setD(await get<EnterpriseDetail>(`/api/enterprises/${id}${qs({ year })}`));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [id, year]);
  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <Alert type="error" message={error} />;
  if (!d)
    return (
      <Spin tip={t('loading')} data-testid="loading">
        <div style={{ height: 200 }} />
      </Spin>
    );
  const years = d.figures.map((f) => f.year);
  const nextYear = (years.at(-1) ?? new Date().getFullYear() - 1) + 1;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Link to="/enterprises">← {t('back')}</Link>
      <Card
        title={
          <Space>
            <UserText>{d.name}</UserText>
            {d.synthetic && <Tag color="purple">{t('synthetic')}</Tag>}
          </Space>
        }
        data-testid="enterprise-page"
        extra={
          d.canEdit && (
            <Space>
              <Button size="small" onClick={() => setModal('edit')} data-testid="edit-enterprise">
                {t('editEnterprise')}
              </Button>
              <Button size="small" onClick={() => setModal('ladder')} data-testid="set-ladder">
                {t('setLadder')}
              </Button>
            </Space>
          )
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('uscc')}>{d.uscc}</Descriptions.Item>
          <Descriptions.Item label={t('unit')}>{d.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('chain')}>{d.chain || '—'}</Descriptions.Item>
          <Descriptions.Item label={pt('industryCode')}>{d.industryCode || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('scale')}>
            {d.scale === 'above' ? t('above') : t('below')}
          </Descriptions.Item>
          <Descriptions.Item label={t('officer')}>{d.serviceOfficer || '—'}</Descriptions.Item>
          <Descriptions.Item label={pt('formerNames')}>
            {d.formerNames.join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={pt('registeredOn')}>{d.registeredOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ladder')}>
            {d.ladder.length
              ? d.ladder
                  .map(
                    (l) =>
                      `${LADDER_LABELS[l.step] ? pt(`ladder_${l.step}` as 'ladder_ge_to_qi') : l.step} ${l.reachedOn}`,
                  )
                  .join('；')
              : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('inPool')}>
            {d.pool.length
              ? d.pool
                  .map((p) =>
                    pt('poolEntry', {
                      year: p.year,
                      kind: TITLE_LABELS[p.targetKind as keyof typeof TITLE_LABELS]
                        ? pick(TITLE_LABELS[p.targetKind as keyof typeof TITLE_LABELS])
                        : p.targetKind,
                    }),
                  )
                  .join('；')
              : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card
        title={t('evaluation')}
        extra={
          <Space>
            {t('year')}
            <Select
              value={d.evaluationYear}
              style={{ width: 100 }}
              data-testid="eval-year"
              options={(years.length ? years : [d.evaluationYear]).map((y) => ({
                value: y,
                label: y,
              }))}
              onChange={setYear}
            />
          </Space>
        }
      >
        <Row gutter={[12, 12]}>
          {d.evaluations.map((e) => (
            <Col key={e.titleKind} xs={24} lg={12}>
              <EvaluationCard e={e} />
            </Col>
          ))}
        </Row>
      </Card>

      <Card
        title={t('titles')}
        extra={
          d.canEdit && (
            <Button size="small" onClick={() => setModal('title')} data-testid="add-title">
              {t('addTitle')}
            </Button>
          )
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d.titleRecords}
          locale={{ emptyText: <Empty description={pt('noTitles')} /> }}
          columns={[
            {
              title: t('title'),
              // A title of its own name (其他称号) stays as entered.
              render: (_, r) =>
                lang === 'en' &&
                r.kind !== 'other' &&
                TITLE_LABELS[r.kind as keyof typeof TITLE_LABELS]
                  ? pick(TITLE_LABELS[r.kind as keyof typeof TITLE_LABELS])
                  : r.labelZh,
            },
            {
              title: pt('level'),
              dataIndex: 'level',
              render: (l: string) =>
                ['national', 'provincial', 'city'].includes(l)
                  ? pt(`level_${l}` as 'level_city')
                  : l,
            },
            { title: pt('certificateNo'), dataIndex: 'certificateNo' },
            { title: pt('grantedOn'), dataIndex: 'grantedOn' },
            {
              title: pt('validTo'),
              dataIndex: 'validTo',
              render: (v, r) => (
                <Space>
                  {v ?? '—'}
                  {r.state === 'expiring' && <Tag color="red">{pt('expiring')}</Tag>}
                  {r.state === 'expired' && <Tag>{pt('expired')}</Tag>}
                </Space>
              ),
            },
            ...(d.canEdit
              ? [
                  {
                    title: '',
                    width: 120,
                    render: (_: unknown, r: HeldTitle) => (
                      <Space size={0}>
                        <Button
                          type="link"
                          size="small"
                          data-testid="edit-title"
                          onClick={() => setEditingTitle(r)}
                        >
                          {t('edit')}
                        </Button>
                        <Popconfirm
                          title={`${t('removeTitle')}？`}
                          onConfirm={async () => {
                            try {
                              await del(`/api/enterprises/${d.id}/titles/${r.id}`);
                              void load();
                            } catch (e) {
                              message.error((e as Error).message);
                            }
                          }}
                        >
                          <Button type="link" size="small" danger>
                            {t('remove')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Card
        title={t('figures')}
        extra={
          d.canEdit && (
            <Space>
              {[...years, nextYear].slice(-3).map((y) => (
                <Button
                  key={y}
                  size="small"
                  onClick={() => setEditing(y)}
                  data-testid={`edit-figures-${y}`}
                >
                  {t('editFigures')} {y}
                </Button>
              ))}
            </Space>
          )
        }
      >
        {d.figures.length > 1 && (
          <EChart
            height={240}
            option={{
              tooltip: { trigger: 'axis' },
              legend: { top: 0 }, // ECharts 6 puts it below by default
              xAxis: { type: 'category', data: years.map(String) },
              yAxis: { type: 'value', name: pt('tenThousandYuan') },
              series: [
                { name: pt('revenue'), type: 'bar', data: d.figures.map((f) => f.revenue) },
                { name: pt('mainRevenue'), type: 'bar', data: d.figures.map((f) => f.mainRevenue) },
                { name: pt('rdExpense'), type: 'line', data: d.figures.map((f) => f.rdExpense) },
              ],
            }}
          />
        )}
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          scroll={{ x: true }}
          dataSource={FIGURE_FIELDS.map(([k, label]) => ({
            key: k,
            label: lang === 'zh' ? label : (FIGURE_LABELS_EN[k] ?? label),
            ...Object.fromEntries(
              d.figures.map((f) => [f.year, (f as unknown as Record<string, unknown>)[k]]),
            ),
          }))}
          columns={[
            { title: '', dataIndex: 'label', width: 200 },
            ...years.map((y) => ({
              title: pt('yearColumn', { year: y }),
              dataIndex: String(y),
              render: (v: unknown) => (v ?? '—') as string,
            })),
          ]}
        />
        {d.revisions.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('history')}：
            {d.revisions
              .slice(0, 5)
              .map((r) =>
                pt(r.before ? 'revised' : 'entered', {
                  date: r.at.slice(0, 10),
                  name: r.actorName,
                  year: r.year,
                }),
              )
              .join('；')}
          </Typography.Paragraph>
        )}
      </Card>

      <Card
        title={t('problems')}
        extra={
          d.canEdit && (
            <Button size="small" onClick={() => setModal('problem')} data-testid="raise-problem">
              {t('raiseProblem')}
            </Button>
          )
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d.problems}
          locale={{ emptyText: <Empty description={pt('none')} /> }}
          columns={[
            {
              title: pt('matter'),
              render: (_, p) => <Link to={`/matters/m/${p.id}`}>{p.title}</Link>,
            },
            { title: pt('leadUnit'), dataIndex: 'leadUnitName' },
            { title: pt('finalDue'), dataIndex: 'finalDue' },
            {
              title: pt('status'),
              render: (_, m) =>
                STATUS_LABELS[m.status as MatterStatus]
                  ? pick(STATUS_LABELS[m.status as MatterStatus])
                  : m.status,
            },
          ]}
        />
      </Card>

      {modal === 'edit' && (
        <EnterpriseForm
          initial={d}
          onClose={() => setModal(null)}
          onSaved={() => {
            setModal(null);
            message.success(t('saved'));
            void load();
          }}
        />
      )}
      {modal === 'title' && (
        <TitleForm
          enterpriseId={d.id}
          onClose={() => setModal(null)}
          onSaved={() => {
            setModal(null);
            void load();
          }}
        />
      )}
      {editingTitle && (
        <TitleForm
          enterpriseId={d.id}
          initial={editingTitle}
          onClose={() => setEditingTitle(null)}
          onSaved={() => {
            setEditingTitle(null);
            message.success(t('saved'));
            void load();
          }}
        />
      )}
      {modal === 'ladder' && (
        <LadderForm
          enterpriseId={d.id}
          onClose={() => setModal(null)}
          onSaved={() => {
            setModal(null);
            void load();
          }}
        />
      )}
      {modal === 'problem' && (
        <ProblemForm
          enterpriseId={d.id}
          onClose={() => setModal(null)}
          onSaved={() => {
            setModal(null);
            message.success(t('matterCreated'));
            void load();
          }}
        />
      )}
      {editing !== null && (
        <FiguresForm
          enterpriseId={d.id}
          year={editing}
          initial={
            d.figures.find((f) => f.year === editing) as unknown as
              Record<string, unknown> | undefined
          }
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success(t('saved'));
            setYear(editing);
            void load();
          }}
        />
      )}
    </Space>
  );
}
