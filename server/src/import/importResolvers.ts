import { AppError } from '../db/errors';
import type { Resolvers } from '../graphql/generated/resolvers';
import { requireRole } from '../auth/guard';
import { startCommit, startPreview } from './importJobs';
import { importFieldSets, suggestMapping } from './mapping';
import { toImportJob } from './importPreview';
import { jobs, uploads } from './registry';

export const importResolvers: Resolvers = {
  Query: {
    importUpload: (_parent, { id }, context) => {
      const user = requireRole(context, 'editor');
      const upload = uploads.get(id, user.username, user.role === 'admin');
      return upload === null ? null : { id: upload.id, fileName: upload.fileName, tables: upload.tables.map(suggestMapping) };
    },
    importJob: (_parent, { id }, context) => {
      const user = requireRole(context, 'editor');
      const job = jobs.get(id, user.username, user.role === 'admin');
      return job === null ? null : toImportJob(job);
    },
    importFields: () => importFieldSets,
  },
  Mutation: {
    previewImport: (_parent, { uploadId, tables }, context) => {
      const user = requireRole(context, 'editor');
      const upload = uploads.require(uploadId, user.username, user.role === 'admin');
      return toImportJob(startPreview(context.database, upload, user.username, tables));
    },
    commitImport: (_parent, { jobId }, context) => {
      const user = requireRole(context, 'editor');
      const job = jobs.require(jobId, user.username, user.role === 'admin');
      if (job.status !== 'ready') {
        throw new AppError('BAD_USER_INPUT', `jobId: only a previewed import without problems can be committed (this one is ${job.status})`, {
          field: 'jobId',
        });
      }
      return toImportJob(startCommit(context.database, job, user.username));
    },
  },
};
