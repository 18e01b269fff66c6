import { createRequire as __lrCreateRequire } from 'node:module'; const require = __lrCreateRequire(import.meta.url);
import{runCommand}from"./chunk-QENWIQMI.js";import"./chunk-BDEQNT5J.js";import"./chunk-ITLCLKPN.js";import{CHECKS,parseCliArgs}from"./chunk-J5BKJTG2.js";import"./chunk-YO4QRCGQ.js";import"./chunk-D2RNIKKE.js";import{VERSION}from"./chunk-IPZFJE2P.js";import"./chunk-IWJ54D3B.js";import"./chunk-XCTN2OLH.js";import"./chunk-4MRNAVGZ.js";import{ConfigError,EXIT}from"./chunk-V63KCQUU.js";import"./chunk-C6MEQJ2B.js";var HELP_TEXT=`launch-ready ${VERSION} \u2014 the CI gate between a pull request (or a deploy) and production

Usage:
  launch-ready run [options]      run the checks on the repository in the current directory
  launch-ready secrets scan [PATH\u2026] [options]
                                  scan files and folders for secrets, git repository or not
                                  (default PATH: the current directory); --history scans the
                                  commits of the repository at PATH instead
  launch-ready secrets baseline [PATH] [--output FILE] [--history] [--config FILE]
                                  accept today's findings: write their fingerprints to FILE
                                  (default: secrets.baseline, else .launch-ready/secrets-baseline.json)
  launch-ready env init [--output FILE] [--force] [--cwd DIR]
                                  write a starting env schema inferred from .env.example and
                                  the env vars the code reads (default FILE: launch-ready.yml,
                                  never overwritten without --force; - prints it)
  launch-ready monitor [--config FILE] [--base-url URL] [--cwd DIR] [--format FORMAT]
                                  one monitoring run (smoke routes and flows, certificate
                                  expiry, latency probe) for cron: state in monitor.state
                                  (.launch-ready/monitor-state.json), alerts to the webhook
  launch-ready demo [handover]    run the gate on a bundled sample project with planted problems
                                  (handover: print the launch handover of that run instead)
  launch-ready handover [--report FILE] [-o FILE] [run options]
                                  the launch handover: what is live, env vars (names only), routes
                                  and p95, open findings with fixes, recovery steps, day-one actions;
                                  from a run of the checks, or from a JSON report of an earlier run
  launch-ready status-page --history FILE --out DIR [--title TEXT] [--repo OWNER/NAME]
                                  write DIR/index.html (for GitHub Pages) from the monitor's history;
                                  with --repo and GITHUB_TOKEN, recent deploys come from the API
  launch-ready comment --report FILE [--pr N] [--repo OWNER/NAME]
                                  post an existing JSON report as the PR comment (needs GITHUB_TOKEN)
  launch-ready --help | --version

Options for run:
  --config FILE         config file (default: launch-ready.yml; when absent, defaults are used)
  --checks LIST         auto (default), or a comma-separated list: secrets,env,smoke,perf,monitor
  --fail-on LEVEL       critical (default) | high | medium | low | never
  --fail-on-error BOOL  true (default): a check that could not run fails the gate; false: only report it
  --update-baseline     record this run's latencies as the perf baseline (perf.baseline, else
                        perf-baseline.json); later runs are compared with it
  --base-url URL        where the deployed app answers, for route checks (the config's baseUrl wins)
  --environment NAME    deployment environment name, for env rules (the config's env.environment wins)
  --format FORMAT       text (default) | markdown | json | sarif
  -o, --output FILE     write the report to FILE instead of stdout
  --cwd DIR             the repository to check (default: the current directory)
  --shard I/N           scan only this share of the files for secrets (e.g. 2/4 in a matrix of 4 jobs)

Options for secrets scan (paths, config and baseline are relative to the current directory):
  --history             scan every commit of the repository at PATH (finds removed secrets)
  --config FILE         config file: rules, allow-list, path filters (default: launch-ready.yml)
  --baseline FILE       findings in this baseline are reported as known and never fail
  --fail-on LEVEL       critical (default) | high | medium | low | never
  --format FORMAT       text (default) | markdown | json | sarif
  -o, --output FILE     write the report to FILE instead of stdout
  --shard I/N           scan only this share of the files (e.g. 2/4 in a matrix of 4 jobs)

Environment:
  LAUNCH_READY_FINGERPRINT_KEY
                        a random key (openssl rand -base64 32), kept as a CI secret: fingerprints
                        (baseline, SARIF, JSON) become HMACs under it instead of scrypt hashes for
                        guessable values; write the baseline and scan with the same key

Exit codes: 0 passed, 1 findings at or above --fail-on (or a check that could not run), 2 bad config
or usage, 3 internal error.
`;async function runCli(argv,start){let io={stdout:text=>{process.stdout.write(text)},logger:{info:()=>{},debug:()=>{},warning:message=>{process.stderr.write(`warning: ${message}
`)}},color:!!process.stdout.isTTY&&!process.env.NO_COLOR,scanWorkerUrl:start.scanWorkerUrl,...start.prestartedScanWorkers?{prestartedScanWorkers:start.prestartedScanWorkers}:{}};process.stdout.on("error",error=>{throw error.code==="EPIPE"&&process.exit(process.exitCode??0),error});try{return await main(argv,io)}catch(error){return error instanceof ConfigError?(process.stderr.write(`launch-ready: ${error.message}
`),EXIT.usage):(process.stderr.write(`launch-ready crashed; please report this bug:
${error instanceof Error?error.stack:String(error)}
`),EXIT.crash)}}async function main(argv,io){let command=parseCliArgs(argv);switch(command.name){case"help":return io.stdout(HELP_TEXT),EXIT.passed;case"version":return io.stdout(`${VERSION}
`),EXIT.passed;case"run":return runCommand(command,io);case"demo":{let{demoCommand}=await import("./demo-command-J3SMIOMQ.js");return demoCommand(command,io)}case"secrets-scan":case"secrets-baseline":case"env-init":return checkCommand(command.name)(command,io);case"monitor":{let{monitorCommand}=await import("./monitor-command-FOOWL2SA.js");return monitorCommand(command,io)}case"status-page":{let{statusPageCommand}=await import("./status-page-command-NFZZNDZV.js");return statusPageCommand(command,io)}case"handover":{let{handoverCommand}=await import("./handover-command-IHFUOALB.js");return handoverCommand(command,io)}case"comment":{let{commentCommand}=await import("./comment-command-UOFOGW4T.js");return commentCommand(command,io)}}}function checkCommand(name){for(let check of CHECKS){let command=check.commands?.[name];if(command)return command}throw new Error(`no check offers the ${name} command`)}export{runCli};
