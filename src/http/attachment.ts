/**
 * @module Sending a kept file as a download: a `Content-Disposition: attachment` header whose file name, someone
 * else's input, is cleaned as on upload (`safeFilename`: no path, no control or bidi characters) and cannot break out
 * of the header (RFC 6266 with an RFC 8187 `filename*` and a plain ASCII `filename` for old clients), a media type
 * that is only ever a plain `type/subtype`, and headers that stop a browser from sniffing, rendering, running or
 * caching it.
 */
import type { FastifyReply } from 'fastify';
import type { FileBody } from '../contract/route-def.ts';
import { safeFilename } from '../services/documents/sniff.ts';

/** RFC 8187 attr-char: what an ext-value may carry unescaped. Everything else is %-encoded UTF-8. */
const ATTR_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/;
/** A media type as `type/subtype` tokens (RFC 9110), without parameters. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** Percent-encodes a name as an RFC 8187 ext-value's value-chars. */
function extValue(name: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(name)) {
    const char = String.fromCharCode(byte);
    out +=
      byte < 0x80 && ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The name for clients that do not read `filename*`: printable ASCII without quotes, backslashes or percent signs. */
function asciiFallback(name: string): string {
  return Array.from(name, (c) => (/^[\x20-\x7e]$/.test(c) && !/["\\%]/.test(c) ? c : '_')).join('');
}

/** The `Content-Disposition` value that makes a browser save the file under `name`, whatever `name` holds. */
export function attachmentDisposition(name: string): string {
  const clean = safeFilename(name);
  return `attachment; filename="${asciiFallback(clean)}"; filename*=UTF-8''${extValue(clean)}`;
}

/** The media type to send: the kept one when it is a plain `type/subtype`, else opaque bytes. */
export function safeMediaType(mediaType: string): string {
  const lower = mediaType.trim().toLowerCase();
  return MEDIA_TYPE.test(lower) ? lower : 'application/octet-stream';
}

/** Sends a kept file as a download that the browser saves and never renders, sniffs or caches. */
export function sendAttachment(reply: FastifyReply, file: FileBody) {
  const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  return reply
    .header('content-type', safeMediaType(file.mediaType))
    .header('content-disposition', attachmentDisposition(file.filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cross-origin-resource-policy', 'same-origin')
    .send(bytes);
}
