// The grams a name search must find in the index `enterprise_name_grams` (drizzle 0012): one
// character alone, otherwise its distinct pairs of neighbouring characters. Every name that
// contains the words holds all of them; the query still checks the substring itself.
export function searchGrams(q: string): string[] {
  const chars = Array.from(q);
  if (chars.length <= 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}
