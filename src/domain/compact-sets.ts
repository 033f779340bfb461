/**
 * Sets of the UUIDs and ids an import has seen, held in typed arrays. An export of a million
 * promises names two million UUIDs; in a JavaScript Set of strings they took over a gigabyte,
 * here they take 16 bytes each (twice that while the table has room to spare).
 */

/** MurmurHash3's finaliser: every bit of the input moves the low bits the table is indexed by. */
const mix = (h: number): number => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
};
const hashWords = (a: number, b: number, c: number, d: number) => mix(a ^ mix(b ^ mix(c ^ mix(d))));

/** Open addressing over a power-of-two table; grows at half full. */
abstract class CompactSet<K> {
  protected size = 0;
  protected capacity = 1024;
  protected used = new Uint8Array(this.capacity);

  protected abstract hash(key: K): number;
  protected abstract equals(slot: number, key: K): boolean;
  protected abstract store(slot: number, key: K): void;
  protected abstract resize(capacity: number): void;

  private find(key: K): number {
    const mask = this.capacity - 1;
    let slot = this.hash(key) & mask;
    while (this.used[slot] === 1 && !this.equals(slot, key)) slot = (slot + 1) & mask;
    return slot;
  }

  has(key: K): boolean {
    return this.used[this.find(key)] === 1;
  }

  /** Adds the key; false if it was there already. */
  add(key: K): boolean {
    let slot = this.find(key);
    if (this.used[slot] === 1) return false;
    if ((this.size + 1) * 2 > this.capacity) {
      this.resize(this.capacity * 2);
      slot = this.find(key);
    }
    this.used[slot] = 1;
    this.store(slot, key);
    this.size++;
    return true;
  }
}

/** UUIDs written as trust checks them (lowercase or uppercase hex, with dashes). */
export class UuidSet extends CompactSet<string> {
  private words = new Uint32Array(this.capacity * 4);
  private readonly parts = new Uint32Array(4);

  private split(uuid: string): Uint32Array {
    const hex = uuid.replace(/-/g, '');
    for (let i = 0; i < 4; i++) this.parts[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
    return this.parts;
  }
  protected hash(uuid: string): number {
    const p = this.split(uuid);
    return hashWords(p[0]!, p[1]!, p[2]!, p[3]!);
  }
  protected equals(slot: number, uuid: string): boolean {
    const p = this.split(uuid);
    const w = this.words;
    const at = slot * 4;
    return w[at] === p[0] && w[at + 1] === p[1] && w[at + 2] === p[2] && w[at + 3] === p[3];
  }
  protected store(slot: number, uuid: string): void {
    this.words.set(this.split(uuid), slot * 4);
  }
  protected resize(capacity: number): void {
    const { words, used } = this;
    this.capacity = capacity;
    this.words = new Uint32Array(capacity * 4);
    this.used = new Uint8Array(capacity);
    const mask = capacity - 1;
    for (let old = 0; old < used.length; old++) {
      if (used[old] !== 1) continue;
      const w = words.subarray(old * 4, old * 4 + 4);
      let slot = hashWords(w[0]!, w[1]!, w[2]!, w[3]!) & mask;
      while (this.used[slot] === 1) slot = (slot + 1) & mask;
      this.used[slot] = 1;
      this.words.set(w, slot * 4);
    }
  }
}

/** Whole-number ids from 1 up to well below 2^53. */
export class IdSet extends CompactSet<number> {
  private ids = new Float64Array(this.capacity);

  protected hash(id: number): number {
    return mix(id % 0x100000000 ^ mix(Math.floor(id / 0x100000000)));
  }
  protected equals(slot: number, id: number): boolean {
    return this.ids[slot] === id;
  }
  protected store(slot: number, id: number): void {
    this.ids[slot] = id;
  }
  protected resize(capacity: number): void {
    const { ids, used } = this;
    this.capacity = capacity;
    this.ids = new Float64Array(capacity);
    this.used = new Uint8Array(capacity);
    for (let old = 0; old < used.length; old++) if (used[old] === 1) this.add(ids[old]!), this.size--;
  }
}
