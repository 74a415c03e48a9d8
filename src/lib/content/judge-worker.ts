/**
 * The worker thread of judge-on-workers.ts: judges and renders the bodies it is sent, and answers
 * once with all of them. Node runs this file itself (it strips the types), outside any bundle.
 */
import { parentPort } from 'node:worker_threads';
import { judgeAndRender, type BodyToJudge } from './judge-on-workers.ts';

const port = parentPort;
if (!port) throw new Error('judge-worker.ts runs only as a worker thread (see judge-on-workers.ts)');

port.once('message', (bodies: BodyToJudge[]) => port.postMessage(bodies.map(judgeAndRender)));
