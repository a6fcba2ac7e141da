/**
 * A map keyed by event ids, split into shards. A JavaScript Map rehashes all its entries
 * at once when it doubles: at 524,288 ids, one insertion took 60 ms on the bench machine,
 * a long task in the middle of reading a million events. Split 64 ways, no insertion
 * rehashes more than a sixty-fourth of them.
 */

const SHARDS = 64;

export class IdMap<V> {
  private readonly shards: Map<string, V>[] = Array.from({ length: SHARDS }, () => new Map<string, V>());

  private shard(id: string): Map<string, V> {
    // The length and the last few characters: ids often share a prefix ("event-…"), rarely an end.
    let h = id.length;
    for (let i = Math.max(0, id.length - 4); i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
    return this.shards[h & (SHARDS - 1)] as Map<string, V>;
  }

  get(id: string): V | undefined {
    return this.shard(id).get(id);
  }

  has(id: string): boolean {
    return this.shard(id).has(id);
  }

  set(id: string, value: V): this {
    this.shard(id).set(id, value);
    return this;
  }

  get size(): number {
    let n = 0;
    for (const s of this.shards) n += s.size;
    return n;
  }
}
