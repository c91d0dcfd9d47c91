/**
 * Vitest global setup: prepares what the real-thing tests need once per run
 * (the shipped model, fetched and verified, and the index built from the real article).
 */
export default async function setup(): Promise<void> {
  // Filled in as the model and index layers land.
}
