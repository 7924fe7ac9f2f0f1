import { run } from './run.js';

// The only place besides the HTTP server that touches `process`.

// A reader that stops reading (`vigil … | head`) closes the pipe: end quietly, as a command killed by SIGPIPE
// would, instead of a stack trace. Anything a command was writing to the store is one transaction, so stopping
// here leaves nothing half-written (the embedded store's lock of a dead process is taken over by the next one).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
