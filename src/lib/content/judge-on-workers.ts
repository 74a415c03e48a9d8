/**
 * Judging and rendering many bodies at once on worker threads. Parsing is most of what a first
 * check of the content costs (about two thirds of a cold `astro dev`'s content sync at 5,000
 * entries), and each body is parsed on its own: split among threads, the bodies are judged on
 * every core, and each passing body is rendered where it was parsed, so no tree crosses threads.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { judgeMdxBody, type BodyJudgement } from './allow-list.ts';
import { renderBody, type RenderedBody } from './render.ts';

/** A body to judge against the components its collection allows. */
export interface BodyToJudge {
  body: string;
  allowedComponents: readonly string[];
}

/** The judgement of a body, without its tree, and the HTML rendered from it when it passed. */
export interface JudgedBody extends Omit<BodyJudgement, 'tree'> {
  rendered?: RenderedBody;
}

/** Judges a body as the check does and, when it passes, renders it as the loader does. */
export function judgeAndRender({ body, allowedComponents }: BodyToJudge): JudgedBody {
  const { problems, components, tree } = judgeMdxBody(body, allowedComponents);
  return { problems, components, ...(tree ? { rendered: renderBody(tree, components) } : {}) };
}

/** Below this many bodies, starting threads (each loads the parser) costs more than it saves. */
const MIN_BODIES_FOR_WORKERS = 200;

/**
 * Judges and renders `bodies`, in their order: on worker threads running `workerFile` when there
 * are enough of them to repay starting the threads, else on this thread.
 */
export async function judgeBodies(bodies: readonly BodyToJudge[], workerFile: string): Promise<JudgedBody[]> {
  return bodies.length < MIN_BODIES_FOR_WORKERS ? bodies.map(judgeAndRender) : judgeOnWorkers(bodies, workerFile);
}

/**
 * Judges `bodies` on `threads` worker threads running `workerFile` (judge-worker.ts), and
 * answers in their order. Rejects, naming the file, when a worker fails.
 * @example await judgeOnWorkers([{ body: 'Said.', allowedComponents: [] }], 'src/lib/content/judge-worker.ts') // [{ problems: [], ... }]
 */
export async function judgeOnWorkers(bodies: readonly BodyToJudge[], workerFile: string, threads = availableParallelism()): Promise<JudgedBody[]> {
  const count = Math.max(1, Math.min(threads, bodies.length));
  // Dealt out in turn, so that long and short bodies spread evenly among the threads.
  const shares = Array.from({ length: count }, (_, thread) => bodies.filter((_, index) => index % count === thread));
  const workers: Worker[] = [];
  try {
    const answers = await Promise.all(shares.map((share) => judgeOnWorker(share, workerFile, workers)));
    return bodies.map((_, index) => answers[index % count]![Math.floor(index / count)]!);
  } finally {
    // After a failure, the other workers would otherwise parse on for nobody.
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function judgeOnWorker(share: BodyToJudge[], workerFile: string, workers: Worker[]): Promise<JudgedBody[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile);
    workers.push(worker);
    const fail = (reason: string) => reject(new Error(`The content worker ${workerFile} failed: ${reason}`));
    worker.once('message', (judged: JudgedBody[]) => resolve(judged));
    worker.once('error', (error) => fail(error.message));
    worker.once('exit', (code) => fail(`it stopped with exit code ${code} before answering`));
    worker.postMessage(share);
  });
}
