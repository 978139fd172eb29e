/**
 * Keeps the bundled Neo4j running: when its JVM exits without being asked to (a crash, an out-of-memory exit, a
 * SIGKILL), it is started again on the same data, port and password, so the app's one driver reconnects by itself
 * and nobody has to restart the whole app. Restarts are bounded, so a database that cannot start does not loop.
 */
import { describeExit, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './local';

export interface RestartPolicy {
  /** Restarts allowed within `windowMs`; one more unexpected exit in that window and the supervisor gives up. */
  maxRestarts: number;
  windowMs: number;
  /** The wait before the first restart of a series, doubled for each further one. */
  firstDelayMs: number;
}

export const defaultRestartPolicy: RestartPolicy = { maxRestarts: 5, windowMs: 10 * 60_000, firstDelayMs: 1_000 };

export interface SupervisedNeo4j {
  uri: string;
  username: 'neo4j';
  password: string;
  /** The running JVM's process id (it changes with every restart). */
  readonly pid: number | undefined;
  /** How many times the supervisor has started Neo4j again. */
  readonly restarts: number;
  /** Stops supervising and shuts the database down cleanly. */
  stop(): Promise<void>;
}

export async function superviseLocalNeo4j(options: LocalNeo4jOptions, policy: RestartPolicy = defaultRestartPolicy): Promise<SupervisedNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[neo4j] ${line}\n`));
  let current: LocalNeo4j = await startLocalNeo4j(options);
  let stopped = false;
  let restarts = 0;
  const recentRestarts: number[] = [];

  const watch = (running: LocalNeo4j): void => {
    void running.exited.then((exit) => (exit.requested || stopped ? undefined : restart(`exited (${describeExit(exit)})`)));
  };
  // A start that fails counts as one more unexpected exit, so the next attempt waits longer and the bound holds.
  const restart = async (what: string): Promise<void> => {
    const now = Date.now();
    while (recentRestarts.length > 0 && (recentRestarts[0] ?? now) <= now - policy.windowMs) recentRestarts.shift();
    if (recentRestarts.length >= policy.maxRestarts) {
      log(`Neo4j ${what} after ${policy.maxRestarts} restarts within ${policy.windowMs / 60_000} minutes: not restarting it again; see Neo4j's own log.`);
      return;
    }
    const delay = policy.firstDelayMs * 2 ** recentRestarts.length;
    recentRestarts.push(now);
    log(`Neo4j ${what}: starting it again in ${delay / 1000} s (restart ${recentRestarts.length} of at most ${policy.maxRestarts} within ${policy.windowMs / 60_000} minutes).`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (stopped) return;
    try {
      current = await startLocalNeo4j(options);
      restarts += 1;
      log(`Neo4j is running again (restart ${restarts}).`);
      watch(current);
    } catch (error) {
      log(`Neo4j could not be started again: ${error instanceof Error ? error.message : String(error)}`);
      await restart('did not start');
    }
  };
  watch(current);

  return {
    uri: current.uri,
    username: 'neo4j',
    password: options.password,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    stop: async () => {
      stopped = true;
      await current.stop();
    },
  };
}
