import { Select } from 'antd';
import { useI18n } from '../../i18n';

/** The year whose figures a page shows: this year and the `back` years before it. */
export function YearSelect({
  value,
  onChange,
  back = 2,
}: {
  value: number;
  onChange: (year: number) => void;
  back?: number;
}) {
  const { lang } = useI18n();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: back + 1 }, (_, i) => thisYear - back + i);
  return (
    <Select
      value={value}
      onChange={onChange}
      style={{ width: 100 }}
      options={years.map((y) => ({ value: y, label: lang === 'zh' ? `${y} 年` : String(y) }))}
    />
  );
}
