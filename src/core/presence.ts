/** What a presence provider can say about an IM address. */
export const PRESENCE_STATUSES = ['available', 'away', 'busy', 'offline', 'unknown'] as const;
/** One of PRESENCE_STATUSES. */
export type PresenceStatus = (typeof PRESENCE_STATUSES)[number];

/**
 * An optional source of presence (a chat server, a Teams or XMPP bridge) that a host plugs in.
 * Without one, every status is "unknown".
 */
export interface PresenceProvider {
  /** The current status of an IM address, a URI such as `xmpp:jane@example.org`. */
  status(uri: string, options?: { signal?: AbortSignal }): Promise<PresenceStatus> | PresenceStatus;
  /** Calls back on every change of that address's status; returns unsubscribe. */
  subscribe?(uri: string, listener: (status: PresenceStatus) => void): () => void;
}

/**
 * The status of an IM address from an optional provider: "unknown" without a provider, when it
 * fails, or when it answers something that is not a status, so a broken provider never breaks a page.
 */
export async function presenceOf({
  provider,
  uri,
  signal,
}: {
  provider?: PresenceProvider;
  uri: string;
  signal?: AbortSignal;
}): Promise<PresenceStatus> {
  if (!provider) return 'unknown';
  try {
    const status = await provider.status(uri, { signal });
    return (PRESENCE_STATUSES as readonly string[]).includes(status) ? status : 'unknown';
  } catch {
    return 'unknown';
  }
}
