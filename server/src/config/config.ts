import ipaddr from 'ipaddr.js';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const proxyNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Express's `trust proxy`: a hop count, or named ranges, addresses and CIDR blocks; never "trust everyone". */
const trustProxy = z
  .string()
  .trim()
  .transform((value, context): TrustProxy => {
    if (value === '' || value === 'false') return false;
    if (/^\d{1,2}$/.test(value)) return Number(value);
    const parts = value.split(',').map((part) => part.trim());
    const bad = parts.find((part) => !proxyNames.has(part) && !ipaddr.isValid(part) && !isCidr(part));
    if (bad !== undefined) {
      context.addIssue({ code: 'custom', message: `"${bad}" is not a hop count, loopback, linklocal, uniquelocal, an address or a CIDR block` });
      return z.NEVER;
    }
    return parts.join(',');
  });

function isCidr(text: string): boolean {
  try {
    ipaddr.parseCIDR(text);
    return true;
  } catch {
    return false;
  }
}

const environmentSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  TRUST_PROXY: trustProxy.default(false),
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)')
      .optional(),
  ),
  NEO4J_USERNAME: optionalText,
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: optionalText,
  LOCAL_NEO4J_BOLT_PORT: port.default(7687),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).optional()),
  READING_REQUIRES_SIGN_IN: z.enum(['true', 'false'], 'must be true or false').default('false'),
});

export interface ExternalNeo4jConfig {
  mode: 'external';
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

export interface LocalNeo4jConfig {
  mode: 'local';
  boltPort: number;
  database: string | undefined;
}

export interface AuthConfig {
  /** When false (the default), anyone may read the network; editing always needs an account. */
  readingRequiresSignIn: boolean;
}

/** Which proxies' X-Forwarded-For / -Proto headers to believe: none, a hop count, or addresses and ranges. */
export type TrustProxy = false | number | string;

export interface HttpConfig {
  port: number;
  /** The address to listen on: loopback unless HOST opens it. */
  host: string;
  trustProxy: TrustProxy;
}

export interface AppConfig {
  http: HttpConfig;
  port: number;
  /** The address readers reach the app at, named in citations; each request's own address when unset. */
  publicUrl: string | undefined;
  production: boolean;
  auth: AuthConfig;
  neo4j: ExternalNeo4jConfig | LocalNeo4jConfig;
}

export class ConfigError extends Error {}

/** The one place that reads process.env: fails fast naming each bad variable. */
export function readConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
  const base = {
    http: { port: env.PORT, host: env.HOST, trustProxy: env.TRUST_PROXY },
    port: env.PORT,
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, ''),
    production: env.NODE_ENV === 'production',
    auth: { readingRequiresSignIn: env.READING_REQUIRES_SIGN_IN === 'true' },
  };
  if (env.NEO4J_URI === undefined) {
    return { ...base, neo4j: { mode: 'local', boltPort: env.LOCAL_NEO4J_BOLT_PORT, database: env.NEO4J_DATABASE } };
  }
  if (env.NEO4J_PASSWORD === undefined) {
    throw new ConfigError('Invalid configuration:\n  NEO4J_PASSWORD: required when NEO4J_URI is set');
  }
  return {
    ...base,
    neo4j: {
      mode: 'external',
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
    },
  };
}
