import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const environmentSchema = z.object({
  PORT: port.default(4000),
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

export interface AppConfig {
  port: number;
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
    port: env.PORT,
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
