#!/usr/bin/env python3
"""Writes the manual pages at build time.

webhookctl.1 is generated from what the built webhookctl prints for `--help` and for each
command's `--help`, so the page says what the program does, never what it used to do.
webhook-console.1 is written by hand (webhook-console.1.in) and gets the version and date.
Both are dated with the release date of the version in the AppStream metainfo, so a build is
reproducible, and a version without release notes fails here.

    make-manpage.py --webhookctl PATH --version VERSION --metainfo FILE
                    --gui-template FILE --output-dir DIR
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# --- troff ------------------------------------------------------------------------------------


def esc(text):
    """Text for a troff line: backslashes, minus signs and any non-ASCII character escaped."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\e")
        elif ch == "-":
            out.append("\\-")
        elif ord(ch) > 127:
            out.append("\\[u%04X]" % ord(ch))
        else:
            out.append(ch)
    line = "".join(out)
    # A line starting with . or ' would be read as a request.
    if line.startswith((".", "'")):
        line = "\\&" + line
    return line


def option_term(spec):
    """`--org ORG` or `-h, --help` as a bold option with an italic value."""
    parts = []
    for alternative in spec.split(", "):
        words = alternative.split(" ", 1)
        term = "\\fB" + esc(words[0]) + "\\fR"
        if len(words) > 1:
            term += " \\fI" + esc(words[1]) + "\\fR"
        parts.append(term)
    return ", ".join(parts)


# --- reading the help -------------------------------------------------------------------------


def blocks(text):
    """The help's blocks, separated by blank lines, each a list of lines."""
    result, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.rstrip())
        elif current:
            result.append(current)
            current = []
    if current:
        result.append(current)
    return result


OPTION_LINE = re.compile(r"^  (-\S.*?)(?:\s{2,}(.*))?$")


def parse_options(lines):
    """[(spec, description)] of an options block (its heading line left out), and the lines
    after the options that belong to none (a note)."""
    options, notes = [], []
    for line in lines:
        match = OPTION_LINE.match(line)
        if match:
            options.append([match.group(1).strip(), (match.group(2) or "").strip()])
        elif line.startswith("   ") and options and not notes:
            options[-1][1] = (options[-1][1] + " " + line.strip()).strip()
        else:
            notes.append(line.strip())
    return options, notes


def prose(lines):
    """troff for a block of prose: unindented lines make a paragraph; indented ones are an
    example kept as it is, or (a line ending in ':' with more-indented lines below it) a term
    with its text."""
    out, paragraph, i = [], [], 0

    def flush():
        if paragraph:
            out.append(".PP")
            out.append(esc(" ".join(paragraph)))
            paragraph.clear()

    while i < len(lines):
        line = lines[i]
        if not line.startswith(" "):
            paragraph.append(line.strip())
            i += 1
            continue
        flush()
        indent = len(line) - len(line.lstrip())
        if line.rstrip().endswith(":") and i + 1 < len(lines) and (
            len(lines[i + 1]) - len(lines[i + 1].lstrip()) > indent
        ):
            # term: followed by its more-indented text
            body = []
            j = i + 1
            while j < len(lines) and len(lines[j]) - len(lines[j].lstrip()) > indent:
                body.append(lines[j].strip())
                j += 1
            out.append(".TP")
            out.append("\\fB" + esc(line.strip()[:-1]) + "\\fR")
            out.append(esc(" ".join(body)))
            i = j
            continue
        # an example: consecutive indented lines, as they are
        example = []
        while i < len(lines) and lines[i].startswith(" ") and not (
            lines[i].rstrip().endswith(":") and example == []
            and i + 1 < len(lines)
            and len(lines[i + 1]) - len(lines[i + 1].lstrip()) > indent
        ):
            example.append(lines[i][2:] if lines[i].startswith("  ") else lines[i])
            i += 1
        out.append(".PP")
        out.append(".RS 4")
        out.append(".nf")
        out.extend(esc(e) for e in example)
        out.append(".fi")
        out.append(".RE")
    flush()
    return out


def command_words(line):
    """'webhook new' from a line of the command list: the lowercase words before the synopsis
    (which starts with an option, a bracket or an upper-case argument)."""
    words = []
    for word in line.split():
        if re.fullmatch(r"[a-z][a-z-]*", word):
            words.append(word)
        else:
            break
    return " ".join(words)


