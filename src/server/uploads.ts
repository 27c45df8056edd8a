import type { FastifyRequest } from 'fastify';
import { fileNameProblem, normalizeText } from '../core/text';
import { badRequest } from './errors';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]); // a zip container

/**
 * Reads the single uploaded file of a multipart request into memory (size-limited by the
 * multipart plugin), checking the extension and the file's own signature, not its claimed type.
 */
export async function readUploadedXlsx(
  req: FastifyRequest,
): Promise<{ name: string; data: Buffer }> {
  const file = await req.file();
  if (!file) throw badRequest('请选择要上传的文件', 'file');
  const problem = fileNameProblem(file.filename);
  if (problem) throw badRequest(problem, 'file');
  const name = normalizeText(file.filename);
  if (!/\.xlsx$/i.test(name)) throw badRequest('只能上传 .xlsx 格式的 Excel 文件', 'file');
  const data = await file.toBuffer().catch(() => {
    throw badRequest(`文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, 'file');
  });
  if (!data.subarray(0, 4).equals(XLSX_MAGIC)) {
    throw badRequest('文件内容不是有效的 .xlsx 文件', 'file');
  }
  return { name, data };
}
