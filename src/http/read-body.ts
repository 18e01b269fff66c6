/**
 * Decodes a response body as it arrives (RFC 9110 §8.4 content codings) and keeps at most
 * `maxBodyBytes` of it. Decoded bytes past the cap are counted and dropped, so memory stays
 * bounded however large the body, or however far a small compressed body inflates (a
 * decompression bomb): the output is consumed chunk by chunk and never gathered past the cap.
 */
import { Buffer } from 'node:buffer';
import type { Transform } from 'node:stream';
import * as zlib from 'node:zlib';

export interface BodyResult {
  body: Uint8Array;
  /** Decoded bytes seen, kept or not. */
  bodyBytes: number;
  bodyTruncated: boolean;
}

export interface BodyReaderOptions {
  /** The response's Content-Encoding header, e.g. `gzip` or `gzip, br`. */
  contentEncoding: string | undefined;
  maxBodyBytes: number;
  /** Past this many bytes seen (raw or decoded) `onLimit` fires once: stop reading. */
  hardLimitBytes: number;
  /** Pause (true) or resume (false) the socket while the decoder catches up. */
  onBackpressure: (paused: boolean) => void;
  onLimit: () => void;
  onError: (error: Error) => void;
}

export interface BodyReader {
  push(chunk: Uint8Array): void;
  /** Resolves once every decoded byte is counted. */
  finish(): Promise<void>;
  /** Stops decoding (after an error or the hard limit). */
  destroy(): void;
  /** More bytes were seen than kept: the cap was reached. */
  readonly truncated: boolean;
  result(): BodyResult;
}

// Lenient flushing as in browsers and undici's fetch: a body cut short still yields what it had.
const ZLIB_LENIENT = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const BROTLI_LENIENT = { flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH };

/** One decoder for one coding; undefined for `identity` and for codings we cannot decode. */
function createDecoder(coding: string): Transform | undefined {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(ZLIB_LENIENT);
    case 'deflate':
      return zlib.createInflate(ZLIB_LENIENT);
    case 'br':
      return zlib.createBrotliDecompress(BROTLI_LENIENT);
    case 'zstd':
      // node:zlib has zstd from Node 22.15 / 23.8 on.
      return typeof zlib.createZstdDecompress === 'function' ? zlib.createZstdDecompress() : undefined;
    default:
      return undefined;
  }
}

/**
 * Codings are listed in the order they were applied, so they are undone last to first. When one
 * is unknown the body is kept as it came (still encoded) rather than half decoded.
 */
function createDecoders(contentEncoding: string | undefined): Transform[] {
  const codings = (contentEncoding ?? '').split(',').map((coding) => coding.trim().toLowerCase()).filter((coding) => coding !== '' && coding !== 'identity');
  const decoders = codings.reverse().map(createDecoder);
  if (decoders.some((decoder) => decoder === undefined)) {
    for (const decoder of decoders) decoder?.destroy();
    return [];
  }
  return decoders as Transform[];
}

export function createBodyReader(options: BodyReaderOptions): BodyReader {
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let bodyBytes = 0;
  let rawBytes = 0;
  let limited = false;
  const decoders = createDecoders(options.contentEncoding);

  const count = (chunk: Buffer): void => {
    bodyBytes += chunk.length;
    const room = options.maxBodyBytes - keptBytes;
    if (room > 0) {
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      kept.push(part);
      keptBytes += part.length;
    }
    if (!limited && (bodyBytes > options.hardLimitBytes || rawBytes > options.hardLimitBytes)) {
      limited = true;
      options.onLimit();
    }
  };

  for (let i = 0; i < decoders.length - 1; i++) decoders[i]!.pipe(decoders[i + 1]!);
  const first = decoders[0];
  const last = decoders.at(-1);
  last?.on('data', count);
  for (const decoder of decoders) decoder.on('error', (error: Error) => options.onError(error));
  first?.on('drain', () => options.onBackpressure(false));

  return {
    push(chunk) {
      if (limited) return;
      const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      rawBytes += buffer.length;
      if (!first) return count(buffer);
      if (!first.write(buffer)) options.onBackpressure(true);
    },
    finish() {
      if (!first || !last) return Promise.resolve();
      return new Promise<void>((resolve) => {
        last.once('end', resolve);
        first.end();
      });
    },
    destroy() {
      for (const decoder of decoders) decoder.destroy();
    },
    get truncated() {
      return bodyBytes > keptBytes;
    },
    result() {
      return { body: Buffer.concat(kept, keptBytes), bodyBytes, bodyTruncated: bodyBytes > keptBytes };
    }
  };
}
