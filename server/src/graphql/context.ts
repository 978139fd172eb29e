import type { Database } from '../db/database';

export interface GraphQLContext {
  database: Database;
}
