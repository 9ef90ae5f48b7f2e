#!/usr/bin/env python3
"""The manual pages render without a warning and say what the programs have.

- `groff -man -Tutf8 -ww` and `man --warnings` (as lintian runs it) print nothing on either page;
- webhookctl.1 has a section for every command `webhookctl --help` lists, naming each of the
  command's options, and every exit status;
- webhook-console.1 describes every option `webhook-console --help` prints;
- the .gz files are the pages, compressed without a name or time stamp (gzip -n).

    check-manpage.py MAN-DIR WEBHOOKCTL WEBHOOK-CONSOLE
"""

import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(command, env=None, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False,
                          env=env, **kwargs)


def main():
    man_dir, webhookctl, console = sys.argv[1:4]
    for tool in ("groff", "man"):
        if not shutil.which(tool):
            sys.exit("FAIL: missing %s: run packaging/setup-debian.sh --tests" % tool)

    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "MAN"))}
    base_env.update({"LC_ALL": "C.UTF-8"})
    rendered = {}
    for name in ("webhookctl", "webhook-console"):
        page = os.path.join(man_dir, name + ".1")
        check(os.path.isfile(page), "no %s" % page)
        if not os.path.isfile(page):
            continue
        groff = run(["groff", "-man", "-Tutf8", "-ww", "-z", page], env=base_env)
        check(groff.returncode == 0 and not groff.stderr.strip(),
              "groff warns about %s:\n%s" % (page, groff.stderr))
        # The way lintian checks a manual page.
        lint = run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", page],
                   env=base_env)
        check(lint.returncode == 0 and not lint.stderr.strip(),
              "man --warnings complains about %s:\n%s" % (page, lint.stderr))
        text = run(["man", "-l", page], env={**base_env, "MANWIDTH": "250"})
        check(text.returncode == 0, "man -l %s failed: %s" % (page, text.stderr))
        rendered[name] = text.stdout
        with open(page, "rb") as f:
            plain = f.read()
        compressed = page + ".gz"
        check(os.path.isfile(compressed), "no %s" % compressed)
        if os.path.isfile(compressed):
            with open(compressed, "rb") as f:
                data = f.read()
            header = data[:10]
            check(gzip.decompress(data) == plain, "%s is not %s compressed" % (compressed, page))
            # FLG without FNAME (bit 3) and MTIME zero: gzip -n.
            check(header[3] & 0x08 == 0 and header[4:8] == b"\0\0\0\0",
                  "%s keeps a file name or time stamp (use gzip -n)" % compressed)

    with tempfile.TemporaryDirectory() as home:
        env = {**base_env, "HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("WEBHOOK_CONSOLE_DATABASE", None)
        top = run([webhookctl, "--help"], env=env)
        check(top.returncode == 0, "webhookctl --help failed: %s" % top.stderr)
        page = rendered.get("webhookctl", "")
        commands = []
        inside = False
        for line in top.stdout.splitlines():
            if line == "Commands:":
                inside = True
            elif inside and not line.strip():
                break
            elif inside and not line.startswith("   "):
                commands.append(" ".join(
                    w for w in line.split()[:2] if re.fullmatch(r"[a-z][a-z-]*", w)))
        check(len(commands) > 10, "webhookctl --help lists only %d commands" % len(commands))
        headings = set(re.findall(r"^   (\S.*)$", page, re.M))
        for command in commands:
            check(command in headings, "webhookctl.1 has no section for `%s`" % command)
            own = run([webhookctl, *command.split(), "--help"], env=env).stdout
            block = own.split("\nOptions:\n", 1)[1].split("\n\n", 1)[0] \
                if "\nOptions:\n" in own else ""
            options = re.findall(r"^  (--[a-z-]+)", block, re.M)
            section = page.split("\n   %s\n" % command, 1)[-1].split("\n   ", 1)[0] \
                if command in headings else ""
            for option in options:
                check(option in section, "webhookctl.1 does not name %s under `%s`"
                      % (option, command))
        for code in re.findall(r"^  (\d)  ", top.stdout, re.M):
            check(re.search(r"^\s+%s\s" % code, page.split("EXIT STATUS", 1)[-1], re.M),
                  "webhookctl.1 does not describe exit status %s" % code)

        gui = run([console, "--help"], env=env)
        check(gui.returncode == 0, "webhook-console --help failed (%d): %s"
              % (gui.returncode, gui.stderr))
        gui_page = rendered.get("webhook-console", "")
        options = re.findall(r"(?:^  |, )(--?[a-zA-Z][a-zA-Z-]*)", gui.stdout, re.M)
        check(options, "webhook-console --help lists no options")
        described = gui_page.split("OPTIONS", 1)[-1].split("ENVIRONMENT", 1)[0]
        for option in options:
            check(re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(option), described),
                  "webhook-console.1 does not describe %s" % option)

    if failures:
        for failure in failures:
            print("FAIL: " + failure, file=sys.stderr)
        sys.exit(1)
    print("manual pages render cleanly; webhookctl.1 covers %d commands, webhook-console.1 "
          "its %d options" % (len(commands), len(options)))


if __name__ == "__main__":
    main()
