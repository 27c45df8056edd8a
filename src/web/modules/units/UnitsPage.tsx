import { Card, Checkbox, Col, Row, Space, Tree } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { ancestorIds, useUnits } from '../../components/useUnits';
import { UnitSearch } from '../../components/UnitSearch';
import { UnitDetail } from './UnitDetail';

/** The unit tree with search on the left, the chosen unit's details on the right. */
export function UnitsPage() {
  const { t } = useI18n();
  const [showInactive, setShowInactive] = useState(false);
  const { tree, byId, units, reload } = useUnits(showInactive);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const rootIds = tree.map((n) => n.key);

  function select(id: string) {
    setSelectedId(id);
    setExpanded((prev) => [...new Set([...(prev ?? rootIds), ...ancestorIds(byId, id)])]);
  }

  const selected = selectedId ? byId.get(selectedId) : undefined;
  return (
    <Row gutter={16}>
      <Col xs={24} md={10} lg={8}>
        <Card
          title={t('units')}
          extra={
            <Checkbox checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)}>
              {t('showInactive')}
            </Checkbox>
          }
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <UnitSearch onPick={(u) => select(u.id)} />
            <Tree
              data-testid="unit-tree"
              treeData={tree}
              expandedKeys={expanded ?? rootIds}
              onExpand={(keys) => setExpanded(keys as string[])}
              selectedKeys={selectedId ? [selectedId] : []}
              onSelect={(keys) => keys[0] && select(String(keys[0]))}
              titleRender={(n) => (
                <span
                  data-testid={`unit-node-${n.unit.code}`}
                  style={{ color: n.unit.active ? undefined : '#999' }}
                >
                  {n.title}
                </span>
              )}
              height={600}
            />
          </Space>
        </Card>
      </Col>
      <Col xs={24} md={14} lg={16}>
        {selected ? (
          <UnitDetail unit={selected} units={units} onChanged={reload} onSelect={select} />
        ) : (
          <Card>{t('selectUnit')}</Card>
        )}
      </Col>
    </Row>
  );
}
