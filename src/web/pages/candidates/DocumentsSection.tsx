/**
 * @module A candidate's documents (resumes sent on the careers site, files staff added): each with a download and the
 * text read from it when it came in. File names and texts are someone else's input: they are only ever rendered as
 * React text, never as markup.
 */
import { useId, useState } from 'react';
import type { CandidateDocumentView } from '../../../contract/index.ts';
import { buildUrl } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { Section } from '../../components/Section.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { labelOf } from '../../lib/labels.ts';
import {
  documentKindLabels,
  documentSender,
  formatFileSize,
  noTextMessages,
  textStatusLabels,
} from './documents.ts';

/** The candidate's documents, newest first. */
export function DocumentsSection({ candidateId }: { candidateId: string }) {
  const documents = useApi('candidateDocuments', { params: { id: candidateId } });
  const items = documents.data?.items;
  return (
    <Section id="documents" title="Documents" count={items?.length}>
      {documents.isPending ? <Loading /> : null}
      {documents.error ? <ErrorState error={documents.error} retry={() => documents.refetch()} /> : null}
      {items?.length === 0 ? (
        <Empty>No documents yet. Resumes sent on the careers site appear here.</Empty>
      ) : null}
      {items && items.length > 0 ? (
        <ul className="document-list">
          {items.map((doc) => (
            <DocumentLine key={doc.id} doc={doc} />
          ))}
        </ul>
      ) : null}
    </Section>
  );
}

function DocumentLine({ doc }: { doc: CandidateDocumentView }) {
  const [showText, setShowText] = useState(false);
  const textId = useId();
  return (
    <li className="document">
      <div className="document-head">
        <span className="document-name">{doc.filename}</span>
        <span className="document-date">
          <time dateTime={doc.createdAt} title={formatDateTime(doc.createdAt)}>
            {formatDate(doc.createdAt)}
          </time>
        </span>
      </div>
      <div className="muted">
        {labelOf(documentKindLabels, doc.kind)} · {formatFileSize(doc.sizeBytes)} · {documentSender(doc)} ·{' '}
        {textStatusLabels[doc.textStatus]}
      </div>
      <div className="line-actions">
        {/* The server answers with an attachment of the document's own type, under a name it made safe. */}
        <a href={buildUrl('downloadDocument', { params: { id: doc.id } })} download>
          Download <span className="visually-hidden">{doc.filename}</span>
        </a>
        <button
          type="button"
          className="btn-link"
          aria-expanded={showText}
          aria-controls={showText ? textId : undefined}
          onClick={() => setShowText((open) => !open)}
        >
          {showText ? 'Hide text' : 'Show text'} <span className="visually-hidden">of {doc.filename}</span>
        </button>
      </div>
      {showText ? <DocumentText id={textId} documentId={doc.id} filename={doc.filename} /> : null}
    </li>
  );
}

interface TextProps {
  id: string;
  documentId: string;
  filename: string;
}

/** The text read from a document, fetched when asked for; or why there is none. */
function DocumentText({ id, documentId, filename }: TextProps) {
  const text = useApi('documentText', { params: { id: documentId } }, { staleTime: 5 * 60_000 });
  const headingId = useId();
  if (text.isPending) return <Loading label="Reading the text…" />;
  if (text.error) return <ErrorState error={text.error} retry={() => text.refetch()} />;
  const { textStatus, text: content } = text.data;
  const readable = textStatus === 'extracted' && content !== null && content.trim() !== '';
  return (
    <section id={id} className="document-text" aria-labelledby={headingId}>
      <h3 id={headingId} className="subhead">
        Text read from {filename}
      </h3>
      {readable ? (
        <pre className="resume-text">{content}</pre>
      ) : (
        <p className="muted">{noTextMessages[textStatus === 'failed' ? 'failed' : 'empty']}</p>
      )}
    </section>
  );
}
