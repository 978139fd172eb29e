import { AppError } from '../db/errors';

/** Why an uploaded file is refused as a whole, named as the `file` field. */
export function unreadable(reason: string): AppError {
  return new AppError('BAD_USER_INPUT', `file: ${reason}`, { field: 'file' });
}
