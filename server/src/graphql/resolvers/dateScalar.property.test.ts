import fc from 'fast-check';
import { GraphQLError, Kind } from 'graphql';
import { dateScalar } from './dateScalar';

const isoDay = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

function codeOf(run: () => unknown): unknown {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions['code'] : 'not a GraphQLError';
  }
}

describe('the Date scalar, for any input', () => {
  it('keeps every real calendar day exactly as written, from variables, literals and the database', () => {
    fc.assert(
      fc.property(isoDay, (day) => {
        expect(dateScalar.parseValue(day)).toBe(day);
        expect(dateScalar.parseLiteral({ kind: Kind.STRING, value: day })).toBe(day);
        expect(dateScalar.serialize(day)).toBe(day);
      }),
    );
  });

  it('refuses a day that is not in the calendar with BAD_USER_INPUT, whatever the month length or leap year', () => {
    const impossible = fc
      .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 0, max: 99 }), day: fc.integer({ min: 0, max: 99 }) })
      .map(({ year, month, day }) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
      .filter((text) => Number.isNaN(Date.parse(`${text}T00:00:00Z`)) || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text);
    fc.assert(fc.property(impossible, (text) => expect(codeOf(() => dateScalar.parseValue(text))).toBe('BAD_USER_INPUT')));
  });

  it('answers any other value with BAD_USER_INPUT and never another kind of error', () => {
    const anything = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.object());
    fc.assert(
      fc.property(anything, (value) => {
        const code = codeOf(() => dateScalar.parseValue(value));
        expect(['accepted', 'BAD_USER_INPUT']).toContain(code);
        if (code === 'accepted') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });

  it('refuses a literal that is not a string', () => {
    fc.assert(
      fc.property(fc.integer(), (value) => {
        expect(codeOf(() => dateScalar.parseLiteral({ kind: Kind.INT, value: String(value) }))).toBe('BAD_USER_INPUT');
      }),
    );
  });
});
