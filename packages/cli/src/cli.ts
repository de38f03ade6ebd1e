import { createRequire } from 'node:module';
import { tuneForOneShotCommand } from './processTuning.js';

// The command itself (main.cjs, with the @strategy-record packages bundled in) is loaded only after
// the tuning, so that the code cache set up there covers it as well as pdfmake, pdfkit and fontkit.
// A long-running service (`serve`) is not a one-shot command: it keeps V8's default optimisation.
if (process.argv[2] !== 'serve') tuneForOneShotCommand();
const { main } = createRequire(import.meta.url)('./main.cjs') as typeof import('./main.js');
void main();
