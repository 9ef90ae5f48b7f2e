#!/usr/bin/env python3
"""The bash and zsh completions offer what the real webhookctl has.

Every command and subcommand `webhookctl --help` lists, and for each command exactly the options
its `webhookctl COMMAND --help` lists (with the global ones), are asked of bash's completion
function (sourced, called with COMP_WORDS/COMP_CWORD as bash does on TAB) and of zsh's (the
real completion system in a pseudo-terminal, zsh-complete.zsh). A command or option added to
webhookctl and not to the completions fails here, and so does one the completions offer that
webhookctl does not have. Fixed option values the completions offer must be values the
option's help names.

    check-completion.py WEBHOOKCTL BASH-SCRIPT ZSH-DIR ZSH-COMPLETE
"""

import os
import re
import shlex
import subprocess
import sys
import tempfile

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run_help(webhookctl, home, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update({"LC_ALL": "C.UTF-8", "HOME": home})
    env.pop("WEBHOOK_CONSOLE_DATABASE", None)
    result = subprocess.run([webhookctl, *args, "--help"], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    if result.returncode != 0:
        sys.exit("FAIL: webhookctl %s --help exited with %d: %s"
                 % (" ".join(args), result.returncode, result.stderr))
    return result.stdout


def section(text, heading):
    """The lines of the block that starts with `heading`, up to the next blank line."""
    lines, inside = [], False
    for line in text.splitlines():
        if inside:
            if not line.strip():
                break
            lines.append(line)
        elif line == heading:
            inside = True
    return lines


def options_of(lines):
    """{option: description} of an options block."""
    options, names = {}, []
    for line in lines:
        match = re.match(r"^  (-\S.*?)(?:\s{2,}(.*))?$", line)
        if match:
            # "-h, --help": one description for both names.
            names = [alternative.split(" ")[0] for alternative in match.group(1).split(", ")]
            for name in names:
                options[name] = match.group(2) or ""
        elif line.startswith("   "):
            for name in names:
                options[name] += " " + line.strip()
    return options


def commands_of(top):
    """[(group, verb)] of `webhookctl --help`'s command list; verb "" for a one-word command."""
    commands = []
    for line in section(top, "Commands:"):
        if line.startswith("   "):
            continue  # a synopsis' continuation
        words = []
        for word in line.split():
            if re.fullmatch(r"[a-z][a-z-]*", word):
                words.append(word)
            else:
                break
        commands.append((words[0], words[1] if len(words) > 1 else ""))
    return commands


def bash_completions(script, lines):
    """{line: set of candidates} from bash's completion function, one bash for all lines."""
    program = ["source %s" % shlex.quote(script),
               "complete -p webhookctl >/dev/null || { echo 'no completion for webhookctl' >&2; exit 3; }"]
    for line in lines:
        words = shlex.split(line) + ([""] if line.endswith(" ") else [])
        program.append("COMP_WORDS=(%s); COMP_CWORD=%d; COMP_LINE=%s; COMP_POINT=%d; COMPREPLY=()"
                       % (" ".join(shlex.quote(w) for w in words), len(words) - 1,
                          shlex.quote(line), len(line)))
        program.append("_webhookctl webhookctl %s %s" % (shlex.quote(words[-1]),
                                                         shlex.quote(words[-2])))
        program.append("echo %s; printf '%%s\\n' \"${COMPREPLY[@]}\"" % shlex.quote("== " + line))
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", "\n".join(program)],
                            capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        sys.exit("FAIL: bash completion failed (%d): %s" % (result.returncode, result.stderr))
    return parse_blocks(result.stdout)


def zsh_completions(helper, directory, lines):
    result = subprocess.run(["zsh", "-f", helper, directory, *lines], capture_output=True,
                            text=True, timeout=300, check=False)
    if result.returncode != 0:
        sys.exit("FAIL: zsh completion failed (%d): %s" % (result.returncode, result.stderr))
    return parse_blocks(result.stdout)


def parse_blocks(text):
    blocks, current = {}, None
    for line in text.splitlines():
        if line.startswith("== "):
            current = line[3:]
            blocks[current] = set()
        elif current is not None and line:
            blocks[current].add(line)
    return blocks


def main():
    webhookctl, bash_script, zsh_dir, zsh_helper = sys.argv[1:5]
    for tool in ("bash", "zsh"):
        if subprocess.run(["sh", "-c", "command -v " + tool], capture_output=True).returncode:
            sys.exit("FAIL: missing %s: run packaging/setup-debian.sh --tests" % tool)

    with tempfile.TemporaryDirectory() as home:
        top = run_help(webhookctl, home)
        commands = commands_of(top)
        check(len(commands) > 10, "webhookctl --help lists only %d commands" % len(commands))
        helps = {(g, v): run_help(webhookctl, home, *([g, v] if v else [g]))
                 for g, v in commands}

    groups = []
    for group, _ in commands:
        if group not in groups:
            groups.append(group)
    verbs = {g: [v for gg, v in commands if gg == g and v] for g in groups}

    expected = {"webhookctl ": set(groups)}
    for group in groups:
        if verbs[group]:
            expected["webhookctl %s " % group] = set(verbs[group])
    option_help = {}
    for (group, verb), text in helps.items():
        own = options_of(section(text, "Options:"))
        glob = options_of(section(text, "Global options:"))
        check(glob, "webhookctl %s %s --help lists no global options" % (group, verb))
        name = ("%s %s" % (group, verb)).strip()
        expected["webhookctl %s --" % name] = {o for o in {**own, **glob} if o.startswith("--")}
        option_help[name] = {**own, **glob}
    # Global options before the command.
    expected["webhookctl --"] = {o for o in options_of(
        section(top, "Global options (before or after the command):")) if o.startswith("--")}
    expected["webhookctl --database /tmp/x.sqlite webhook "] = set(verbs.get("webhook", []))

    # Option values the completions offer: each must be named in that option's help.
    value_lines = {
        "webhookctl webhook new --format ": ("webhook new", "--format"),
        "webhookctl webhook edit acme/hook --signature ": ("webhook edit", "--signature"),
        "webhookctl webhook snippet acme/hook --language ": ("webhook snippet", "--language"),
        "webhookctl webhook export --format ": ("webhook export", "--format"),
        "webhookctl delivery export acme/hook --format ": ("delivery export", "--format"),
    }

    lines = list(expected) + list(value_lines)
    for shell, offered in (("bash", bash_completions(bash_script, lines)),
                           ("zsh", zsh_completions(zsh_helper, zsh_dir, lines))):
        for line, want in expected.items():
            got = offered.get(line, set())
            check(got == want, "%s: `%s<TAB>` offers %s; webhookctl has %s (missing %s, extra %s)"
                  % (shell, line, sorted(got), sorted(want), sorted(want - got),
                     sorted(got - want)))
        for line, (command, option) in value_lines.items():
            got = offered.get(line, set())
            described = option_help.get(command, {}).get(option, "")
            check(got, "%s: `%s<TAB>` offers no values" % (shell, line))
            for value in got:
                check(re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(value), described),
                      "%s: `%s<TAB>` offers %r, which `webhookctl %s --help` does not name for %s"
                      % (shell, line, value, command, option))

    if failures:
        for failure in failures:
            print("FAIL: " + failure, file=sys.stderr)
        sys.exit(1)
    print("bash and zsh complete all %d commands of webhookctl and each one's options"
          % len(commands))


if __name__ == "__main__":
    main()
