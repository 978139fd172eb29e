import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export interface RoundTrips {
  /** Sessions opened: one per unit of work. */
  sessions: number;
  /** Statements sent to Neo4j (`tx.run` calls): one network round trip each. */
  statements: number;
}

export interface CountingDriver {
  /** The real driver; sessions it opens count their statements on the way through. */
  driver: Driver;
  counts(): RoundTrips;
  reset(): void;
}

/** Wraps a real driver so every session and every statement run in it is counted; nothing is mocked. */
export function countingDriver(inner: Driver): CountingDriver {
  const counts: RoundTrips = { sessions: 0, statements: 0 };
  const countedTransaction = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property) {
        if (property === 'run') {
          return (...args: Parameters<ManagedTransaction['run']>) => {
            counts.statements += 1;
            return target.run(...args);
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  const countedSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property) {
        if (property === 'run') {
          return (...args: Parameters<Session['run']>) => {
            counts.statements += 1;
            return target.run(...args);
          };
        }
        if (property === 'executeRead' || property === 'executeWrite') {
          const execute = target[property].bind(target);
          return <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: Parameters<Session['executeRead']>[1]) =>
            execute((tx: ManagedTransaction) => work(countedTransaction(tx)), config);
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  const driver = new Proxy(inner, {
    get(target, property) {
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          counts.sessions += 1;
          return countedSession(target.session(...args));
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    driver,
    counts: () => ({ ...counts }),
    reset: () => {
      counts.sessions = 0;
      counts.statements = 0;
    },
  };
}
