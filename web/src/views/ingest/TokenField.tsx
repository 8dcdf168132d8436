/** The write token, for a server started beyond localhost with --token; kept in this tab's session storage only. */
import { useState } from 'react';
import { getToken, setToken } from '../../api/client';

export function TokenField() {
  const [token, set] = useState(getToken);
  return (
    <details className="token">
      <summary>Write token {token ? '(set)' : '(only when the server listens beyond localhost)'}</summary>
      <label>
        Bearer token{' '}
        <input
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => {
            set(e.target.value);
            setToken(e.target.value);
          }}
        />
      </label>
    </details>
  );
}
