import type { FastifyReply } from 'fastify';

/**
 * RFC 6266 Content-Disposition: a plain ASCII fallback name (Polish letters without their marks, anything
 * else outside printable ASCII as "_") and the exact UTF-8 name. A raw "ł" in a header would make Node refuse
 * the answer, so every download names its file through here.
 */
export function contentDisposition(fileName: string, inline = false): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The headers of a downloaded file: its type and name, never cached, never sniffed. */
export function attachmentHeaders(reply: FastifyReply, fileName: string, mediaType: string, inline = false) {
  reply.header('content-type', mediaType);
  reply.header('content-disposition', contentDisposition(fileName, inline));
  reply.header('cache-control', 'no-store');
  reply.header('x-content-type-options', 'nosniff');
}
