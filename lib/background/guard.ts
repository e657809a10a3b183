import type { z } from 'zod';

/** Who may send a message: our own extension, from a page of a supported tool or from our own pages. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
}

export interface GuardDeps {
  extensionId: string;
  /**
   * The host of our own pages' URLs: the id on Chromium, but a per-install UUID on Firefox (`moz-extension://<uuid>/`),
   * so it is read from `runtime.getURL`. Default: the id.
   */
  extensionHost?: string;
  /** Is this page URL one where the extension runs (a supported tool or an admin-added domain)? */
  isSupportedPage: (url: URL) => boolean;
  /** Told of every rejection, with the count so far (the background logs it, so an admin can see it). */
  onReject?: (reason: string, rejected: number) => void;
}

export class RejectedMessage extends Error {}

/**
 * Parses a message payload with its schema and checks its sender; a malformed or foreign message is
 * rejected (and counted), never processed.
 * @example guard.check(EvaluateAccountRequest, data, sender) // the parsed payload, or throws RejectedMessage
 */
export class MessageGuard {
  rejected = 0;
  constructor(private readonly deps: GuardDeps) {}

  check<T extends z.ZodType>(schema: T, data: unknown, sender: SenderLike): z.infer<T> & { senderUrl: URL } {
    const url = this.senderUrl(sender);
    if (!url) return this.reject('message from an unexpected sender');
    const parsed = schema.safeParse(data);
    if (!parsed.success) return this.reject(`malformed message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return Object.assign(Object(parsed.data ?? {}) as object, { senderUrl: url }) as z.infer<T> & { senderUrl: URL };
  }

  private isOwnPage(url: URL): boolean {
    return url.protocol.endsWith('-extension:') && url.host === (this.deps.extensionHost ?? this.deps.extensionId);
  }

  private senderUrl(sender: SenderLike): URL | null {
    if (sender.id !== this.deps.extensionId || !sender.url) return null;
    let url: URL;
    try {
      url = new URL(sender.url);
    } catch {
      return null;
    }
    const ownPage = this.isOwnPage(url);
    return ownPage || this.deps.isSupportedPage(url) ? url : null;
  }

  private reject(reason: string): never {
    this.rejected++;
    const message = `Entitlement Lens rejected a ${reason}`;
    this.deps.onReject?.(message, this.rejected);
    throw new RejectedMessage(message);
  }
}
