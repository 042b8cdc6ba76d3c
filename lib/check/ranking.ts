/**
 * Taking the first few of many ranked passages without sorting them all: evidence needs the top
 * three or five, and a long document has thousands of candidates (a binary heap: O(n) to build,
 * O(log n) per passage taken).
 */
export class RankedQueue {
  private readonly heap: Int32Array;
  private size: number;

  /**
   * `items` in the order of `before`, which must be a strict total order (never true both ways,
   * and for two different items true one way), so the order taken is the order a sort would give.
   */
  constructor(
    items: ArrayLike<number>,
    private readonly before: (a: number, b: number) => boolean,
  ) {
    this.heap = Int32Array.from(items);
    this.size = this.heap.length;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  /** The first item not taken yet, or -1 when all are taken. */
  pop(): number {
    if (this.size === 0) return -1;
    const top = this.heap[0]!;
    this.size--;
    if (this.size > 0) {
      this.heap[0] = this.heap[this.size]!;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    const item = heap[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.before(heap[child + 1]!, heap[child]!)) child++;
      if (!this.before(heap[child]!, item)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  }
}
