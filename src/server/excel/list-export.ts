import { badRequest } from '../errors';

/** The most rows a list's .xlsx holds: a longer list is refused, asking for a narrower filter. */
export const LIST_EXPORT_MAX = 100_000;
const PAGE = 1000;

/**
 * Every row of a filtered list (the list a number opens), for a streamed ledger: read a page
 * of 1,000 at a time while the file is written, so other requests run in between and memory
 * holds one page. The first page, read before the answer starts, gives the total; a list
 * longer than LIST_EXPORT_MAX is refused in Chinese before anything is sent. Pages are read
 * one after another, not in one snapshot: a row changed meanwhile may show its newer state.
 */
export async function pagesForExport<T>(
  page: (offset: number, limit: number) => Promise<{ rows: T[]; total: number }>,
): Promise<AsyncIterable<T>> {
  const first = await page(0, PAGE);
  if (first.total > LIST_EXPORT_MAX)
    throw badRequest(
      `共 ${first.total} 条，超过导出上限 ${LIST_EXPORT_MAX} 条，请缩小筛选范围后再导出`,
    );
  return (async function* () {
    yield* first.rows;
    for (let offset = PAGE; offset < first.total; offset += PAGE)
      yield* (await page(offset, PAGE)).rows;
  })();
}
