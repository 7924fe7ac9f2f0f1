import type { ReactNode } from 'react';
import type { ApiError } from './api';

/** While a request is out. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="state loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** Nothing to show, and the command that would change that. */
export function Empty({ children, command }: { children: ReactNode; command?: string }) {
  return (
    <div className="state empty" role="status">
      <p>{children}</p>
      {command ? (
        <p>
          Next: <code className="command">{command}</code>
        </p>
      ) : null}
    </div>
  );
}

/** A failed request: what the API said, its request id (to find it in serve's logs), and a way in on 401. */
export function Failure({ error, retry }: { error: ApiError; retry?: () => void }) {
  return (
    <div className="state error" role="alert">
      <p>
        <strong>{error.status === 401 ? 'Not logged in.' : 'The request failed.'}</strong> {error.message}
      </p>
      {error.issues.length > 0 ? (
        <ul>
          {error.issues.map((i) => (
            <li key={`${i.path}:${i.message}`}>
              <code>{i.path}</code>: {i.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="meta">
        {error.status > 0 ? `HTTP ${error.status} ` : ''}
        <code>{error.code}</code>
        {error.requestId ? (
          <>
            {' '}
            · request id <code data-testid="request-id">{error.requestId}</code>
          </>
        ) : null}
      </p>
      {error.status === 401 ? (
        <p>
          <a href="/auth/login">Log in</a>
        </p>
      ) : retry ? (
        <button type="button" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
