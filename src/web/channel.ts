/** How a run in the worker speaks to the page: its messages, the bytes of a download handed over, not copied. */
import type { WorkerMessage } from './web-contract';

export interface Channel {
  send(message: WorkerMessage, transfer?: Transferable[]): void;
}

export function progress(channel: Channel, step: string, done = 0, total = 0): void {
  channel.send({ type: 'progress', step, done, total });
}

/** Lets the worker deliver what it has posted (the page draws a progress step) before a long stretch of work. */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
