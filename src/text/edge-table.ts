// The trie edges of PhraseMatcher (matcher.ts) in a form that is fast to look up.

/**
 * The trie edges (node, UTF-16 code unit) → child as an open-addressing hash table in typed arrays.
 * The Map keyed by node * 65536 + c is compact to build, but its keys exceed the small-integer range
 * for most nodes, which makes every lookup hash a heap number; walk() does one lookup per character.
 */
export class EdgeTable {
  private readonly from: Int32Array;
  private readonly chars: Uint16Array;
  private readonly to: Int32Array;
  private readonly mask: number;

  constructor(edges: Map<number, number>) {
    let size = 16;
    while (size < edges.size * 2) size *= 2;
    this.mask = size - 1;
    this.from = new Int32Array(size).fill(-1);
    this.chars = new Uint16Array(size);
    this.to = new Int32Array(size);
    for (const [edge, child] of edges) {
      const node = Math.floor(edge / 65536);
      const c = edge % 65536;
      let h = slot(node, c) & this.mask;
      while (this.from[h] !== -1) h = (h + 1) & this.mask;
      this.from[h] = node;
      this.chars[h] = c;
      this.to[h] = child;
    }
  }

  /** The node reached from `node` by the characters of `key` (spaces skipped), or -1. */
  descend(node: number, key: string): number {
    for (let k = 0; k < key.length && node >= 0; k++) {
      const c = key.charCodeAt(k);
      if (c !== 32) node = this.child(node, c);
    }
    return node;
  }

  /** The child of `node` by code unit `c`, or -1. */
  child(node: number, c: number): number {
    let h = slot(node, c) & this.mask;
    for (;;) {
      const f = this.from[h];
      if (f === -1) return -1;
      if (f === node && this.chars[h] === c) return this.to[h];
      h = (h + 1) & this.mask;
    }
  }
}

/** Hash of an edge (murmur3's finaliser over node and code unit), for the table's low bits. */
function slot(node: number, c: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
