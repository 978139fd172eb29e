import { ConfigError, readConfig } from './config';

describe('readConfig', () => {
  it('starts the bundled Neo4j when no NEO4J_URI is set', () => {
    expect(readConfig({}).neo4j).toEqual({ mode: 'local', boltPort: 7687, database: undefined });
  });

  it('uses an external Neo4j with its credentials', () => {
    const config = readConfig({ NEO4J_URI: 'neo4j+s://example.databases.neo4j.io', NEO4J_PASSWORD: 'secret', PORT: '8080' });
    expect(config.port).toBe(8080);
    expect(config.neo4j).toEqual({
      mode: 'external',
      uri: 'neo4j+s://example.databases.neo4j.io',
      username: 'neo4j',
      password: 'secret',
      database: undefined,
    });
  });

  it('names each bad variable and the reason', () => {
    expect(() => readConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost' })).toThrow(
      /PORT: .*\n.*NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI/,
    );
  });

  it('keeps reading open unless READING_REQUIRES_SIGN_IN is true', () => {
    expect(readConfig({}).auth).toEqual({ readingRequiresSignIn: false });
    expect(readConfig({ READING_REQUIRES_SIGN_IN: 'true' }).auth).toEqual({ readingRequiresSignIn: true });
    expect(() => readConfig({ READING_REQUIRES_SIGN_IN: 'yes' })).toThrow(/READING_REQUIRES_SIGN_IN: must be true or false/);
  });

  it('listens on loopback unless HOST opens it, and trusts no proxy unless TRUST_PROXY names one', () => {
    expect(readConfig({}).http).toEqual({ port: 4000, host: '127.0.0.1', trustProxy: false });
    expect(readConfig({ HOST: '0.0.0.0', TRUST_PROXY: 'loopback, 10.0.0.0/8' }).http).toEqual({ port: 4000, host: '0.0.0.0', trustProxy: 'loopback,10.0.0.0/8' });
    expect(readConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(() => readConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: "true" is not a hop count/);
  });

  it('requires a password for an external Neo4j', () => {
    expect(() => readConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(ConfigError);
  });
});
