/**
 * Sets of the UUIDs and ids an import has seen, held in typed arrays. An export of a million
 * promises names two million UUIDs and ids; in JavaScript Sets they took over a gigabyte.
 */

/** MurmurHash3's finaliser: every bit of the input moves every bit of the hash. */
const mix = (h: number): number => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** The value of one hex digit; the UUIDs here have passed the check of their form. */
const hexDigit = (code: number) => (code <= 57 ? code - 48 : (code | 32) - 87);

/**
 * UUIDs, 16 bytes each in an open-addressed table (linear probing) kept at most three quarters
 * full: about 25 bytes a UUID.
 */
export class UuidSet {
  private size = 0;
  private capacity = 1024;
  private words = new Uint32Array(this.capacity * 4);
  private used = new Uint8Array(this.capacity);
  /** The UUID being looked for, as four words. */
  private readonly key = new Uint32Array(4);

  private load(uuid: string): void {
    let word = 0;
    let digits = 0;
    for (let i = 0; i < uuid.length; i++) {
      const code = uuid.charCodeAt(i);
      if (code === 45) continue; // "-"
      word = (word << 4) | hexDigit(code);
      if (++digits % 8 === 0) {
        this.key[digits / 8 - 1] = word;
        word = 0;
      }
    }
  }

  /** The key's slot, or the free slot where it would go. */
  private find(words: Uint32Array, used: Uint8Array, capacity: number, k: Uint32Array): number {
    const hash = mix(k[0]! ^ mix(k[1]! ^ mix(k[2]! ^ mix(k[3]!))));
    // Multiply-shift maps the hash onto a table of any size.
    let slot = Math.floor((hash / 4294967296) * capacity);
    while (used[slot] === 1) {
      const at = slot * 4;
      if (words[at] === k[0] && words[at + 1] === k[1] && words[at + 2] === k[2] && words[at + 3] === k[3]) return slot;
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
    return slot;
  }

  has(uuid: string): boolean {
    this.load(uuid);
    return this.used[this.find(this.words, this.used, this.capacity, this.key)] === 1;
  }

  /** Adds the UUID; false if it was there already. */
  add(uuid: string): boolean {
    return this.slotFor(uuid) !== -1;
  }

  /** The new slot of a UUID not there yet, or -1. */
  protected slotFor(uuid: string): number {
    this.load(uuid);
    let slot = this.find(this.words, this.used, this.capacity, this.key);
    if (this.used[slot] === 1) return -1;
    if ((this.size + 1) * 4 > this.capacity * 3) {
      this.grow();
      slot = this.find(this.words, this.used, this.capacity, this.key);
    }
    this.used[slot] = 1;
    this.words.set(this.key, slot * 4);
    this.size++;
    return slot;
  }

  /** The slot that holds the UUID, or -1. */
  protected slotOf(uuid: string): number {
    this.load(uuid);
    const slot = this.find(this.words, this.used, this.capacity, this.key);
    return this.used[slot] === 1 ? slot : -1;
  }

  /** Called as each entry moves from one slot to another while the table grows. */
  protected moved(_from: number, _to: number): void {}
  /** Called once the table has grown to `capacity` slots, before entries move. */
  protected growing(_capacity: number): void {}
  protected grown(): void {}

  private grow(): void {
    const { words, used } = this;
    const capacity = Math.ceil(this.capacity * 1.5);
    const next = new Uint32Array(capacity * 4);
    const nextUsed = new Uint8Array(capacity);
    this.growing(capacity);
    for (let old = 0; old < used.length; old++) {
      if (used[old] !== 1) continue;
      const w = words.subarray(old * 4, old * 4 + 4);
      const slot = this.find(next, nextUsed, capacity, w);
      nextUsed[slot] = 1;
      next.set(w, slot * 4);
      this.moved(old, slot);
    }
    this.grown();
    this.capacity = capacity;
    this.words = next;
    this.used = nextUsed;
  }
}

/** UUIDs with a whole number each (an id), about 36 bytes an entry. */
export class UuidMap extends UuidSet {
  private values: Float64Array = new Float64Array(1024);
  private next: Float64Array | null = null;

  /** Adds the UUID with its number; false (and nothing changed) if it was there already. */
  addWith(uuid: string, value: number): boolean {
    const slot = this.slotFor(uuid);
    if (slot === -1) return false;
    this.values[slot] = value;
    return true;
  }

  get(uuid: string): number | undefined {
    const slot = this.slotOf(uuid);
    return slot === -1 ? undefined : this.values[slot];
  }

  protected override growing(capacity: number): void {
    this.next = new Float64Array(capacity);
  }
  protected override moved(from: number, to: number): void {
    this.next![to] = this.values[from]!;
  }
  protected override grown(): void {
    this.values = this.next!;
    this.next = null;
  }
}

/**
 * Whole-number ids. An export lists them in order, mostly one after another, so they are kept as
 * runs (first, last): a million ids from 1 up take two numbers. An id that comes out of order is
 * kept apart.
 */
export class IdSet {
  private firsts: number[] = [];
  private lasts: number[] = [];
  private readonly apart = new Set<number>();

  /** The run that holds the id, by binary search, or -1. */
  private run(id: number): number {
    let low = 0;
    let high = this.firsts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (id < this.firsts[mid]!) high = mid - 1;
      else if (id > this.lasts[mid]!) low = mid + 1;
      else return mid;
    }
    return -1;
  }

  has(id: number): boolean {
    return this.run(id) !== -1 || this.apart.has(id);
  }

  /** Adds the id; false if it was there already. */
  add(id: number): boolean {
    const last = this.lasts.length - 1;
    if (last >= 0 && id === this.lasts[last]! + 1) this.lasts[last] = id;
    else if (last < 0 || id > this.lasts[last]!) {
      this.firsts.push(id);
      this.lasts.push(id);
    } else {
      if (this.has(id)) return false;
      this.apart.add(id);
    }
    return true;
  }
}
