import { AutoComplete, Input } from 'antd';
import { useEffect, useState } from 'react';
import { UNIT_KIND_LABELS, type UnitKind } from '../../core/enums';
import { get, qs } from '../api';
import { useI18n } from '../i18n';
import type { UnitView } from '../types';

/** Find a unit by name, code or pinyin initials (typing `mz` offers 孟州市). */
export function UnitSearch({
  onPick,
  testId = 'unit-search',
}: {
  onPick(u: UnitView): void;
  testId?: string;
}) {
  const { t, label } = useI18n();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<UnitView[]>([]);

  useEffect(() => {
    if (!q.trim()) {
      setOptions([]);
      return;
    }
    const timer = setTimeout(async () => {
      const r = await get<{ items: UnitView[] }>(`/api/units/search${qs({ q: q.trim() })}`).catch(
        () => ({ items: [] }),
      );
      setOptions(r.items);
    }, 150);
    return () => clearTimeout(timer);
  }, [q]);

  return (
    <AutoComplete
      style={{ width: '100%' }}
      value={q}
      onChange={setQ}
      options={options.map((u) => ({
        value: u.id,
        label: (
          <span data-testid={`unit-option-${u.code}`}>
            {u.name}{' '}
            <span style={{ color: '#999' }}>
              {u.code} · {label(UNIT_KIND_LABELS[u.kind as UnitKind])}
            </span>
          </span>
        ),
      }))}
      onSelect={(id: string) => {
        const u = options.find((o) => o.id === id);
        if (u) onPick(u);
        setQ('');
        setOptions([]);
      }}
    >
      <Input.Search placeholder={t('searchUnits')} data-testid={testId} allowClear />
    </AutoComplete>
  );
}
