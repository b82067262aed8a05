import { describe, expect, it } from 'vitest';
import { contentTypes, DOCX_MAIN, documentXml, makeDocx, makePdf, makeZip } from './document-fixtures.ts';
import { NOT_A_DOCUMENT } from './errors.ts';
import { inspectUpload, MAX_FILENAME_LENGTH, MAX_UPLOAD_BYTES, safeFilename } from './sniff.ts';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const pdf = makePdf(['Jane Doe', 'Forklift operator']);
const docx = makeDocx(documentXml(['Jane Doe']));

describe('inspectUpload', () => {
  it('takes a PDF and a Word document whose names agree, and gives the cleaned name to keep', () => {
    expect(inspectUpload(pdf, 'Resume.PDF')).toEqual({
      ok: true,
      kind: 'pdf',
      mediaType: 'application/pdf',
      extension: '.pdf',
      filename: 'Resume.pdf',
    });
    expect(inspectUpload(docx, '../My CV\u202E.DOCX')).toEqual({
      ok: true,
      kind: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: '.docx',
      filename: 'My CV.docx',
    });
  });

  it('refuses a Windows executable named resume.pdf, and ELF, scripts and HTML', () => {
    const exe = new Uint8Array([
      0x4d,
      0x5a,
      0x90,
      0x00,
      0x03,
      ...Buffer.from('This program cannot be run in DOS mode'),
    ]);
    expect(inspectUpload(exe, 'resume.pdf')).toEqual({ ok: false, reason: NOT_A_DOCUMENT });
    expect(inspectUpload(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), 'resume.pdf')).toEqual({
      ok: false,
      reason: NOT_A_DOCUMENT,
    });
    expect(inspectUpload(bytes('<?php system($_GET["c"]); ?>'), 'cv.docx')).toEqual({
      ok: false,
      reason: NOT_A_DOCUMENT,
    });
    expect(inspectUpload(bytes('#!/bin/sh\nrm -rf /\n'), 'cv.pdf').ok).toBe(false);
    expect(inspectUpload(bytes('<html><script>alert(1)</script></html>'), 'cv.pdf').ok).toBe(false);
  });

  it('wants the PDF header at the very first byte', () => {
    const shifted = new Uint8Array([0x20, ...pdf]);
    expect(inspectUpload(shifted, 'resume.pdf')).toEqual({ ok: false, reason: NOT_A_DOCUMENT });
    expect(inspectUpload(bytes('%PDF-'), 'resume.pdf').ok).toBe(false);
  });

  it('refuses an empty file, and one over the size cap', () => {
    expect(inspectUpload(new Uint8Array(0), 'resume.pdf')).toEqual({
      ok: false,
      reason: 'This file is empty.',
    });
    const huge = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    huge.set(pdf.subarray(0, 8));
    expect(inspectUpload(huge, 'resume.pdf')).toEqual({
      ok: false,
      reason: 'This file is larger than 10 MB.',
    });
  });

  it('tells the owner of an old .doc (OLE2) file what to do', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const result = inspectUpload(ole, 'resume.doc');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/older Word \(\.doc\)/);
  });

  it('refuses a name that disagrees with the content', () => {
    expect(inspectUpload(pdf, 'resume.docx')).toEqual({
      ok: false,
      reason:
        'This file is a PDF, but its name ends in .docx. Please name it so that it ends in .pdf and upload it again.',
    });
    expect(inspectUpload(docx, 'resume.pdf').ok).toBe(false);
    expect(inspectUpload(docx, 'resume').ok).toBe(false);
    expect(inspectUpload(pdf, 'resume.pdf.exe').ok).toBe(false);
    expect(inspectUpload(pdf, 'resume.pdf\u0000.exe').ok).toBe(false);
  });

  it('refuses a ZIP that is not a Word document', () => {
    const plainZip = makeZip([{ name: 'notes.txt', data: 'hello' }]);
    expect(inspectUpload(plainZip, 'cv.docx')).toEqual({ ok: false, reason: NOT_A_DOCUMENT });
    // A spreadsheet has content types too, but not Word's main document.
    const xlsxLike = makeZip([
      { name: '[Content_Types].xml', data: contentTypes('application/vnd.ms-excel.sheet.main+xml') },
      { name: 'word/document.xml', data: documentXml(['x']) },
    ]);
    expect(inspectUpload(xlsxLike, 'cv.docx')).toEqual({ ok: false, reason: NOT_A_DOCUMENT });
    // The parts are there but [Content_Types].xml does not declare the main document.
    const undeclared = makeDocx(documentXml(['x']), { types: contentTypes('application/xml') });
    expect(inspectUpload(undeclared, 'cv.docx')).toEqual({ ok: false, reason: NOT_A_DOCUMENT });
    const noBody = makeZip([{ name: '[Content_Types].xml', data: contentTypes() }]);
    expect(inspectUpload(noBody, 'cv.docx')).toEqual({ ok: false, reason: NOT_A_DOCUMENT });
  });

  it('refuses a .docx with a macro project, a macro-enabled (docm) type, ActiveX or OLE objects', () => {
    const macros = /contains macros or embedded programs/;
    const withVba = makeDocx(documentXml(['x']), { extra: [{ name: 'word/vbaProject.bin', data: 'VBA' }] });
    const docm = makeDocx(documentXml(['x']), {
      types: contentTypes('application/vnd.ms-word.document.macroEnabled.main+xml'),
    });
    const declaredVba = makeDocx(documentXml(['x']), {
      types: contentTypes(
        DOCX_MAIN,
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
      ),
    });
    const activeX = makeDocx(documentXml(['x']), {
      extra: [{ name: 'word/activeX/activeX1.bin', data: 'x' }],
    });
    const ole = makeDocx(documentXml(['x']), {
      extra: [{ name: 'word/embeddings/oleObject1.bin', data: 'x' }],
    });
    for (const file of [withVba, docm, declaredVba, activeX, ole]) {
      const result = inspectUpload(file, 'cv.docx');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toMatch(macros);
    }
  });

  it('refuses a .docx whose content types carry a DOCTYPE', () => {
    const types = contentTypes().replace(
      '?>',
      '?><!DOCTYPE Types [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    );
    expect(inspectUpload(makeDocx(documentXml(['x']), { types }), 'cv.docx').ok).toBe(false);
  });

  it('refuses a damaged .docx and a zip bomb without unpacking it', () => {
    expect(inspectUpload(docx.subarray(0, docx.length - 10), 'cv.docx').ok).toBe(false);
    const bomb = makeDocx(documentXml(['x']), {
      extra: [{ name: 'word/media/big.bin', deflated: new Uint8Array(10), declaredSize: 500e6 }],
    });
    expect(inspectUpload(bomb, 'cv.docx')).toEqual({
      ok: false,
      reason: 'This Word document is too large to read.',
    });
  });
});

