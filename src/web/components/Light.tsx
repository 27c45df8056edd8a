import { Tag } from 'antd';
import { useI18n } from '../i18n';

export type LightColor = 'green' | 'yellow' | 'red' | 'none';

const COLORS: Record<LightColor, string> = {
  green: '#52c41a',
  yellow: '#faad14',
  red: '#f5222d',
  none: '#bfbfbf',
};

const LABELS: Record<LightColor, { zh: string; en: string }> = {
  green: { zh: '绿灯', en: 'Green' },
  yellow: { zh: '黄灯', en: 'Yellow' },
  red: { zh: '红灯', en: 'Red' },
  none: { zh: '—', en: '—' },
};

/** A red/yellow/green light with its word, so it reads in print and for colour-blind users. */
export function Light({
  light,
  title,
  testId,
}: {
  light: LightColor;
  title?: string;
  testId?: string;
}) {
  const { label } = useI18n();
  return (
    <Tag
      data-testid={testId}
      data-light={light}
      title={title}
      style={{
        borderColor: COLORS[light],
        color: light === 'none' ? '#999' : COLORS[light],
        background: '#fff',
      }}
    >
      <span
        style={{
          display: 'inline-block',
          width: 8,
          height: 8,
          borderRadius: 4,
          background: COLORS[light],
          marginRight: 6,
        }}
      />
      {label(LABELS[light])}
    </Tag>
  );
}
