import { inputLimits } from '../../../domain/inputLimits';

/**
 * Every limit the API enforces, in one place: the README's "Reliability" section cites these
 * numbers and the tests read them from here, so a change shows up in both.
 */
export const queryLimits = {
  /** Nesting of selections, a fragment spread counting as a level (the explorer's network query: 6). */
  maxDepth: 10,
  /** graphql-armor's cost: 1 per scalar, 2 per object, ×1.5 per level, × `first`/`last` (the network query: 195). */
  maxCost: 1_500,
  maxAliases: 15,
  /** Top-level fields per operation: each is a database round trip over a whole view (the explorer asks for 1). */
  maxRootFields: 3,
  maxDirectives: 20,
  /** Lexical tokens in one document. */
  maxTokens: 2_000,
} as const;

/** The caps on input that the domain's row rules share live in `domain/inputLimits.ts`; listed here with the rest. */
export { indexedTextProperties, inputLimits } from '../../../domain/inputLimits';

/** Int arguments that size a page of results (`first`, `limit`, `limitPerKind`…): capped like lists, never negative. */
export const pageSizeArgument = /^(first|last|top|take|pageSize)$|limit/i;

/** Int arguments that skip into results: never negative, at most `maxOffset`. */
export const offsetArgument = /^(offset|skip)$/i;
export const maxOffset = 1_000_000;

/** Largest JSON body the GraphQL endpoint reads (server/src/app.ts); bigger requests get 413. */
export const requestBodyLimitBytes = 100 * 1024;

/**
 * Password guessing (server/src/auth/signInThrottle.ts). Failures are counted per account *and* client address, so a
 * client that keeps failing locks out only itself; the account as a whole only slows down (a growing delay).
 */
export const signInLimits = {
  /** The window failures are counted in; a lock ends when its window does. */
  windowMs: 15 * 60 * 1000,
  /** Wrong passwords for one account from one client address before that client is refused for that account. */
  failuresPerAccountAndClient: 5,
  /** Wrong passwords from one client address, any accounts, before the address is refused altogether. */
  failuresPerClient: 30,
  /** Wrong passwords for one account from all clients before each further attempt waits a doubling delay… */
  failuresPerAccountBeforeDelay: 10,
  /** …of at most this long, so no flood of failures can keep the owner out for longer than this at a time. */
  maxAccountDelayMs: 60 * 1000,
  /** Entries kept in each table (pairs, clients, accounts); the least recently used goes first beyond it. */
  tableEntries: 5_000,
  /** Longest username considered (checkUsername's own limit): a longer one cannot exist and is never stored. */
  usernameLength: 63,
  /** argon2 checks running at once from one client address, and in all; more wait in a short queue or are refused. */
  passwordChecksPerClient: 2,
  passwordChecksAtOnce: 2,
  passwordCheckQueue: 16,
} as const;

/** The HTTP server itself (server/src/security/httpServer.ts): how long a slow client may hold a connection. */
export const httpServerLimits = {
  /** All request headers must arrive within this. */
  headersTimeoutMs: 10_000,
  /** A whole request, body included, within this: a 20 MB upload at 500 kB/s still fits. */
  requestTimeoutMs: 60_000,
  /** How often Node looks for requests past those timeouts. */
  timeoutCheckIntervalMs: 2_000,
  /** Idle keep-alive connections close after this. */
  keepAliveTimeoutMs: 5_000,
  /** Open connections at once; more are refused until some close. */
  maxConnections: 256,
} as const;

/**
 * The push channel (server/src/changes/changeRoutes.ts): each open explorer holds one connection, counted within
 * `httpServerLimits.maxConnections`, so the subscribers are capped below it and the rest stay free for requests.
 */
export const pushLimits = {
  /** Subscribers at once; one more is answered 503 and its browser tries again later. */
  maxSubscribers: 128,
  /** A comment line this often keeps proxies and the browser from closing a quiet connection. */
  heartbeatMs: 25_000,
  /** How long a browser waits before reconnecting after the connection dropped (the stream's `retry:`). */
  reconnectMs: 3_000,
} as const;

/**
 * What one spreadsheet upload may cost, checked while it is read: a small .xlsx can expand a thousandfold, so the
 * work is bounded by what the file holds once unpacked, not by its size on the wire. A 100,000-row sheet of nine
 * columns unpacks to 36 MB of sheet and 15 MB of shared strings.
 */
export const importLimits = {
  /** Bytes of the upload as sent (the HTTP body). */
  fileBytes: 20 * 1024 * 1024,
  /** Rows of data in one file, all tables together (the README advertises this many). */
  rows: 100_000,
  /** Unpacked bytes of any one part of a workbook (a sheet, the shared strings…). */
  workbookPartBytes: 100_000_000,
  /** Unpacked bytes of all parts of a workbook together. */
  workbookBytes: 200_000_000,
  /** Characters in one cell, as in any other text input. */
  cellCharacters: inputLimits.textLength,
  /**
   * What the uploads and the import jobs held in memory (for an hour, to map, preview and commit) may weigh, as
   * estimated by `heldBytesOf`: per editor, whose own oldest go first, and for everyone together, beyond which a
   * new one is refused rather than another editor's evicted.
   */
  heldPerUser: { entries: 5, bytes: 256_000_000 },
  heldInAll: { entries: 100, bytes: 1_000_000_000 },
} as const;
