import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { cypher, type QueryName } from './queries';
import { toAppError } from './errors';

export type Parameters = Record<string, unknown>;

/** A transaction that can only run named statements from `cypher/`. */
export interface NamedTransaction {
  run<Shape extends RecordShape = RecordShape>(name: QueryName, parameters?: Parameters): Promise<QueryResult<Shape>>;
  /** Runs `effect` once the transaction has committed; never when it rolls back, once when the driver retries it. */
  afterCommit(effect: () => void): void;
}

export interface Database {
  read<T>(work: (tx: NamedTransaction) => Promise<T>): Promise<T>;
  write<T>(work: (tx: NamedTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function named(tx: ManagedTransaction, effects: (() => void)[]): NamedTransaction {
  return {
    run: <Shape extends RecordShape>(name: QueryName, parameters: Parameters = {}) =>
      tx.run<Shape>(cypher(name), parameters),
    afterCommit: (effect) => {
      effects.push(effect);
    },
  };
}

/** One session per unit of work, managed transactions so transient errors are retried by the driver. */
export function createDatabase(driver: Driver, databaseName?: string): Database {
  const sessionConfig = databaseName === undefined ? {} : { database: databaseName };
  async function withSession<T>(mode: 'read' | 'write', work: (tx: NamedTransaction) => Promise<T>): Promise<T> {
    const session = driver.session(sessionConfig);
    // Each attempt of a retried transaction starts afresh: only the attempt that committed has its effects run.
    let effects: (() => void)[] = [];
    try {
      const transactionWork = (tx: ManagedTransaction) => {
        effects = [];
        return work(named(tx, effects));
      };
      const result = mode === 'read'
        ? await session.executeRead(transactionWork, { metadata: { app: 'samverkan' } })
        : await session.executeWrite(transactionWork, { metadata: { app: 'samverkan' } });
      for (const effect of effects) effect();
      return result;
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
