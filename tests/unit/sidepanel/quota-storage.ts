/**
 * A storage area with a quota, for tests: wraps `fakeBrowser.storage.local` so that a `set`
 * that would make the stored data larger than `quota.bytes` is refused as a whole, the way
 * Chrome does it (key length plus the JSON of the value, checked for the whole call before
 * anything is written). The decision is made synchronously, so the order of calls is kept.
 */
type Area = {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
};

export interface Quota {
  /** Largest allowed total; Infinity for no limit. */
  bytes: number;
  /** The bytes in use now. */
  used(): number;
  /** How many set calls were refused. */
  refused: number;
}

export const QUOTA_MESSAGE = 'QUOTA_BYTES quota exceeded';

export function withQuota(area: Area, bytes = Infinity): Quota {
  const sizes = new Map<string, number>();
  const quota: Quota = {
    bytes,
    used: () => [...sizes.values()].reduce((a, b) => a + b, 0),
    refused: 0,
  };
  const set = area.set.bind(area);
  const remove = area.remove.bind(area);
  const clear = area.clear.bind(area);
  area.set = (items) => {
    const next = new Map(sizes);
    for (const [key, value] of Object.entries(items)) {
      if (value === undefined) continue;
      next.set(key, key.length + new TextEncoder().encode(JSON.stringify(value)).length);
    }
    const total = [...next.values()].reduce((a, b) => a + b, 0);
    if (total > quota.bytes) {
      quota.refused++;
      return Promise.reject(new Error(QUOTA_MESSAGE));
    }
    sizes.clear();
    next.forEach((v, k) => sizes.set(k, v));
    return set(items);
  };
  area.remove = (keys) => {
    for (const key of Array.isArray(keys) ? keys : [keys]) sizes.delete(key);
    return remove(keys);
  };
  area.clear = () => {
    sizes.clear();
    return clear();
  };
  return quota;
}
