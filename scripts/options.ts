// Command-line options of the scripts: `--name value`.

/** The value after `name` in `args`, if given. */
export function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The arguments that are neither options nor the values of `valued` options. */
export function positional(args: readonly string[], valued: readonly string[]): string[] {
  return args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
}
