import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !isoDate.test(value)) {
    throw new GraphQLError('A Date must be written YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`${value} is not a day of the calendar.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

export const dateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO calendar date, YYYY-MM-DD.',
  serialize: (value) => parseIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
