import type { CookieOptions, Request, Response } from 'express';

const sessionName = 'samverkan_session';
/** Readable by the page, which echoes it in the CSRF header: another site can neither read it nor set the header. */
const csrfName = 'samverkan_csrf';
export const csrfHeader = 'x-csrf-token';

/**
 * Over HTTPS (directly or through a trusted proxy) a cookie's name carries the `__Host-` prefix: the browser then
 * accepts it only as Secure, for this host alone and for every path, so no subdomain or plain-HTTP page can plant
 * one. A plain-HTTP workstation cannot set Secure cookies, so there it keeps its bare name.
 */
function named(request: Request, name: string): string {
  return request.secure ? `__Host-${name}` : name;
}

export const sessionCookie = (request: Request) => named(request, sessionName);
export const csrfCookie = (request: Request) => named(request, csrfName);

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
  response.cookie(sessionCookie(request), token, options(request, true, maxAgeSeconds));
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.clearCookie(sessionCookie(request), options(request, true));
}

export function setCsrfCookie(request: Request, response: Response, token: string): void {
  response.cookie(csrfCookie(request), token, options(request, false));
}
