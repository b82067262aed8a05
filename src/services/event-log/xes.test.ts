/**
 * The XES event log as a pure function, parsed back by a real XML parser (jsdom's DOMParser): the IEEE 1849
 * structure (extensions, globals, classifier, traces and events with their standard attributes), escaping, and
 * characters XML 1.0 cannot carry.
 */
import { describe, expect, it } from 'vitest';
import { childElements, parseXml, xesAttributes } from '../../../test/xml.ts';
import { CASE_A, eventRow } from './event-row-fixture.ts';
import type { EventLogRow } from './model.ts';
import { xesWriter, xmlEscape } from './xes.ts';

const A = CASE_A;
const B = '6f1c1d1e-0000-4000-8000-00000000000b';

const row = eventRow;

const write = (name: string, ...batches: EventLogRow[][]) => {
  const w = xesWriter({ name });
  return w.start() + batches.map((b) => w.rows(b)).join('') + w.end();
};

describe('xmlEscape', () => {
  it('escapes the five markup characters and keeps tab, LF and CR as references', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlEscape('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(xmlEscape('Zoë 東京 🚀')).toBe('Zoë 東京 🚀');
  });

  it('drops what XML 1.0 forbids: C0 controls, lone surrogates, U+FFFE and U+FFFF', () => {
    expect(xmlEscape('a\u0000b\u0001c\u001Fd\u000Be\u000Cf')).toBe('abcdef');
    expect(xmlEscape('x\uD800y\uDC00z')).toBe('xyz');
    expect(xmlEscape('p\uFFFEq\uFFFFr')).toBe('pqr');
    expect(xmlEscape('\u{1F600}')).toBe('\u{1F600}');
  });
});

describe('xesWriter', () => {
  const rows = [
    row(),
    row({
      activity: 'screened',
      at: Date.parse('2026-03-05T10:00:00Z'),
      direction: null,
      summary: 'Phone screen',
    }),
    row({
      caseId: B,
      caseName: 'Acme <Tools> & "Sons"',
      caseType: 'client',
      activity: 'staffing_request',
      resource: 'Waypoint',
      channel: 'system',
      direction: null,
      source: null,
      branch: 'Worcester',
      owner: null,
      category: null,
      summary: "line one\nline 'two'\u0007 </event>",
    }),
  ];

  it('declares the standard extensions, globals and classifier, then one trace per case', () => {
    // Split across batches mid-case: the trace stays one.
    const doc = parseXml(write('Harbor Staffing: candidates and clients', rows.slice(0, 1), rows.slice(1)));
    const log = doc.documentElement;
    expect(log.tagName).toBe('log');
    expect(log.namespaceURI).toBe('http://www.xes-standard.org/');
    expect(log.getAttribute('xes.version')).toBe('1.0');
    expect(log.getAttribute('xes.features')).toBe('nested-attributes');

    const extensions = childElements(log)
      .filter((e) => e.tagName === 'extension')
      .map((e) => [e.getAttribute('name'), e.getAttribute('prefix'), e.getAttribute('uri')]);
    expect(extensions).toEqual([
      ['Concept', 'concept', 'http://www.xes-standard.org/concept.xesext'],
      ['Time', 'time', 'http://www.xes-standard.org/time.xesext'],
      ['Organizational', 'org', 'http://www.xes-standard.org/org.xesext'],
      ['Lifecycle', 'lifecycle', 'http://www.xes-standard.org/lifecycle.xesext'],
    ]);
    const globals = new Map(
      childElements(log)
        .filter((e) => e.tagName === 'global')
        .map((g) => [g.getAttribute('scope'), xesAttributes(g)]),
    );
    expect([...globals.get('trace')!.keys()]).toContain('concept:name');
    expect([...globals.get('event')!.keys()]).toEqual(
      expect.arrayContaining(['concept:name', 'time:timestamp', 'org:resource', 'lifecycle:transition']),
    );
    expect(globals.get('event')!.get('time:timestamp')!.type).toBe('date');
    const classifiers = childElements(log).filter((e) => e.tagName === 'classifier');
    expect(classifiers.map((c) => [c.getAttribute('name'), c.getAttribute('keys')])).toContainEqual([
      'Activity',
      'concept:name',
    ]);
    expect(xesAttributes(log).get('concept:name')!.value).toBe('Harbor Staffing: candidates and clients');

    // The standard's order: extensions, globals, classifiers, the log's attributes, then traces.
    const order = childElements(log).map((e) => (e.getAttribute('key') ? 'attribute' : e.tagName));
    const rank = ['extension', 'global', 'classifier', 'attribute', 'trace'];
    const ranks = order.map((t) => rank.indexOf(t));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);

    const traces = childElements(log).filter((e) => e.tagName === 'trace');
    expect(traces).toHaveLength(2);
    const [t1, t2] = traces.map((t) => ({
      attrs: xesAttributes(t),
      events: childElements(t).filter((e) => e.tagName === 'event'),
    }));
    expect(t1!.attrs.get('concept:name')!.value).toBe(A);
    expect(t1!.attrs.get('name')!.value).toBe('Ada Lovelace');
    expect(t1!.attrs.get('source')).toEqual({ type: 'string', value: 'referral' });
    expect(t1!.events).toHaveLength(2);
    const e1 = xesAttributes(t1!.events[0]!);
    expect(e1.get('concept:name')).toEqual({ type: 'string', value: 'registered' });
    expect(e1.get('time:timestamp')).toEqual({ type: 'date', value: '2026-03-04T05:06:07.089Z' });
    expect(e1.get('org:resource')!.value).toBe('Ava Thompson');
    expect(e1.get('lifecycle:transition')!.value).toBe('complete');
    expect(e1.get('channel')!.value).toBe('form');
    expect(e1.get('direction')!.value).toBe('in');
    // Absent values are left out, not written empty.
    expect(xesAttributes(t1!.events[1]!).has('direction')).toBe(false);

    expect(t2!.attrs.get('name')!.value).toBe('Acme <Tools> & "Sons"');
    expect(t2!.attrs.get('type')!.value).toBe('client');
    expect(t2!.attrs.has('source')).toBe(false);
    expect(t2!.events).toHaveLength(1);
    const e3 = xesAttributes(t2!.events[0]!);
    // Markup and line breaks survive the round trip; the BEL (not allowed in XML 1.0) is gone.
    expect(e3.get('summary')!.value).toBe("line one\nline 'two' </event>");
    expect(e3.get('org:resource')!.value).toBe('Waypoint');
  });

  it('is checked by a parser that refuses what is not well-formed', () => {
    expect(() => parseXml('<log><string key="a" value="x & y"/></log>')).toThrow(/well-formed/);
    expect(() => parseXml('<log><trace></log>')).toThrow(/well-formed/);
  });

  it('writes a well-formed log with no traces when there is nothing to export', () => {
    const log = parseXml(write('empty')).documentElement;
    expect(childElements(log).filter((e) => e.tagName === 'trace')).toHaveLength(0);
  });

  it('every timestamp is an xs:dateTime in UTC with milliseconds', () => {
    const doc = parseXml(write('t', rows));
    const dates = Array.from(doc.getElementsByTagName('date')).map((d) => d.getAttribute('value')!);
    expect(dates.length).toBeGreaterThan(3);
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