describe('safeFilename', () => {
  it('keeps an ordinary name, with accents', () => {
    expect(safeFilename('Résumé – Jane Doe (2024).pdf')).toBe('Résumé _ Jane Doe (2024).pdf');
    expect(safeFilename('cv.DOCX')).toBe('cv.docx');
  });

  it('strips folders, control and bidi characters, and odd punctuation', () => {
    expect(safeFilename('C:\\Users\\jane\\cv.pdf')).toBe('cv.pdf');
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('cv\u0000\u0007\r\n.pdf')).toBe('cv.pdf');
    // U+202E would show "cv‮fdp.exe" as "cvexe.pdf".
    expect(safeFilename('cv\u202Efdp.exe')).toBe('cvfdp.exe');
    expect(safeFilename('<img src=x onerror=alert(1)>.pdf')).toBe('img src_x onerror_alert(1)_.pdf');
    expect(safeFilename('a"; filename=evil.exe; x=".pdf')).toBe('a_ filename_evil.exe_ x_.pdf');
    expect(safeFilename('...hidden.pdf')).toBe('hidden.pdf');
    expect(safeFilename('CON.pdf')).toBe('_CON.pdf');
  });

  it('never returns an empty name', () => {
    expect(safeFilename('')).toBe('document');
    expect(safeFilename('../')).toBe('document');
    expect(safeFilename('\u0000\u202E')).toBe('document');
    expect(safeFilename('.pdf')).toBe('document.pdf');
    expect(safeFilename('?.pdf')).toBe('document.pdf');
  });

  it('caps the length and keeps the extension, without splitting a character', () => {
    const long = safeFilename(`${'é'.repeat(300)}.docx`);
    expect(long).toBe(`${'é'.repeat(MAX_FILENAME_LENGTH - 5)}.docx`);
    const emoji = safeFilename(`${'😀'.repeat(300)}.pdf`);
    expect(emoji).toBe('document.pdf'); // symbols, not letters: replaced, collapsed, and nothing was left
    const cjk = safeFilename(`${'履'.repeat(300)}.pdf`);
    expect(Array.from(cjk)).toHaveLength(MAX_FILENAME_LENGTH);
    expect(cjk.endsWith('.pdf')).toBe(true);
  });
});
