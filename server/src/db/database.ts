import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { cypher, type QueryName } from './queries';
import { toAppError } from './errors';

export type Parameters = Record<string, unknown>;

/** A transaction that can only run named statements from `cypher/`. */
export interface NamedTransaction {
  run<Shape extends RecordShape = RecordShape>(name: QueryName, parameters?: Parameters): Promise<QueryResult<Shape>>;
}

export interface Database {
  read<T>(work: (tx: NamedTransaction) => Promise<T>): Promise<T>;
  write<T>(work: (tx: NamedTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function named(tx: ManagedTransaction): NamedTransaction {
  return {
    run: <Shape extends RecordShape>(name: QueryName, parameters: Parameters = {}) =>
      tx.run<Shape>(cypher(name), parameters),
  };
}

/** One session per unit of work, managed transactions so transient errors are retried by the driver. */
export function createDatabase(driver: Driver, databaseName?: string): Database {
  const sessionConfig = databaseName === undefined ? {} : { database: databaseName };
  async function withSession<T>(mode: 'read' | 'write', work: (tx: NamedTransaction) => Promise<T>): Promise<T> {
    const session = driver.session(sessionConfig);
    try {
      const transactionWork = (tx: ManagedTransaction) => work(named(tx));
      return mode === 'read'
        ? await session.executeRead(transactionWork, { metadata: { app: 'samverkan' } })
        : await session.executeWrite(transactionWork, { metadata: { app: 'samverkan' } });
    } catch (error) {
      throw toAppError(error);
    } finally {
      await session.close();
    }
  }
  return {
    read: (work) => withSession('read', work),
    write: (work) => withSession('write', work),
    close: () => driver.close(),
  };
}