class Help:
    def __init__(self, program, home):
        self.program = program
        self.home = home
        self.env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("LC_", "LANG", "XDG_", "WEBHOOK_CONSOLE_", "PULUMI_"))
        }
        # English, whatever the builder's locale; a home of our own, so the default database
        # reads as ~/.local/share/… and nothing of the builder's is touched.
        self.env.update({"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "HOME": home})

    def run(self, *args):
        result = subprocess.run(
            [self.program, *args],
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
            timeout=60,
        )
        if result.returncode != 0:
            sys.exit(
                "make-manpage: `webhookctl %s` exited with %d:\n%s"
                % (" ".join(args), result.returncode, result.stderr)
            )
        return result.stdout.replace(self.home, "~")


# --- the pages --------------------------------------------------------------------------------


def release_date(metainfo, version):
    for release in ET.parse(metainfo).getroot().iter("release"):
        if release.get("version") == version:
            return release.get("date")
    sys.exit(
        "make-manpage: %s has no <release version=\"%s\">: write the release notes of this "
        "version first" % (metainfo, version)
    )


def webhookctl_page(help, version, date):
    top = blocks(help.run("--help"))
    usage = top[0][0]
    if not usage.startswith("Usage: webhookctl "):
        sys.exit("make-manpage: unexpected first line of webhookctl --help: " + usage)

    page = [
        '.TH WEBHOOKCTL 1 "%s" "webhookctl %s" "User Commands"' % (date, esc(version)),
        # Option names and event kinds are not to be hyphenated or stretched.
        ".nh",
        ".ad l",
        ".SH NAME",
        "webhookctl \\- manage Webhook Console's webhooks from a shell",
        ".SH SYNOPSIS",
        "\\fBwebhookctl\\fR " + esc(usage[len("Usage: webhookctl "):]),
        ".br",
        "\\fBwebhookctl\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR",
        ".SH DESCRIPTION",
    ]
    commands, global_options, notes, exit_status, rest = [], [], [], [], []
    for block in top[1:]:
        heading = block[0]
        if heading == "Commands:":
            for line in block[1:]:
                if line.startswith("  ") and not line.startswith("   "):
                    commands.append(command_words(line))
        elif heading.startswith("Global options"):
            global_options, notes = parse_options(block[1:])
        elif heading == "Exit status:":
            for line in block[1:]:
                code, _, meaning = line.strip().partition("  ")
                exit_status.append((code, meaning.strip()))
        else:
            rest.append(block)
    if not commands or not global_options or not exit_status:
        sys.exit("make-manpage: webhookctl --help lacks its commands, options or exit status")

    # The first paragraph says what it is; the others (references, secrets, the hint to each
    # command's help) follow it.
    for block in rest:
        page += prose(block)

    texts = {name: help.run(*name.split(), "--help") for name in commands}
    page.append(".SH COMMANDS")
    for name in commands:
        parts = blocks(texts[name])
        usage_lines = parts[0]
        prefix = "Usage: webhookctl %s" % name
        if not usage_lines[0].startswith(prefix):
            sys.exit("make-manpage: `webhookctl %s --help` starts %r" % (name, usage_lines[0]))
        synopsis = [usage_lines[0][len(prefix):].strip()] + [l.strip() for l in usage_lines[1:]]
        # The synopsis filled, continuation lines indented under the command.
        page += ['.SS "%s"' % esc(name), ".in +4n", ".ti -4n",
                 "\\fBwebhookctl %s\\fR %s" % (esc(name), esc(" ".join(s for s in synopsis if s))),
                 ".in"]
        for block in parts[1:]:
            if block[0] == "Global options:":
                continue
            if block[0] == "Options:":
                options, _ = parse_options(block[1:])
                for spec, description in options:
                    page += [".TP", option_term(spec), esc(description)]
                continue
            page += prose(block)

    page.append(".SH OPTIONS")
    page.append("Global options, before or after the command:")
    for spec, description in global_options:
        page += [".TP", option_term(spec), esc(description)]

    page.append(".SH EXIT STATUS")
    for code, meaning in exit_status:
        page += [".TP", "\\fB%s\\fR" % esc(code), esc(meaning)]

    # Every $VARIABLE an option's description names, with the options that read it.
    readers = {}
    for name, text in texts.items():
        for block in blocks(text):
            if block[0] not in ("Options:", "Global options:"):
                continue
            for spec, description in parse_options(block[1:])[0]:
                for variable in re.findall(r"\$([A-Z][A-Z0-9_]+)", description):
                    readers.setdefault(variable, set()).add(spec.split(" ")[0])
    if readers:
        page.append(".SH ENVIRONMENT")
        for variable in sorted(readers):
            page += [".TP", "\\fB%s\\fR" % esc(variable),
                     esc("Read when the option is not given: see %s."
                         % ", ".join(sorted(readers[variable])))]

    for note in notes:
        match = re.match(r"The window's default database here: (\S+)", note)
        if match:
            page += [".SH FILES", ".TP", "\\fI%s\\fR" % esc(match.group(1)),
                     esc("The database used when neither --database nor "
                         "WEBHOOK_CONSOLE_DATABASE says another; the window uses it too.")]

    page += [".SH SEE ALSO", "\\fBwebhook\\-console\\fR(1)"]
    return "\n".join(page) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--webhookctl", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--metainfo", required=True)
    parser.add_argument("--gui-template", required=True)
    parser.add_argument("--output-dir", required=True)
    args = parser.parse_args()

    date = release_date(args.metainfo, args.version)
    os.makedirs(args.output_dir, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="make-manpage.") as home:
        help = Help(os.path.abspath(args.webhookctl), home)
        version_line = help.run("--version").strip()
        if version_line != "webhookctl " + args.version:
            sys.exit("make-manpage: webhookctl --version says %r, the project %s"
                     % (version_line, args.version))
        page = webhookctl_page(help, args.version, date)
    with open(os.path.join(args.output_dir, "webhookctl.1"), "w", encoding="ascii") as f:
        f.write(page)

    with open(args.gui_template, encoding="utf-8") as f:
        gui = f.read().replace("@VERSION@", args.version).replace("@DATE@", date)
    with open(os.path.join(args.output_dir, "webhook-console.1"), "w", encoding="ascii") as f:
        f.write(gui)


if __name__ == "__main__":
    main()
