#!/usr/bin/env zsh
# Prints what zsh's completion system offers for a command line, one candidate a line, by
# running the real thing: an interactive zsh in a pseudo-terminal (zsh/zpty) with compinit and
# the completion functions of FPATH-DIR, TAB pressed after the line.
#
#   zsh-complete.zsh FPATH-DIR 'webhookctl webhook ' ['webhookctl org ' ...]
#
# With several lines, each one's candidates follow a line "== LINE".
#
# compadd is wrapped to print each candidate it is given (between two markers), the way
# completion test harnesses commonly capture zsh's candidates.
emulate -L zsh
setopt err_return
zmodload zsh/zpty

local dir=$1
shift
local setup=$(mktemp)
trap 'rm -f $setup; zpty -d capture 2>/dev/null' EXIT

cat >$setup <<EOF
PS1='' PROMPT='' RPROMPT=''
unsetopt beep zle_bracketed_paste 2>/dev/null
fpath=(${(q)dir} \$fpath)
autoload -Uz compinit && compinit -u -D
compadd() {
    # Calls that only gather matches into arrays are passed on as they are.
    if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
        builtin compadd "\$@"
        return \$?
    fi
    local -a __hits
    builtin compadd -A __hits "\$@"
    local hit
    for hit in \$__hits; do
        print -r -- "CANDIDATE:\$hit"
    done
    (( \$#__hits )) && builtin compadd "\$@"
}
_capture_finish() { print -r -- 'CAPTURE-END' }
_capture_complete() {
    print -r -- 'CAPTURE-BEGIN'
    comppostfuncs=(_capture_finish)
    _main_complete
}
zle -C capture-complete complete-word _capture_complete
bindkey '^I' capture-complete
print -r -- 'SETUP-DONE'
EOF

zpty capture zsh -f -i
zpty -w capture "source ${(q)setup}"
local line out=""
local -i waited=0
while ! [[ $out == *SETUP-DONE$'\r'* || $out == *SETUP-DONE$'\n'* ]]; do
    if zpty -r -t capture line; then
        out+=$line
    else
        sleep 0.05
        (( ++waited < 200 )) || { print -u2 "zsh did not start its completion system"; exit 2 }
    fi
done

local buffer
for buffer in "$@"; do
    zpty -w -n capture "$buffer"$'\t'
    out=""
    waited=0
    while [[ $out != *CAPTURE-END* ]]; do
        if zpty -r -t capture line; then
            out+=$line
        else
            sleep 0.05
            (( ++waited < 200 )) || { print -u2 "no completion for: $buffer"; exit 2 }
        fi
    done
    (( $# == 1 )) || print -r -- "== $buffer"
    out=${out##*CAPTURE-BEGIN}
    for line in ${(f)out//$'\r'/}; do
        [[ $line == CANDIDATE:* ]] && print -r -- ${line#CANDIDATE:}
    done | sort -u
    # Ctrl+U: an empty line for the next one.
    zpty -w -n capture $'\x15'
done
