import { type ReactNode, useId } from 'react';

interface Props {
  title: string;
  id?: string;
  actions?: ReactNode;
  count?: number;
  children: ReactNode;
  className?: string;
}

/** A titled card on a record page. */
export function Section({ title, id, actions, count, children, className }: Props) {
  const headingId = useId();
  return (
    <section id={id} className={`card${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <header className="card-header">
        <h2 id={headingId}>
          {title}
          {count !== undefined ? <span className="count">{count}</span> : null}
        </h2>
        {actions ? <div className="card-actions">{actions}</div> : null}
      </header>
      <div className="card-body">{children}</div>
    </section>
  );
}
