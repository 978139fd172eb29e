/** The server's CSRF cookie, echoed in a header: another site can neither read the cookie nor set the header. */
export const csrfHeaderName = 'x-csrf-token';

export function csrfToken(): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    // Over HTTPS the server names it with the __Host- prefix, which no subdomain or plain-HTTP page can set.
    if (name === '__Host-samverkan_csrf' || name === 'samverkan_csrf') return decodeURIComponent(value.join('='));
  }
  return null;
}

export function csrfHeaders(): Record<string, string> {
  const token = csrfToken();
  return token === null ? {} : { [csrfHeaderName]: token };
}
