import type { RequestAuth } from '../auth/requestAuth';
import type { Database } from '../db/database';

export interface GraphQLContext {
  database: Database;
  /** The signed-in user (`auth.user`) and the request's CSRF state; absent outside HTTP, which counts as anonymous. */
  auth?: RequestAuth;
  /** The app's public address, for citations; absent outside HTTP. */
  origin?: string;
}
