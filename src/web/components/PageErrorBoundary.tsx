import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Changing it (the page's URL) clears a shown error, so navigating away recovers. */
  resetKey: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
  key: string;
}

/** Catches a page that failed to render and shows a friendly message instead of a blank screen. */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Page failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const chunkFailed = /dynamically imported module|Importing a module script failed/i.test(
      this.state.error.message,
    );
    return (
      <div className="state state-error page-crash" role="alert">
        <h2>Something went wrong on this page</h2>
        <p>
          {chunkFailed
            ? 'A new version of Waypoint may have been installed. Reload the page to continue.'
            : 'Nothing you saved was lost. Try again, or go back to the previous page.'}
        </p>
        <div className="row-gap">
          <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            Reload page
          </button>
        </div>
      </div>
    );
  }
}
