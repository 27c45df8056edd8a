// Reading an uploaded report: .txt (UTF-8, or GB18030 as Chinese Windows saves it) or .docx
// (mammoth, text only). The route checks the caller's role before calling this; the file is
// read with a size limit and its signature checked, not its claimed type.
import type { FastifyRequest } from 'fastify';
import mammoth from 'mammoth';
import { badRequest } from '../../errors';
import { checkXlsxLimits } from '../../excel/xlsx-limits';
import { INTAKE_UPLOAD_MAX_BYTES } from './schema';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function decodeText(data: Buffer): string {
  const body = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

export async function readUploadedReport(
  req: FastifyRequest,
): Promise<{ name: string; text: string }> {
  const file = await req.file({ limits: { fileSize: INTAKE_UPLOAD_MAX_BYTES, files: 1 } });
  if (!file) throw badRequest('请选择要上传的文件', 'file');
  const name = file.filename;
  const kind = /\.docx$/i.test(name) ? 'docx' : /\.txt$/i.test(name) ? 'txt' : null;
  if (!kind) {
    file.file.resume();
    throw badRequest('只能上传 .txt 或 .docx 格式的文件', 'file');
  }
  const data = await file.toBuffer().catch(() => {
    throw badRequest(`文件不能超过 ${INTAKE_UPLOAD_MAX_BYTES / 1024 / 1024} MB`, 'file');
  });
  if (kind === 'txt') {
    if (data.includes(0)) throw badRequest('文件内容不是文本文件', 'file');
    return { name, text: decodeText(data) };
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC))
    throw badRequest('文件内容不是有效的 .docx 文件', 'file');
  // A .docx is a zip: inflate it once as a stream with the upload limits (entries, real
  // uncompressed size) before mammoth builds anything, so a zip bomb is refused at once.
  await checkXlsxLimits(data).catch((e: Error) => {
    throw /解压后超过|压缩包内文件超过/.test(e.message)
      ? e
      : badRequest('文件内容不是有效的 .docx 文件', 'file');
  });
  const result = await mammoth.extractRawText({ buffer: data }).catch(() => {
    throw badRequest('无法读取该 Word 文件的文字，请另存为 .docx 或粘贴文本', 'file');
  });
  return { name, text: result.value };
}
