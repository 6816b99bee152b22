import type { Db } from "./client";
import type { PageOutcome } from "./ingest-outcome";
import { ingestSources, type IngestInput, type IngestOptions } from "./ingest-write";

/**
 * Bulk ingest in overlapping batches: a batch's extraction starts as soon as it is added, on the
 * pool's threads behind the batch before it, while this thread writes that earlier batch. Without
 * the overlap the threads sat idle during every write and the writer during every extraction.
 *
 * At most two batches are in flight (`add` waits for the older one), so memory stays bounded.
 * Each batch is still one transaction of whole pages; a page that appears in two adjacent batches is
 * caught by the writer's content-hash check and reported "unchanged", as with sequential batches.
 * `done` gets each batch's outcomes in the order the batches were added.
 */
export class IngestPipeline {
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly opts: IngestOptions,
  ) {}

  async add(inputs: IngestInput[], done: (outcomes: PageOutcome[]) => void): Promise<void> {
    const before = this.inFlight;
    const job = ingestSources(this.db, inputs, { ...this.opts, writeAfter: before });
    const settled = (async () => {
      const outcomes = await job;
      await before;
      done(outcomes);
    })();
    // Its failure reaches the caller through the next `add` or `finish`; never as unhandled.
    settled.catch(() => {});
    this.inFlight = settled;
    await before;
  }

  /** Waits for the last batch; rethrows the first failure of a batch (not of a page). */
  async finish(): Promise<void> {
    await this.inFlight;
  }
}
