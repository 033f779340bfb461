/**
 * The scripts `trust completion <shell>` prints. Each is a thin bridge: it hands the words on the
 * line to `trust __complete` and gives the shell what comes back (see answer.ts), so commands,
 * flags, names and ids are always the installed trust's own.
 */

/** Shell text as written: a raw template in which %{ stands for the shells' ${ (which JavaScript would take). */
const shell = (text: TemplateStringsArray) => String.raw(text).replaceAll('%{', '${');

// Bash has no descriptions: they are cut off. A word with a space or a character the shell
// treats specially is escaped, unless the user opened a quote, which already protects it.
const BASH = shell`# trust completion for bash. Load it with: source <(trust completion bash)
_trust() {
  local cur=%{COMP_WORDS[COMP_CWORD]} line
  local -a lines=()
  # Read line by line: a name may hold spaces or * and must reach the list as it is.
  while IFS= read -r line; do lines+=("$line"); done < <(command trust __complete "%{COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  COMPREPLY=()
  if [[ %{lines[0]} == :files ]]; then
    cur=%{cur#[\"\']}
    COMPREPLY=($(compgen -f -- "$cur"))
    compopt -o filenames 2>/dev/null
    return 0
  fi
  for line in "%{lines[@]}"; do
    line=%{line%%$'\t'*}
    if [[ $cur != [\"\']* && $line == *[[:space:]\'\"\\\$\`\!\&\;\|\<\>\(\)\*\?\[\]\#\~\{\}]* ]]; then
      printf -v line '%q' "$line"
    fi
    COMPREPLY+=("$line")
  done
}
complete -F _trust trust
`;

// _describe shows each description beside its word; a colon in a word must be escaped for it.
const ZSH = shell`#compdef trust
# trust completion for zsh. Load it with: source <(trust completion zsh)
_trust() {
  local -a lines described
  local line word
  lines=("%{(@f)$(command trust __complete "%{(@Q)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ %{lines[1]} == :files ]]; then
    _files
    return
  fi
  for line in "%{lines[@]}"; do
    [[ -z $line ]] && continue
    word=%{line%%$'\t'*}
    if [[ $line == *$'\t'* ]]; then
      described+=("%{word//:/\\:}:%{line#*$'\t'}")
    else
      described+=("%{word//:/\\:}")
    fi
  done
  (( %{#described} )) && _describe -t trust 'trust' described
}
if [[ %{funcstack[1]} == _trust ]]; then
  _trust "$@"
else
  compdef _trust trust
fi
`;

const FISH = shell`# trust completion for fish. Load it with: trust completion fish | source
function __trust_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    set -l lines (command trust __complete $words[2..-1] "$current" 2>/dev/null)
    if test "$lines[1]" = ':files'
        __fish_complete_path "$current"
        return
    end
    printf '%s\n' $lines
end
complete -c trust -f -a '(__trust_complete)'
`;

export const SCRIPTS = { bash: BASH, zsh: ZSH, fish: FISH } as const;
