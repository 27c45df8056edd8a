import { createHmac } from 'node:crypto';
import type { Config } from '../../config';

// DingTalk and WeCom group robots both take {"msgtype":"text","text":{"content":…}}. DingTalk
// robots set to "加签" also need a timestamp and an HMAC-SHA256 signature in the URL.

export function robotUrl(config: Config, now = Date.now()): string | null {
  const base = config.LUOSHI_ROBOT_WEBHOOK_URL;
  if (!base) return null;
  if (config.LUOSHI_ROBOT_KIND !== 'dingtalk' || !config.LUOSHI_ROBOT_SECRET) return base;
  const secret = config.LUOSHI_ROBOT_SECRET;
  const sign = createHmac('sha256', secret).update(`${now}\n${secret}`).digest('base64');
  const sep = base.includes('?') ? '&' : '?';
  return `${base}${sep}timestamp=${now}&sign=${encodeURIComponent(sign)}`;
}

/** Sends one text message; returns false (never throws) when it could not be delivered. */
export async function sendRobotText(config: Config, content: string): Promise<boolean> {
  const url = robotUrl(config);
  if (!url) return false;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ msgtype: 'text', text: { content } }),
      signal: AbortSignal.timeout(5000),
    });
    return res.ok;
  } catch {
    return false;
  }
}
