/**
 * @module The event log as XES (IEEE 1849, the format ProM, Disco, PM4Py and Celonis import): the Concept, Time,
 * Organizational and Lifecycle extensions, global attribute defaults, an activity classifier, one `<trace>` per case
 * with its segments, and one `<event>` per touchpoint. Written as the rows come, one trace open at a time.
 */
import { type EventLogRow, type EventLogWriter, isoUtc } from './model.ts';

/**
 * Characters XML 1.0 does not allow at all (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE, U+FFFF):
 * no escape can carry them, so they are dropped.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // In an attribute value a parser turns a raw tab, LF or CR into a space: as references they survive.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** A text made safe for an XML attribute value (or element content). */
export function xmlEscape(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c]!);
}

const attr = (type: 'string' | 'date', key: string, value: string) =>
  `<${type} key="${xmlEscape(key)}" value="${xmlEscape(value)}"/>`;

/** Attributes with no value are left out rather than written empty (so a tool sees them as missing). */
const optional = (key: string, value: string | null) => (value === null ? '' : attr('string', key, value));

export interface XesLogInfo {
  /** The log's own name (`concept:name` on `<log>`). */
  name: string;
}

export function xesHeader(info: XesLogInfo): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<log xes.version="1.0" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">',
    '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>',
    '  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>',
    '  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>',
    '  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>',
    // Defaults for the attributes every trace and every event carries (the standard's "global" declarations).
    '  <global scope="trace">',
    `    ${attr('string', 'concept:name', '__INVALID__')}`,
    `    ${attr('string', 'name', '')}`,
    `    ${attr('string', 'type', '')}`,
    '  </global>',
    '  <global scope="event">',
    `    ${attr('string', 'concept:name', '__INVALID__')}`,
    `    ${attr('date', 'time:timestamp', '1970-01-01T00:00:00.000Z')}`,
    `    ${attr('string', 'org:resource', '__INVALID__')}`,
    `    ${attr('string', 'lifecycle:transition', 'complete')}`,
    `    ${attr('string', 'channel', '')}`,
    '  </global>',
    '  <classifier name="Activity" keys="concept:name"/>',
    '  <classifier name="Activity and resource" keys="concept:name org:resource"/>',
    `  ${attr('string', 'concept:name', info.name)}`,
    `  ${attr('string', 'lifecycle:model', 'standard')}`,
    '',
  ].join('\n');
}

function traceOpen(r: EventLogRow): string {
  return [
    '  <trace>',
    `    ${attr('string', 'concept:name', r.caseId)}`,
    `    ${attr('string', 'name', r.caseName)}`,
    `    ${attr('string', 'type', r.caseType)}`,
    ...[
      optional('source', r.source),
      optional('branch', r.branch),
      optional('owner', r.owner),
      optional('category', r.category),
    ]
      .filter(Boolean)
      .map((a) => `    ${a}`),
    '',
  ].join('\n');
}

const TRACE_CLOSE = '  </trace>\n';

export function xesEvent(r: EventLogRow): string {
  const attributes = [
    attr('string', 'concept:name', r.activity),
    attr('date', 'time:timestamp', isoUtc(r.at)),
    attr('string', 'org:resource', r.resource),
    attr('string', 'lifecycle:transition', 'complete'),
    attr('string', 'channel', r.channel),
    optional('direction', r.direction),
    optional('summary', r.summary),
  ].filter(Boolean);
  return `    <event>\n${attributes.map((a) => `      ${a}\n`).join('')}    </event>\n`;
}

/** The XES writer: opens a trace when the case changes, so rows must come grouped by case. */
export function xesWriter(info: XesLogInfo): EventLogWriter {
  let open: string | null = null;
  return {
    start: () => xesHeader(info),
    rows: (rows) => {
      let out = '';
      for (const r of rows) {
        if (r.caseId !== open) {
          if (open !== null) out += TRACE_CLOSE;
          out += traceOpen(r);
          open = r.caseId;
        }
        out += xesEvent(r);
      }
      return out;
    },
    end: () => `${open === null ? '' : TRACE_CLOSE}</log>\n`,
  };
}
