#!/usr/bin/env node
// The command line: dist/cli.mjs is built by `node build.mjs` (npm run build) from src/cli/main.ts.
import { main } from '../dist/cli.mjs';

// `cmn-sheets check book.xlsx | head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
