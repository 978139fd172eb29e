import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

export type AppErrorCode =
  | 'DATABASE_UNAVAILABLE'
  | 'CONFLICT'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INTERNAL_SERVER_ERROR';

/** An error a user can act on, carried to GraphQL as `extensions.code`. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    /** The driver's or runtime's own error, for the server's log only: never sent to a client. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, { extensions: { code: this.code, ...this.details } });
  }
}

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Maps driver errors by their code, never by message text. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (unavailableCodes.has(error.code)) {
      return new AppError('DATABASE_UNAVAILABLE', 'The database is not reachable right now; try again in a moment.', {}, error);
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new AppError('CONFLICT', 'An entity with this id already exists.', { neo4jCode: error.code }, error);
    }
  }
  return new AppError('INTERNAL_SERVER_ERROR', 'Something went wrong on the server.', {}, error);
}
