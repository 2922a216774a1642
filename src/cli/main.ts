import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../corpus/load.js';
import { UsageError } from './errors.js';
import { FORMATS, resolveOptions, type RawOptions } from './options.js';
import { Output } from './output.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const COMMANDS: { name: string; summary: string; analysis: boolean }[] = [
  { name: 'strip', summary: 'boilerplate stripping: article text out, site furniture gone', analysis: false },
  { name: 'entities', summary: 'named entities, merged across documents under one canonical name', analysis: true },
  { name: 'quotes', summary: 'who said what: direct, mixed, indirect and "according to" attributions', analysis: true },
  { name: 'figures', summary: 'numeric claims and their cross-source comparison (70,000 vs 80,000 deaths)', analysis: true },
  { name: 'check', summary: 'CI gate: cross-source figure conflicts as findings, exit 1 when any reach --fail-on', analysis: true },
  { name: 'report', summary: 'everything above for one corpus (terminal summary; html page, markdown; --format json has all sections)', analysis: true },
];

const INPUTS_HELP = `
Inputs: files, directories (searched for *.txt, *.md, *.text, *.jsonl) and glob patterns; "-" or piped data
reads one document from stdin (--jsonl: JSONL documents). JSONL lines are {"id", "text", "source"}.
A directory walk skips node_modules/, .git/, hidden and .gitignore'd files, and follows links only inside it.
Devices (/dev/zero) are refused; a document over --max-doc-size (64 MB) is an error.

Exit codes: 0 ran (check: no finding at or above --fail-on); 1 check found such findings; 2 usage error or bad input.`;

function buildProgram(out: Output, run: (command: string, inputs: string[], raw: RawOptions) => Promise<void>): Command {
  const program = new Command('concord')
    .configureOutput({
      writeOut: (s) => out.write(s),
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `concord: ${s}` : s),
    })
    .description('Read news articles about one story from several outlets: what is in them and where they disagree.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .addHelpText('after', INPUTS_HELP);

  for (const spec of COMMANDS) {
    const cmd = program
      .command(spec.name)
      .summary(spec.summary)
      .description(spec.summary)
      .argument('[inputs...]', 'files, directories, glob patterns, or - for stdin')
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS[spec.name]!).default('text'))
      .option('--no-color', 'no ANSI colour (also NO_COLOR)')
      .option('-q, --quiet', 'no warnings on stderr')
      .option('--jsonl', 'read JSONL documents from stdin')
      .option('-j, --jobs <n>', 'threads for per-document work, this one included (default: cores)')
      .option('--config <file>', 'config file (default: concord.config.json found upward from the working directory)')
      .option('--print-config', 'print the effective config as JSON and exit')
      .option('--max-doc-size <bytes>', 'largest document read, e.g. 64M (default: 64 MB); a larger one is an error');
    if (spec.analysis) cmd.option('--keep-boilerplate', 'analyse the text as given (no boilerplate stripping)');
    // strip keeps every line: the text as read (an HTML page's rendered text, whose lines all reports refer to).
    if (spec.name === 'strip') cmd.option('--keep-boilerplate', 'keep every line: print the text as read (an HTML page rendered)');
    if (spec.name === 'strip') {
      cmd
        .option('-o, --out-dir <dir>', 'write one file per input into DIR (never an input folder, nor one holding inputs)')
        .option('--force', 'with --out-dir: allow a folder that holds or lies inside the inputs (an input file is never overwritten)')
        .option('--explain', 'show each line, kept or dropped, and why');
    }
    if (spec.name === 'entities') {
      cmd
        .option('--min-docs <n>', 'only entities that at least N documents mention')
        .option('--type <types>', 'only these types, comma-separated (person, organization, place, other)')
        .option('--explain', 'show the evidence for each entity\'s type and merges, as reason codes');
    }
    if (spec.name === 'entities' || spec.name === 'report') {
      cmd.option('--demonyms', 'count nationality adjectives ("Syrian") as mentions of their country');
    }
    if (spec.name === 'quotes') cmd.option('--speaker <name>', 'only quotes of this speaker (canonical name or alias)');
    if (['figures', 'check', 'report'].includes(spec.name)) {
      cmd.option('--tolerance <percent>', 'relative difference under which figures agree (default 5)');
      cmd.option('--rates <file>', 'currency rates (JSON: {"USD": 1, "EUR": 1.08}) so amounts in different currencies are compared');
    }
    if (spec.name === 'check') {
      cmd
        .option('--fail-on <level>', 'exit 1 on findings at or above: error (default), warning, never')
        .option('--baseline <file>', 'accept the findings recorded in FILE (written by --update-baseline)')
        .option('--update-baseline', 'write the current findings to the --baseline file');
    }
    if (spec.name === 'report') cmd.option('-o, --out <file>', 'write the report to FILE instead of stdout');
    if (spec.name === 'figures' || spec.name === 'report') cmd.option('--explain', 'why claims of a measure were or were not compared');
    if (spec.name === 'figures' || spec.name === 'check') {
      cmd.option('--merge <files...>', 'compare claims from earlier --format jsonl outputs (shards) instead of texts');
    }
    cmd.addHelpText('after', INPUTS_HELP);
    cmd.action(async (inputs: string[], raw: RawOptions) => run(spec.name, inputs, raw));
  }
  return program;
}

