/**
 * TanStack Query for the UI: every queryFn sends one message to the background. Keys carry the record's
 * identity, so an answer for one record can never fill another's panel.
 */
import { QueryClient, useQuery } from '@tanstack/react-query';
import type { EvaluateAccountRequest } from '../messaging/schemas';
import { sendMessage } from '../messaging/protocol';
import type { Tool } from '../sites/types';

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 30_000 } },
  });

export const accountKeys = {
  cached: (tool: Tool, recordId: string) => ['cachedAccount', tool, recordId] as const,
  evaluated: (tool: Tool, recordId: string, fields: string) => ['account', tool, recordId, fields] as const,
};

/** The account as the cache remembers it: paints at once, shown stale until the page's fields are read. */
export function useCachedAccount(tool: Tool, recordId: string) {
  return useQuery({
    queryKey: accountKeys.cached(tool, recordId),
    queryFn: () => sendMessage('getCachedAccount', { tool, recordId }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The account evaluated from the fields just read off the page. */
export function useEvaluatedAccount(request: EvaluateAccountRequest | null, tool: Tool, recordId: string) {
  // Everything read decides the answer: labels and property names alike.
  const fields = request ? JSON.stringify([request.fields, request.names ?? {}]) : '';
  return useQuery({
    queryKey: accountKeys.evaluated(tool, recordId, fields),
    queryFn: () => sendMessage('evaluateAccount', request!),
    enabled: request !== null,
  });
}

/** What Lens knows of an account it is not looking at (a ticket's): cache, then directory; refreshed each minute. */
export function useKnownAccount(ref: { tool: Tool; recordId: string } | null) {
  return useQuery({
    queryKey: ['knownAccount', ref?.tool, ref?.recordId],
    queryFn: () => sendMessage('getCachedAccount', { tool: ref!.tool, recordId: ref!.recordId }),
    enabled: ref !== null,
    refetchInterval: 60_000,
  });
}
