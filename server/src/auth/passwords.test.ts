import { checkPassword } from './passwords';

describe('checkPassword', () => {
  it.each(['password123', '1234567890', 'qwertyuiop', 'iloveyou12', 'liverpool123', 'aaaaaaaaaaaa', 'P@ssw0rd123'])('refuses the common password %s', (password) => {
    expect(() => checkPassword(password)).toThrow(/password: this is one of the most common passwords/);
  });

  it.each(['correct horse admin battery', 'a long enough password', 'Sommaren i Luleå 2024'])('accepts %s', (password) => {
    expect(() => checkPassword(password)).not.toThrow();
  });

  it('still refuses a password under ten characters first', () => {
    expect(() => checkPassword('short')).toThrow(/must be 10 to 200 characters long/);
  });
});