/** The command line: parse, run, and set the exit code (never a stack trace for the user's mistakes). */
export async function main(argv: string[]): Promise<void> {
  const out = new Output(process.stdout, process.stderr);
  let code = 0;
  const program = buildProgram(out, async (command, inputs, raw) => {
    const opts = resolveOptions(command, raw, process.cwd());
    out.quiet = opts.quiet;
    const { runCommand } = await import('./run.js');
    code = await runCommand(inputs, opts, {
      out,
      env: process.env,
      stdin: process.stdin,
      stdinIsTTY: !!process.stdin.isTTY,
      version: VERSION,
      cores: availableParallelism(),
    });
  });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    code = exitCodeFor(e, out);
  }
  await out.flush();
  const failure = out.writeFailure;
  if (failure) {
    out.error(`cannot write the results: ${systemErrorLine(failure.code, failure.target)}`);
    code = 2;
  }
  process.exitCode = code;
}

function exitCodeFor(e: unknown, out: Output): number {
  if (e instanceof CommanderError) {
    // Help and version exit 0; every other parse error is a usage error.
    return e.exitCode === 0 ? 0 : 2;
  }
  if (e instanceof InputError || e instanceof UsageError) {
    out.error(e.message);
    return 2;
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EPIPE') return 0;
  const debug = process.env.CONCORD_DEBUG ? `\n${err?.stack}` : '';
  const friendly = err?.code && err.path ? systemErrorLine(err.code, err.path) : null;
  out.error(`${friendly ?? `error: ${err?.message ?? String(e)}`}${debug}`);
  return 2;
}

/** What a failed file operation means for the user, in one line naming the path (no raw errno text). */
function systemErrorLine(code: string, file: string): string {
  const what: Record<string, string> = {
    ENOENT: 'no such file or directory; check the path',
    EACCES: 'permission denied; check its permissions',
    EPERM: 'operation not permitted; check its permissions',
    EISDIR: 'is a directory where a file was expected; name a file',
    ENOTDIR: 'a part of this path is a file, not a directory; check the path',
    EEXIST: 'already exists and is not a directory; name another path',
    ENAMETOOLONG: 'name too long for the file system; use shorter ids or paths',
    ENOSPC: 'no space left on the device; free some space and run again',
    EROFS: 'read-only file system; write somewhere else',
    EMFILE: 'too many open files; raise the limit (ulimit -n) or give fewer inputs',
  };
  return `${file}: ${what[code] ?? `cannot be used (system error ${code.toLowerCase()})`}`;
}
