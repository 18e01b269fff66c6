// Preloaded with `node --import` when neither GNU time nor /proc is there: writes the process's
// peak resident set size (kB) to LAUNCH_READY_MAXRSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.LAUNCH_READY_MAXRSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
