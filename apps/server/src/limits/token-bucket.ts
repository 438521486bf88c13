/** A token bucket: `ratePerSecond` refills up to `capacity`; a take that finds too few tokens fails. */
export class TokenBucket {
  private tokens: number;
  private refilledAt = performance.now();

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
  ) {
    this.tokens = capacity;
  }

  take(amount = 1): boolean {
    this.refill();
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }

  /**
   * Takes `amount` even past what is left, as long as something is left: one large reply is
   * allowed, and the debt it leaves holds off the next ones until the rate has paid it back.
   */
  charge(amount: number): boolean {
    this.refill();
    if (this.tokens <= 0) return false;
    this.tokens -= amount;
    return true;
  }

  /** Seconds until a `charge` would pass again (0 when it would now). */
  secondsUntilCharge(): number {
    this.refill();
    return this.tokens > 0 ? 0 : (1 - this.tokens) / this.ratePerSecond;
  }

  private refill(): void {
    const now = performance.now();
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.refilledAt) / 1000) * this.ratePerSecond,
    );
    this.refilledAt = now;
  }
}
