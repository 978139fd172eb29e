import type { CookieOptions, Request, Response } from 'express';

export const sessionCookie = 'samverkan_session';
/** Readable by the page, which echoes it in the CSRF header: another site can neither read it nor set the header. */
export const csrfCookie = 'samverkan_csrf';
export const csrfHeader = 'x-csrf-token';

export function readCookies(request: Request): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 1) continue;
    const name = part.slice(0, separator).trim();
    const raw = part.slice(separator + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      // A malformed cookie is treated as absent.
    }
  }
  return cookies;
}

/** SameSite=Strict everywhere; Secure whenever the request came over HTTPS. */
function options(request: Request, httpOnly: boolean, maxAgeSeconds?: number): CookieOptions {
  return {
    httpOnly,
    sameSite: 'strict',
    secure: request.secure,
    path: '/',
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds * 1000 }),
  };
}

export function setSessionCookie(request: Request, response: Response, token: string, maxAgeSeconds: number): void {
  response.cookie(sessionCookie, token, options(request, true, maxAgeSeconds));
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.clearCookie(sessionCookie, options(request, true));
}

export function setCsrfCookie(request: Request, response: Response, token: string): void {
  response.cookie(csrfCookie, token, options(request, false));
}
