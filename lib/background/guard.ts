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
  /** Is this URL on a host of a tool whose API the background reads (Zendesk's, or a custom domain assigned to it)? */
  isApiHost: (url: URL) => boolean;
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

  /**
   * Which origin a request may make the background read. A page may read only its own origin: it may not direct
   * the background (which holds host permissions) to another one. Our own pages (the popup) may ask a tool whose
   * API the background reads, by its bare origin. Anything else is rejected (and counted).
   * @example guard.checkApiOrigin('https://acme.zendesk.com', new URL('https://acme.zendesk.com/agent/tickets/1'))
   */
  checkApiOrigin(origin: string, senderUrl: URL): void {
    let target: URL;
    try {
      target = new URL(origin);
    } catch {
      return this.reject(`request for an origin that is no URL: ${origin.slice(0, 80)}`);
    }
    const ownPage = this.isOwnPage(senderUrl);
    const allowed = ownPage ? target.origin === origin && this.deps.isApiHost(target) : origin === senderUrl.origin && this.deps.isApiHost(target);
    if (!allowed) this.reject(`request to read ${target.origin} from ${ownPage ? 'an extension page' : senderUrl.origin}: only the page’s own tool is read`);
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
