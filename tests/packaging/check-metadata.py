#!/usr/bin/env python3
"""The packaging files agree with each other and with the project:

- the metainfo's newest release is the project's version, and the Debian changelog lists the
  same releases, in the same order, on the same days, signed by the package's maintainer (a
  different signer reads to lintian as a non-maintainer upload);
- the metainfo names the application id, its desktop entry, both programs, the Qt catalogue,
  and screenshots that are files of resources/screenshots of the size it says;
- the icon is there under the id, and the window's resource name for it still reaches it;
- the files of the old name are gone.

    check-metadata.py SOURCE-DIR VERSION APP-ID MAINTAINER
"""

import email.utils
import os
import re
import struct
import sys
import xml.etree.ElementTree as ET

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", header[16:24])


def main():
    source, version, app_id, maintainer = sys.argv[1:5]
    packaging = os.path.join(source, "packaging")
    metainfo = os.path.join(packaging, app_id + ".metainfo.xml")
    root = ET.parse(metainfo).getroot()

    check(root.findtext("id") == app_id, "metainfo <id> is not %s" % app_id)
    check(root.find("launchable[@type='desktop-id']") is not None
          and root.findtext("launchable[@type='desktop-id']") == app_id + ".desktop",
          "metainfo <launchable> is not %s.desktop" % app_id)
    binaries = {b.text for b in root.iter("binary")}
    check(binaries == {"webhook-console", "webhookctl"},
          "metainfo provides binaries %s" % sorted(binaries))
    check("webhook-console.desktop" in {i.text for i in root.findall("provides/id")},
          "metainfo does not provide the old desktop id webhook-console.desktop")
    check(root.findtext("translation[@type='qt']") == "webhook-console",
          "metainfo <translation type=qt> is not webhook-console")
    check(root.find("content_rating[@type='oars-1.1']") is not None, "no OARS 1.1 rating")
    check(root.find("description/ul") is not None and len(root.findall("description/p")) >= 2,
          "the description needs several paragraphs and a list")

    releases = [(r.get("version"), r.get("date")) for r in root.iter("release")]
    check(releases and releases[0][0] == version,
          "the newest release in the metainfo is %s, the project is %s"
          % (releases[0][0] if releases else None, version))
    for r in root.iter("release"):
        check(r.find("description") is not None,
              "release %s has no release notes" % r.get("version"))
    check(len(releases) >= 2, "the metainfo should keep the earlier releases too")

    screenshots = root.findall("screenshots/screenshot")
    check(len(screenshots) >= 5, "only %d screenshots" % len(screenshots))
    check(sum(1 for s in screenshots if s.get("type") == "default") == 1,
          "exactly one screenshot must be the default")
    for shot in screenshots:
        image = shot.find("image")
        check(shot.findtext("caption"), "a screenshot without a caption")
        url = image.text.strip()
        match = re.search(r"/resources/screenshots/([^/]+\.png)$", url)
        check(match, "screenshot %s is not a file of resources/screenshots" % url)
        if not match:
            continue
        path = os.path.join(source, "resources", "screenshots", match.group(1))
        check(os.path.isfile(path), "screenshot %s does not exist" % path)
        if os.path.isfile(path):
            size = png_size(path)
            check(size == (int(image.get("width", 0)), int(image.get("height", 0))),
                  "screenshot %s is %s, the metainfo says %sx%s"
                  % (match.group(1), size, image.get("width"), image.get("height")))

    # The Debian changelog: "webhook-console (V) dist; urgency=U" ... " -- NAME <MAIL>  DATE".
    with open(os.path.join(packaging, "changelog"), encoding="utf-8") as f:
        changelog = f.read()
    entries = re.findall(r"^webhook-console \(([^)]+)\) [a-z-]+; urgency=\w+$", changelog, re.M)
    trailers = re.findall(r"^ -- (.+ <[^>]+>)  (.+)$", changelog, re.M)
    check(len(entries) == len(trailers), "the changelog's entries and trailers do not pair up")
    check(entries == [v for v, _ in releases],
          "changelog versions %s, metainfo releases %s" % (entries, [v for v, _ in releases]))
    for (signer, date), (v, day) in zip(trailers, releases):
        parsed = email.utils.parsedate_to_datetime(date)
        check(parsed.strftime("%Y-%m-%d") == day,
              "version %s: the changelog says %s, the metainfo %s" % (v, date, day))
        check(signer == maintainer,
              "version %s is signed by %s, the package's maintainer is %s"
              % (v, signer, maintainer))

    icons = os.path.join(source, "resources", "icons")
    svg = os.path.join(icons, app_id + ".svg")
    check(os.path.isfile(svg), "no icon %s" % svg)
    # The window loads :/icons/webhook-console.svg (app/gui's resources, app/main.cpp).
    alias = os.path.join(icons, "webhook-console.svg")
    if os.path.exists(alias) and os.path.isfile(svg):
        with open(alias, "rb") as a, open(svg, "rb") as b:
            check(a.read() == b.read(), "%s is not the icon %s" % (alias, svg))

    for old in ("webhook-console.desktop", "webhook-console.metainfo.xml"):
        check(not os.path.exists(os.path.join(packaging, old)),
              "packaging/%s is still there: the files are named by the id now" % old)

    if failures:
        for failure in failures:
            print("FAIL: " + failure, file=sys.stderr)
        sys.exit(1)
    print("packaging metadata agree: version %s, %d releases, %d screenshots"
          % (version, len(releases), len(screenshots)))


if __name__ == "__main__":
    main()
