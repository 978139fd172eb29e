import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead of the failed part; `retry` renders the children again. */
  fallback: (error: Error, retry: () => void) => ReactNode;
}

/** Keeps a failing view (or a part that failed to load) from blanking the whole app. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error !== null) return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}
