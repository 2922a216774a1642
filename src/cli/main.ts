import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../corpus/load.js';
import { UsageError } from './errors.js';
import { FORMATS, resolveOptions, type RawOptions } from './options.js';
import { Output } from './output.js';
import { lowerBackgroundThreadPriority, tuneOptimisingCompiler } from './threads.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const COMMANDS: { name: string; summary: string; analysis: boolean }[] = [
  { name: 'strip', summary: 'boilerplate stripping: article text out, site furniture gone', analysis: false },
  { name: 'entities', summary: 'named entities, merged across documents under one canonical name', analysis: true },
  { name: 'quotes', summary: 'who said what: direct, mixed, indirect and "according to" attributions', analysis: true },
  { name: 'figures', summary: 'numeric claims and their cross-source comparison (70,000 vs 80,000 deaths)', analysis: true },
  { name: 'check', summary: 'CI gate: cross-source figure conflicts as findings, exit 1 when any reach --fail-on', analysis: true },
  { name: 'report', summary: 'everything above for one corpus (terminal summary; --format json has all sections)', analysis: true },
];

const INPUTS_HELP = `
Inputs: files, directories (searched for *.txt, *.md, *.text, *.jsonl) and glob patterns; "-" or piped data
reads one document from stdin (--jsonl: JSONL documents). JSONL lines are {"id", "text", "source"}.

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
      .option('--print-config', 'print the effective config as JSON and exit');
    if (spec.analysis) cmd.option('--keep-boilerplate', 'analyse the text as given (no boilerplate stripping)');
    if (spec.name === 'strip') {
      cmd.option('-o, --out-dir <dir>', 'write one file per input into DIR').option('--explain', 'show each line, kept or dropped, and why');
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
    }
    if (spec.name === 'check') cmd.option('--fail-on <level>', 'exit 1 on findings at or above: error (default), warning, never');
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
  lowerBackgroundThreadPriority();
  tuneOptimisingCompiler();
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
  out.error(`error: ${err?.message ?? String(e)}${process.env.CONCORD_DEBUG ? `\n${err?.stack}` : ''}`);
  return 2;
}
