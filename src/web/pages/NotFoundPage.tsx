import { Link } from 'react-router';

/** An address inside the app that leads nowhere. */
export function NotFoundPage() {
  return (
    <div className="state state-empty">
      <h1>Page not found</h1>
      <p>
        <Link to="/">Go to Home</Link>
      </p>
    </div>
  );
}
