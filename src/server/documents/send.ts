import type { FastifyReply } from 'fastify';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends a Word document as a download named in Chinese (RFC 5987). */
export function sendDocx(reply: FastifyReply, fileName: string, file: Buffer) {
  return reply
    .type(DOCX_MIME)
    .header(
      'content-disposition',
      `attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .send(file);
}
