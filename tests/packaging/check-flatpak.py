#!/usr/bin/env python3
"""What flatpak-builder read from the manifest (its --show-manifest JSON):

- the app id, the KDE 6 runtime and SDK, the command;
- finish-args exactly the allowed set: network, IPC, Wayland with X11 as fallback, the GPU, and
  on the session bus only the Secret Service and KWallet (no file system, no other bus name);
- a qtkeychain module, built for Qt 6 without translations, from a source with a sha256;
- every archive or file source pinned by a sha256, every git source by a tag or commit;
- the application itself last, from the repository, without its tests.

    check-flatpak.py MANIFEST.json APP-ID
"""

import json
import sys

ALLOWED_FINISH_ARGS = {
    "--share=network",
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
    "--talk-name=org.freedesktop.secrets",
    "--talk-name=org.kde.kwalletd5",
    "--talk-name=org.kde.kwalletd6",
}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def modules(items):
    for module in items:
        if isinstance(module, dict):
            yield module
            yield from modules(module.get("modules", []))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        manifest = json.load(f)
    app_id = sys.argv[2]

    check((manifest.get("id") or manifest.get("app-id")) == app_id, "the app id is not " + app_id)
    check(manifest.get("runtime") == "org.kde.Platform", "the runtime is not org.kde.Platform")
    check(manifest.get("sdk") == "org.kde.Sdk", "the SDK is not org.kde.Sdk")
    check(str(manifest.get("runtime-version", "")).startswith("6."),
          "runtime-version %r is not a KDE 6 runtime" % manifest.get("runtime-version"))
    check(manifest.get("command") == "webhook-console", "the command is not webhook-console")

    finish_args = manifest.get("finish-args", [])
    check(len(finish_args) == len(set(finish_args)), "finish-args repeat themselves")
    extra = set(finish_args) - ALLOWED_FINISH_ARGS
    missing = ALLOWED_FINISH_ARGS - set(finish_args)
    check(not extra, "finish-args not allowed: %s" % sorted(extra))
    check(not missing, "finish-args missing: %s" % sorted(missing))

    all_modules = list(modules(manifest.get("modules", [])))
    names = [m.get("name") for m in all_modules]
    check("qtkeychain" in names, "no qtkeychain module")
    for module in all_modules:
        for source in module.get("sources", []):
            if not isinstance(source, dict):
                continue
            kind = source.get("type")
            if kind in ("archive", "file"):
                check(len(source.get("sha256", "")) == 64,
                      "module %s: %s source %s has no sha256"
                      % (module.get("name"), kind, source.get("url") or source.get("path")))
            if kind == "git":
                check(source.get("tag") or source.get("commit"),
                      "module %s: git source without a tag or commit" % module.get("name"))
        if module.get("name") == "qtkeychain":
            opts = module.get("config-opts", [])
            check("-DBUILD_WITH_QT6=ON" in opts, "qtkeychain is not built with Qt 6")
            check("-DBUILD_TRANSLATIONS=OFF" in opts, "qtkeychain builds its translations")
            check(any(s.get("sha256") for s in module.get("sources", []) if isinstance(s, dict)),
                  "qtkeychain's source has no sha256")

    app = manifest.get("modules", [])[-1] if manifest.get("modules") else {}
    check(isinstance(app, dict) and app.get("name") == "webhook-console",
          "the last module is not webhook-console")
    if isinstance(app, dict):
        check(app.get("buildsystem") == "cmake-ninja", "webhook-console is not built with cmake-ninja")
        opts = app.get("config-opts", [])
        check("-DWEBHOOK_CONSOLE_BUILD_TESTS=OFF" in opts, "webhook-console builds its tests")
        check("-DCMAKE_BUILD_TYPE=Release" in opts, "webhook-console is not a Release build")
        check({"type": "dir", "path": "../.."} in app.get("sources", []),
              "webhook-console is not built from the repository (type: dir, path: ../..)")

    if failures:
        for failure in failures:
            print("FAIL: " + failure, file=sys.stderr)
        sys.exit(1)
    print("flatpak manifest: %s, modules %s, finish-args %s"
          % (app_id, ", ".join(names), " ".join(finish_args)))


if __name__ == "__main__":
    main()
