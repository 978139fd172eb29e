/** The client's one data layer: typed GraphQL operations over TanStack Query, one error decoder, one invalidation. */
export { RequestError, asRequestError, decodeErrorBody, errorOfAnswer } from './errors';
export { operationKey, operationName, runOperation, type Operation } from './operation';
export { createQueryClient } from './queryClient';
export { invalidateNetworkData, useLastNetworkChange, type NetworkChange, type SeenNetworkChange } from './invalidate';
export { useOperation, type OperationOptions, type Remote } from './useOperation';
export { runNetworkMutation, useNetworkMutation } from './mutation';
export { openPushChannel, usePushChannel, type PushChannel } from './pushChannel';
