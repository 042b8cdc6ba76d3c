/**
 * What every command of the CLI shares: reading its options, turning a bad input into one Dutch
 * line and exit code 2, and running `main` when the file is started as a program.
 */
import { translate, type MessageKey, type Params } from '../lib/i18n';
import { InputError } from './read-document';

const t = (key: MessageKey, params?: Params) => translate('nl', key, params);

export interface Options {
  /** Arguments that are no option, in order. */
  positional: string[];
  /** Flags given (e.g. "--json"). */
  flags: Set<string>;
  /** Options with a value (e.g. "--docx" → "brief.docx"). */
  values: Map<string, string>;
}

/** Read `argv` against the flags and value options a command knows; anything else starting with "-" is refused. */
export function readOptions(argv: string[], known: { flags?: string[]; values?: string[] }): Options {
  const options: Options = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (known.flags?.includes(arg)) options.flags.add(arg);
    else if (known.values?.includes(arg)) {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new InputError(t('cli.missingValue', { option: arg }));
      options.values.set(arg, value);
    } else if (arg.startsWith('-')) throw new InputError(t('cli.unknownOption', { option: arg }));
    else options.positional.push(arg);
  }
  return options;
}

/** Run a command's work; a bad input becomes its Dutch line on stderr and exit code 2. */
export async function withInputErrors(work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** Start `main` when this process was started for `script` ("check", "letter", …), and exit with its code. */
export function runAsProgram(script: string, main: (argv: string[]) => Promise<number>): void {
  const started = process.argv[1];
  if (!started || !new RegExp(`${script}\\.(ts|js|mjs)$`).test(started)) return;
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${t('cli.crashed')} ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
