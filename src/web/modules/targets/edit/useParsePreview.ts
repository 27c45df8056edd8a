import { useEffect, useState } from 'react';
import { post } from '../../../api';

export interface ParsedLine {
  indicatorName: string | null;
  indicatorId: string | null;
  parsed: { kind: string; reason?: string };
  meaning: string;
}

/**
 * What Luoshi reads from the words, asked of the server a moment after the person stops
 * typing (POST /api/targets/parse saves nothing). Stale answers are dropped.
 */
export function useParsePreview(wording: string, delay = 350) {
  const [lines, setLines] = useState<ParsedLine[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    const text = wording.trim();
    let live = true;
    if (!text) {
      setLines(null);
      setError(null);
      return;
    }
    setLoading(true);
    const timer = setTimeout(() => {
      post<{ lines: ParsedLine[] }>('/api/targets/parse', { wording: text })
        .then((r) => {
          if (!live) return;
          setLines(r.lines);
          setError(null);
        })
        .catch((e) => {
          if (!live) return;
          setLines(null);
          setError((e as Error).message);
        })
        .finally(() => {
          if (live) setLoading(false);
        });
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [wording, delay]);
  return { lines, error, loading };
}
