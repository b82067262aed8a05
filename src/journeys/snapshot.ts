/**
 * @module The engine's state as bytes, so a restart can skip rebuilding from the database: a JSON header, then the
 * typed arrays as they are in memory (decoded as views on the bytes, not copied), then the journey ids. Pure: the
 * caller reads and writes the file.
 */
import { JourneyLog } from './journey-log.ts';
import { type SegmentDimension, Segments } from './segments.ts';

const MAGIC = 0x314a5057; // "WPJ1"
const FORMAT = 1;

export interface SnapshotMeta {
  [key: string]: unknown;
}

interface Header {
  format: number;
  meta: SnapshotMeta;
  activityNames: string[];
  journeys: number;
  events: number;
  segments: { dim: SegmentDimension; values: (string | null)[] }[];
  idBytes: number;
}

const align8 = (n: number) => (n + 7) & ~7;

/** Encodes a log and its segments (the log is compacted first: a snapshot holds no holes). */
export function encodeSnapshot(log: JourneyLog, segments: Segments, meta: SnapshotMeta): Uint8Array {
  log.compact();
  const n = log.journeyCount;
  const cols = log.columns();
  // After compaction the events sit in journey order with a little room after each: copy them without it.
  let events = 0;
  for (let j = 0; j < n; j++) events += cols.journeyEnd[j]! - cols.journeyStart[j]!;
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  const act = new Uint16Array(events);
  const at = new Float64Array(events);
  let to = 0;
  for (let j = 0; j < n; j++) {
    const s = cols.journeyStart[j]!;
    const len = cols.journeyEnd[j]! - s;
    act.set(cols.act.subarray(s, s + len), to);
    at.set(cols.at.subarray(s, s + len), to);
    start[j] = to;
    end[j] = to + len;
    to += len;
  }
  const segs = segments.export(n);
  const ids = new TextEncoder().encode(cols.journeyIds.join('\n'));
  const header: Header = {
    format: FORMAT,
    meta,
    activityNames: cols.activityNames,
    journeys: n,
    events,
    segments: segs.map((s) => ({ dim: s.dim, values: s.values })),
    idBytes: ids.byteLength,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const sections: ArrayBufferView[] = [start, end, at, act, ...segs.map((s) => s.codes), ids];
  let size = align8(8 + headerBytes.byteLength);
  for (const s of sections) size = align8(size + s.byteLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.byteLength, true);
  out.set(headerBytes, 8);
  let offset = align8(8 + headerBytes.byteLength);
  for (const s of sections) {
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), offset);
    offset = align8(offset + s.byteLength);
  }
  return out;
}

export interface DecodedSnapshot {
  meta: SnapshotMeta;
  log: JourneyLog;
  segments: Segments;
}

/** Decodes a snapshot; throws on bytes that are not one (the caller then rebuilds from the database). */
export function decodeSnapshot(bytes: Uint8Array): DecodedSnapshot {
  // Views need 8-byte alignment of the whole buffer: copy once if the file came back unaligned.
  const buf = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a journey snapshot');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(8, 8 + headerLength))) as Header;
  if (header.format !== FORMAT) throw new Error(`snapshot format ${header.format}, expected ${FORMAT}`);
  let offset = align8(8 + headerLength);
  const take = <T>(
    make: (buffer: ArrayBuffer, byteOffset: number, length: number) => T,
    length: number,
    width: number,
  ) => {
    const out = make(buf.buffer as ArrayBuffer, buf.byteOffset + offset, length);
    offset = align8(offset + length * width);
    if (offset > buf.byteLength) throw new Error('truncated journey snapshot');
    return out;
  };
  const n = header.journeys;
  const start = take((b, o, l) => new Uint32Array(b, o, l), n, 4);
  const end = take((b, o, l) => new Uint32Array(b, o, l), n, 4);
  const at = take((b, o, l) => new Float64Array(b, o, l), header.events, 8);
  const act = take((b, o, l) => new Uint16Array(b, o, l), header.events, 2);
  const segmentCodes = header.segments.map((s) => ({
    dim: s.dim,
    values: s.values,
    codes: take((b, o, l) => new Uint16Array(b, o, l), n, 2),
  }));
  const idBytes = take((b, o, l) => new Uint8Array(b, o, l), header.idBytes, 1);
  const journeyIds = header.idBytes === 0 ? [] : new TextDecoder().decode(idBytes).split('\n');
  if (journeyIds.length !== n) throw new Error('journey snapshot ids do not match its journeys');
  const log = JourneyLog.fromColumns({
    activityNames: header.activityNames,
    journeyIds,
    journeyStart: start,
    journeyEnd: end,
    act,
    at,
  });
  return { meta: header.meta, log, segments: Segments.import(segmentCodes) };
}
