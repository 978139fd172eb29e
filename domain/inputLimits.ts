/**
 * The caps on what comes in, shared by the API, the import, editing and the seed validator; `server/src/security/limits.ts`
 * lists them with the API's other limits.
 */
export const inputLimits = {
  /** Items in any list argument or list input field (override per argument with `@maxItems(n:)`). */
  listItems: 500,
  /** Largest page a paging argument may ask for (see `pageSizeArgument`). */
  pageSize: 500,
  /** Characters in an `ID` (override with `@maxLength(n:)`). */
  idLength: 200,
  /** Characters in any other text argument (override with `@maxLength(n:)`). */
  textLength: 10_000,
  /**
   * UTF-8 bytes in a value of an indexed property (`indexedTextProperties`): Neo4j's range index refuses a key of
   * more than 8,164 bytes (measured on Neo4j 5.26), so the cap stays below it.
   */
  indexedTextBytes: 8_000,
} as const;

/**
 * Text properties that `cypher/schema/` indexes, by the name they have in GraphQL inputs, import columns and the
 * database alike; their values are capped in bytes as well as in characters.
 */
export const indexedTextProperties = ['id', 'name', 'code', 'username'] as const;
