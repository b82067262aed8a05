import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useDebounced } from '../lib/use-debounced.ts';

interface SortHeaderProps {
  label: string;
  sortKey: string;
  sort: string;
  order: 'asc' | 'desc';
  onSort: (sort: string, order: 'asc' | 'desc') => void;
  /** Dates read best newest first on the first click. */
  firstOrder?: 'asc' | 'desc';
  className?: string;
}

/** A column header that sorts the list; clicking the active column flips the order. */
export function SortHeader({
  label,
  sortKey,
  sort,
  order,
  onSort,
  firstOrder = 'asc',
  className,
}: SortHeaderProps) {
  const active = sort === sortKey;
  const next = active ? (order === 'asc' ? 'desc' : 'asc') : firstOrder;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" onClick={() => onSort(sortKey, next)}>
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (order === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
}

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
}

/** "26–50 of 312", previous/next and rows per page. */
export function Pager({ page, pageSize, total, onPage, onPageSize }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pager" aria-label="Pages">
      <span className="pager-count">
        {first}–{last} of {total}
      </span>
      <label className="pager-size">
        Rows per page
        <select value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
          {[10, 25, 50, 100].map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous page
      </button>
      <span className="pager-page">
        Page {page} of {pages}
      </span>
      <button type="button" className="btn" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next page
      </button>
    </nav>
  );
}

interface SearchBoxProps {
  label: string;
  value: string;
  onSearch: (q: string) => void;
  placeholder?: string;
  delay?: number;
}

/** A search box that reports what was typed once the user pauses, and follows outside changes (back/forward). */
export function SearchBox({ label, value, onSearch, placeholder, delay = 250 }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const settled = useDebounced(text, delay);
  // What this box last reported: an incoming `value` that differs came from outside (back button, a link).
  const reported = useRef(value);
  useEffect(() => {
    const q = settled.trim();
    if (q !== reported.current) {
      reported.current = q;
      onSearch(q);
    }
  }, [settled, onSearch]);
  useEffect(() => {
    if (value !== reported.current) {
      reported.current = value;
      setText(value);
    }
  }, [value]);
  return (
    <input
      type="search"
      className="search-box"
      aria-label={label}
      value={text}
      placeholder={placeholder ?? label}
      onChange={(e) => setText(e.target.value)}
    />
  );
}

/** A compact labelled filter select for a list's toolbar. */
export function FilterSelect({
  label,
  value,
  options,
  onChange,
  allLabel = 'All',
}: {
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  allLabel?: string;
}) {
  return (
    <label className="filter">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The toolbar above a list. */
export function Toolbar({ children }: { children: ReactNode }) {
  return <div className="toolbar">{children}</div>;
}

/** A table row that opens its record when clicked anywhere; links and buttons inside keep their own behaviour. */
export function ClickableRow({ to, children }: { to: string; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <tr
      className="row-link"
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a, button, input, select, label')) return;
        if (window.getSelection()?.toString()) return; // selecting text to copy is not a click
        navigate(to);
      }}
    >
      {children}
    </tr>
  );
}
