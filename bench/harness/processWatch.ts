/** Counts unhandled rejections and uncaught exceptions in this process while a run lasts. */
export function watchProcess(): { unhandledRejections: number; uncaughtExceptions: number; stop(): void } {
  const counts = { unhandledRejections: 0, uncaughtExceptions: 0 };
  const onRejection = (reason: unknown) => {
    counts.unhandledRejections += 1;
    console.error('Unhandled rejection:', reason);
  };
  const onException = (error: unknown) => {
    counts.uncaughtExceptions += 1;
    console.error('Uncaught exception:', error);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    get unhandledRejections() {
      return counts.unhandledRejections;
    },
    get uncaughtExceptions() {
      return counts.uncaughtExceptions;
    },
    stop: () => {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}
