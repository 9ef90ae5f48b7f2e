# bash completion for webhookctl                                   -*- shell-script -*-
# Installed as share/bash-completion/completions/webhookctl. Completes the commands, their
# subcommands and options as `webhookctl --help` and `webhookctl COMMAND --help` list them
# (tests/packaging checks that they agree), option values where they are a fixed set, and files.

_webhookctl_global_options="--database --json --version --help -h"

# Options that take a value (the next word is the value, not a command or an option).
_webhookctl_value_options=" --database --org --project --stack --env --event --display-name
    --payload-url --name --format --signature --overlap --filters --groups --limit --kind
    --since --until --api-url --to --output --pulumi-project --all-failed --search --port
    --webhook --status --delay --from --payload-file --header --language "

# The commands and their subcommands ("" for a command without one).
_webhookctl_subcommands() {
    case $1 in
        webhook) echo "new list get edit rotate-secret snippet rm ping send publish export" ;;
        org) echo "connect disconnect list" ;;
        stack) echo "add list rm import" ;;
        env) echo "add list rm" ;;
        delivery) echo "list get redeliver send export import" ;;
        database) echo "keep-password" ;;
        receive) echo "" ;;
    esac
}
_webhookctl_commands="webhook org stack env delivery receive database"

# The options of one command, as its --help lists them.
_webhookctl_command_options() {
    case $1 in
        "webhook new") echo "--org --project --stack --env --display-name --payload-url --name
            --format --filters --groups --inactive --signature --secret-stdin" ;;
        "webhook list") echo "--org --project --stack --env" ;;
        "webhook get") echo "" ;;
        "webhook edit") echo "--display-name --payload-url --format --filters --groups --active
            --inactive --signature --secret-stdin --remove-secret" ;;
        "webhook rotate-secret") echo "--secret-stdin --overlap" ;;
        "webhook snippet") echo "--language" ;;
        "webhook rm") echo "" ;;
        "webhook ping") echo "--secret-stdin" ;;
        "webhook send") echo "--event --secret-stdin" ;;
        "webhook publish") echo "--to --without-secrets" ;;
        "webhook export") echo "--format --org --project --stack --env --pulumi-project
            --output" ;;
        "org connect") echo "--api-url --token-stdin" ;;
        "org disconnect" | "org list") echo "" ;;
        "stack add" | "stack rm") echo "" ;;
        "stack list") echo "--org" ;;
        "stack import") echo "--org --project" ;;
        "env add" | "env rm") echo "" ;;
        "env list") echo "--org" ;;
        "delivery list") echo "--limit --failed --succeeded --kind --since --until --search" ;;
        "delivery get") echo "" ;;
        "delivery redeliver") echo "--all-failed --kind --since --until --search" ;;
        "delivery send") echo "--from --payload-file --header --to --unsigned --wrong-secret
            --secret-stdin" ;;
        "delivery export") echo "--format --failed --succeeded --kind --since --until --search
            --output --include-signatures" ;;
        "delivery import") echo "" ;;
        "receive") echo "--port --webhook --status --delay" ;;
        "database keep-password") echo "--secret-stdin" ;;
    esac
}

# COMPREPLY from compgen, one candidate a line (file names may hold spaces).
_webhookctl_reply() {
    mapfile -t COMPREPLY < <(compgen "$@")
}
_webhookctl_files() {
    compopt -o filenames 2>/dev/null || true # a slash after folders, names quoted
    _webhookctl_reply -f -- "$1"
}

_webhookctl() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=""
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # The command words typed so far (options and their values left out).
    local -a words=()
    local i word skip=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if ((skip)); then
            skip=0
            continue
        fi
        case $word in
            --*=*) ;;
            -*) [[ $_webhookctl_value_options == *" $word "* ]] && skip=1 ;;
            *) words+=("$word") ;;
        esac
    done
    local command=${words[0]:-} subcommand=${words[1]:-}
    local key=$command
    [[ -n $(_webhookctl_subcommands "$command") ]] && key="$command $subcommand"

    # The value of an option.
    case $prev in
        --database | --output | --payload-file)
            _webhookctl_files "$cur"
            return
            ;;
        --format)
            case $key in
                "webhook export") _webhookctl_reply -W "pulumi-yaml" -- "$cur" ;;
                "delivery export") _webhookctl_reply -W "har jsonl csv" -- "$cur" ;;
                *) _webhookctl_reply -W "raw slack ms_teams pulumi_deployments" -- "$cur" ;;
            esac
            return
            ;;
        --signature)
            _webhookctl_reply -W "pulumi github standard-webhooks stripe" -- "$cur"
            return
            ;;
        --language)
            _webhookctl_reply -W "python node go" -- "$cur"
            return
            ;;
    esac
    if [[ $_webhookctl_value_options == *" $prev "* ]]; then
        return # a value of the user's own
    fi

    if [[ $cur == -* ]]; then
        local options=$_webhookctl_global_options
        if [[ -n $command ]]; then
            options="$(_webhookctl_command_options "$key") $options"
        fi
        _webhookctl_reply -W "$options" -- "$cur"
        return
    fi
    if ((${#words[@]} == 0)); then
        _webhookctl_reply -W "$_webhookctl_commands" -- "$cur"
        return
    fi
    local subcommands
    subcommands=$(_webhookctl_subcommands "$command")
    if ((${#words[@]} == 1)) && [[ -n $subcommands ]]; then
        _webhookctl_reply -W "$subcommands" -- "$cur"
        return
    fi
    # Positional arguments that are files.
    case $key in
        "stack import" | "delivery import")
            _webhookctl_files "$cur"
            ;;
    esac
}

complete -F _webhookctl webhookctl
