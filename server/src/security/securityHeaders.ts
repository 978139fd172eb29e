import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The browser-side defences, from helmet: a Content-Security-Policy the built client satisfies (its scripts and
 * workers are files of its own, never inline; Cytoscape and React set styles through the DOM, and the PNG and SVG
 * exports are drawn through data: and blob: images), no framing, nosniff, no referrer beyond the origin. HSTS only
 * goes out over HTTPS, where a browser heeds it: on a plain-HTTP workstation it would do nothing but mislead.
 */
export function securityHeaders({ production }: { production: boolean }): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: false,
  });
  const withoutPolicy = helmet({ contentSecurityPolicy: false, strictTransportSecurity: false, frameguard: { action: 'deny' } });
  const hsts = helmet.strictTransportSecurity({ maxAge: 365 * 24 * 60 * 60 });
  // Apollo's development landing page loads its sandbox from Apollo's CDN; production has no landing page.
  const developmentLandingPage = (path: string, method: string) => !production && method === 'GET' && path.startsWith('/graphql');
  return (request, response, next) => {
    if (request.secure) hsts(request, response, () => undefined);
    if (developmentLandingPage(request.path, request.method)) {
      withoutPolicy(request, response, next);
      return;
    }
    headers(request, response, next);
  };
}
