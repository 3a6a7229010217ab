// What stands at each word position of a sentence (the verb group a word is in, the phrase that
// starts or ends there): a Map's get, has and set over an array. Read at nearly every word, by
// every pass over the sentence; an array read costs less than a hashed one, and filling it makes
// no hash table.

export class ByPosition<T> {
  private readonly at: Array<T | undefined>;

  /** Room for positions below `size` from the start (a sentence's words and its end). */
  constructor(size: number) {
    this.at = new Array<T | undefined>(size);
  }

  get(position: number): T | undefined {
    return this.at[position];
  }

  has(position: number): boolean {
    return this.at[position] !== undefined;
  }

  set(position: number, value: T): void {
    this.at[position] = value;
  }
}
