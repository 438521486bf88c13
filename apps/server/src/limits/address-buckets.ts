import { TokenBucket } from './token-bucket.ts';

/** Addresses remembered at once; past it the oldest is forgotten (and starts afresh). */
const maxAddresses = 10_000;

/** One token bucket per client address, for limits on requests rather than connections. */
export class AddressBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
  ) {}

  take(address: string): boolean {
    return this.bucketOf(address).take();
  }

  /** Takes `amount` if the address has anything left (see TokenBucket.charge). */
  charge(address: string, amount: number): boolean {
    return this.bucketOf(address).charge(amount);
  }

  /** Whole seconds until the address may be charged again, at least 1. */
  retryAfterSeconds(address: string): number {
    return Math.max(1, Math.ceil(this.bucketOf(address).secondsUntilCharge()));
  }

  private bucketOf(address: string): TokenBucket {
    let bucket = this.buckets.get(address);
    if (!bucket) {
      if (this.buckets.size >= maxAddresses) this.buckets.delete(this.buckets.keys().next().value!);
      bucket = new TokenBucket(this.ratePerSecond, this.capacity);
      this.buckets.set(address, bucket);
    }
    return bucket;
  }
}
