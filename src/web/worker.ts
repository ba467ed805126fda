/**
 * The page's worker: the engine runs here, off the page's thread, so the page stays responsive and shows
 * the progress it is sent. One request, one run; a failure the engine did not foresee ends the run with a
 * Russian line, never a silent stop.
 */
import { runCoordinator } from './coordinator-run';
import { runCurator } from './curator-run';
import { PAGE_TEXTS } from './messages';
import type { Channel } from './channel';
import type { RunRequest, WorkerMessage } from './web-contract';

interface WorkerScope {
  onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const channel: Channel = { send: (message, transfer = []) => scope.postMessage(message, transfer) };

scope.onmessage = (event) => {
  const { role, files, now } = event.data;
  const run = role === 'curator' ? runCurator(files, channel) : runCoordinator(files, now, channel);
  run.catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    channel.send({ type: 'failed', message: PAGE_TEXTS.failed(detail) });
  });
};
