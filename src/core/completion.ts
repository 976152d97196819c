/**
 * Shell completion scripts from a description of the command tree (built from the commander
 * program, so a new command or option completes without editing this file). Pure: text out.
 */
export interface CompletionCommand {
  name: string;
  aliases: string[];
  summary: string;
  /** Long and short flags, e.g. ["--domain"], ["-h", "--help"]. */
  options: Array<{ flags: string[]; takesValue: boolean; description: string }>;
  commands: CompletionCommand[];
}

/** Values offered after an option: fixed words, or file names. */
export type OptionValues = Record<string, string[] | 'files'>;

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

interface Node { path: string; cmd: CompletionCommand }

function walk(cmd: CompletionCommand, path = ''): Node[] {
  return [{ path, cmd }, ...cmd.commands.flatMap((c) => walk(c, `${path}/${c.name}`))];
}

const words = (cmd: CompletionCommand): string => [...cmd.commands.flatMap((c) => [c.name, ...c.aliases]), ...cmd.options.flatMap((o) => o.flags)].join(' ');
const shQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

function bash(root: CompletionCommand, values: OptionValues): string {
  const nodes = walk(root);
  const steps = nodes.flatMap(({ path, cmd }) => cmd.commands.flatMap((c) => [c.name, ...c.aliases].map((n) => `      ${shQuote(`${path}/${n}`)}) path=${shQuote(`${path}/${c.name}`)} ;;`)));
  const valueCases = Object.entries(values).map(([flag, v]) =>
    (v === 'files' ? `    ${flag}) COMPREPLY=($(compgen -f -- "$cur")); return ;;` : `    ${flag}) COMPREPLY=($(compgen -W ${shQuote(v.join(' '))} -- "$cur")); return ;;`));
  const pathCases = nodes.map(({ path, cmd }) => `    ${shQuote(path)}) opts=${shQuote(words(cmd))} ;;`);
  return [
    `# ${root.name} completion for bash. Install: ${root.name} completion bash > ~/.local/share/bash-completion/completions/${root.name}`,
    `_${root.name}() {`,
    '  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} path="" opts="" i',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    case "$path/${COMP_WORDS[i]}" in',
    ...steps,
    '    esac',
    '  done',
    '  case "$prev" in',
    ...valueCases,
    '  esac',
    '  case "$path" in',
    ...pathCases,
    '  esac',
    '  COMPREPLY=($(compgen -W "$opts" -- "$cur"))',
    '}',
    `complete -F _${root.name} ${root.name}`,
    '',
  ].join('\n');
}

function fish(root: CompletionCommand, values: OptionValues): string {
  const lines = [`# ${root.name} completion for fish. Install: ${root.name} completion fish > ~/.config/fish/completions/${root.name}.fish`];
  const c = `complete -c ${root.name}`;
  for (const { path, cmd } of walk(root)) {
    const chain = path.split('/').filter(Boolean);
    const names = cmd.commands.flatMap((s) => [s.name, ...s.aliases]);
    // On this command (all of its path typed, none of its subcommands yet).
    const here = chain.length === 0
      ? (names.length ? `not __fish_seen_subcommand_from ${names.join(' ')}` : 'true')
      : [`__fish_seen_subcommand_from ${[cmd.name, ...cmd.aliases].join(' ')}`, ...(names.length ? [`not __fish_seen_subcommand_from ${names.join(' ')}`] : [])].join('; and ');
    for (const sub of cmd.commands) lines.push(`${c} -f -n ${shQuote(here)} -a ${shQuote([sub.name, ...sub.aliases].join(' '))} -d ${shQuote(sub.summary)}`);
    for (const o of cmd.options) {
      const long = o.flags.find((f) => f.startsWith('--'))?.slice(2);
      const short = o.flags.find((f) => /^-[^-]$/.test(f))?.slice(1);
      const v = values[`--${long}`];
      const arg = !o.takesValue ? '' : v === 'files' ? ' -r -F' : v ? ` -x -a ${shQuote(v.join(' '))}` : ' -x';
      lines.push(`${c} -n ${shQuote(here)}${long ? ` -l ${long}` : ''}${short ? ` -s ${short}` : ''}${arg} -d ${shQuote(o.description)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(shell: Shell, root: CompletionCommand, values: OptionValues): string {
  if (shell === 'fish') return fish(root, values);
  const script = bash(root, values);
  // zsh runs the bash script through its bash compatibility layer.
  return shell === 'zsh'
    ? `# ${root.name} completion for zsh. Install: ${root.name} completion zsh > "\${fpath[1]}/_${root.name}", or eval "$(${root.name} completion zsh)" in ~/.zshrc\nautoload -U +X bashcompinit && bashcompinit\n${script.split('\n').slice(1).join('\n')}`
    : script;
}
