#!/usr/bin/env python3
"""Self-check of the Pulumi Cloud stand-in (tests/support/pulumi-cloud-standin.sh): the fake
behind Stoplight Prism. Standard library only.

Needs the variables that `pulumi-cloud-standin.sh start DIR` prints:
WEBHOOK_CONSOLE_TEST_PULUMI_API (Prism), WEBHOOK_CONSOLE_TEST_PULUMI_CONTROL (the fake's own
port) and WEBHOOK_CONSOLE_TEST_PULUMI_PRISM_LOG.

First proves that the validator can fail: a request the document forbids, a request without
credentials and a response the document forbids are refused by Prism and reported by
`pulumi-cloud-standin.sh check`. Then drives every kind of call through Prism as the console
does (users, webhooks of every scope, secrets, pings to a local receiver that checks the
signature, deliveries, redeliveries, paging) and ends by asserting that Prism logged no
violation for that valid traffic. Uses names of its own (a random suffix) and never resets the
fake, so it can share a stand-in with other tests. Exits 1 on any failure, 77 (skipped) when
the variables are not set.
"""
import hashlib
import hmac
import json
import os
import re
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
STANDIN = os.path.join(HERE, "pulumi-cloud-standin.sh")
PING_MESSAGE = "\U0001F379 Just a friendly ping from Pulumi \U0001F379"

try:
    API = os.environ["WEBHOOK_CONSOLE_TEST_PULUMI_API"].rstrip("/")
    CONTROL = os.environ["WEBHOOK_CONSOLE_TEST_PULUMI_CONTROL"].rstrip("/")
    PRISM_LOG = os.environ["WEBHOOK_CONSOLE_TEST_PULUMI_PRISM_LOG"]
except KeyError as missing:
    # 77: CTest's usual SKIP_RETURN_CODE (run outside tests/run-headless.sh).
    print(f"test_pulumi_cloud_standin.py: {missing.args[0]} is not set; run it with the "
          "variables `tests/support/pulumi-cloud-standin.sh start DIR` prints", file=sys.stderr)
    sys.exit(77)
STANDIN_DIR = os.path.dirname(PRISM_LOG)

RUN = os.urandom(3).hex()
ORG = f"selfcheck-{RUN}"
OTHER_ORG = f"selfcheck-other-{RUN}"
TOKEN = f"pul-selfcheck-{RUN}"
MEMBER_TOKEN = f"pul-selfcheck-member-{RUN}"
PROJECT = "web"
STACKS = [f"s{i}" for i in range(1, 6)]
ENVS = [f"e{i}" for i in range(1, 6)]

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
failures = []
passes = 0


def check(condition, what, detail=""):
    global passes
    if condition:
        passes += 1
        print(f"ok - {what}")
    else:
        failures.append(what)
        print(f"FAIL - {what}" + (f"\n    {detail}" if detail else ""))
    return condition


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None

    def __repr__(self):
        return f"{self.status} {self.body[:600]!r}"


def http(method, url, body=None, headers=None):
    data = None
    headers = dict(headers or {})
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        headers.setdefault("Content-Type", "application/json")
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with OPENER.open(request, timeout=30) as r:
            return Response(r.status, r.headers, r.read())
    except urllib.error.HTTPError as e:
        return Response(e.code, e.headers, e.read())


def api(method, path, body=None, token=TOKEN, headers=None):
    """A call through Prism, with the headers the console sends."""
    h = {"Accept": "application/vnd.pulumi+8"}
    if token is not None:
        h["Authorization"] = f"token {token}"
    h.update(headers or {})
    return http(method, API + path, body, h)


def control(method, path, body=None):
    r = http(method, CONTROL + "/_control/" + path, body)
    if r.status != 200:
        raise SystemExit(f"control {method} {path} answered {r}")
    return r.json()


def standin(*args):
    return subprocess.run(["bash", STANDIN, *args], capture_output=True, text=True, timeout=120)


# ------------------------------------------------------------------ a webhook receiver

class Receiver:
    """Records every POST; answers 200 with a JSON body and a header of its own."""

    def __init__(self):
        self.requests = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.requests.append({"path": self.path, "headers": self.headers,
                                          "body": body})
                answer = b'{"received":true}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("X-Receiver", "selfcheck")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def verify_signature(request, secret):
    given = request["headers"].get("Pulumi-Webhook-Signature")
    if secret is None:
        return given is None
    expected = hmac.new(secret.encode("utf-8"), request["body"], hashlib.sha256).hexdigest()
    return given is not None and hmac.compare_digest(given, expected)


# ------------------------------------------------------------------ the validator can fail

def invalid_traffic():
    print("# Prism refuses what the document forbids, and check reports it")
    mark = int(standin("mark", STANDIN_DIR).stdout.strip())
    before = len(control("GET", "requests"))

    r = api("POST", f"/api/orgs/{ORG}/hooks",
            {"organizationName": ORG, "payloadUrl": "https://example.invalid/x", "active": "yes",
             "name": "never-created"})
    problem = r.json() or {}
    messages = " ".join(v.get("message", "") for v in problem.get("validation", []))
    check(r.status == 422 and problem.get("type", "").endswith("#UNPROCESSABLE_ENTITY"),
          "a create without displayName and with a string for active: 422 from Prism", repr(r))
    check("displayName" in messages and "active" in messages,
          "the 422 names displayName and active", messages)
    forwarded = [q for q in control("GET", f"requests?since={before}")
                 if "never-created" in q["body"]]
    check(not forwarded, "the refused request never reached the fake")

    r = api("GET", "/api/user", token=None)
    check(r.status == 401 and (r.json() or {}).get("type", "").endswith("#UNAUTHORIZED"),
          "a request without Authorization: 401 from Prism", repr(r))

    control("POST", "faults", {"status": 200, "count": 1, "pathContains": f"/api/orgs/{ORG}/hooks",
                               "method": "GET", "body": {"not": "an array"}})
    r = api("GET", f"/api/orgs/{ORG}/hooks")
    check(r.status == 500 and (r.json() or {}).get("type", "").endswith("#VIOLATIONS")
          and r.headers.get("sl-violations"),
          "a response the document forbids: 500 VIOLATIONS with sl-violations", repr(r))

    result = standin("check", STANDIN_DIR, "--since", str(mark))
    out = result.stdout
    check(result.returncode == 1, "check exits 1 after those", out + result.stderr)
    check("422" in out and "401 from Prism" in out and "500 from Prism" in out,
          "check lists the refused request, the missing credentials and the bad response", out)


# ------------------------------------------------------------------ valid traffic

def hook_body(name=None, url="https://example.invalid/hook", **extra):
    body = {"organizationName": ORG, "displayName": f"Self-check {name or 'unnamed'}",
            "payloadUrl": url, "active": True}
    if name is not None:
        body["name"] = name
    body.update(extra)
    return body


def error_json(r, status):
    doc = r.json() or {}
    return r.status == status and doc.get("code") == status and isinstance(doc.get("message"), str)


def valid_traffic():
    print("# valid traffic through Prism")
    receiver = Receiver()
    first_request = len(control("GET", "requests"))

    r = api("GET", "/api/user")
    user = r.json() or {}
    check(r.status == 200 and user.get("githubLogin") == f"alice-{RUN}"
          and [o["name"] for o in user.get("organizations", [])] == [ORG],
          "GET /api/user: the token's user and organizations", repr(r))

    r = api("GET", "/api/user", token="pul-not-a-token")
    check(r.status == 401 and r.json() == {
        "code": 401, "message": "Unauthorized: No credentials provided or are invalid."},
        "an unknown token: 401 with Pulumi's error body", repr(r))

    r = api("GET", f"/api/orgs/{OTHER_ORG}/hooks")
    check(r.status in (403, 404) and error_json(r, r.status),
          "an organization the user is not a member of: 403/404 JSON error", repr(r))

    r = api("POST", f"/api/orgs/{ORG}/hooks", hook_body("org-hook", url=receiver.url + "/org",
                                                         secret="first secret"))
    org_hook = r.json() or {}
    check(r.status == 201, "create an organization webhook: 201", repr(r))
    check(org_hook.get("name") == "org-hook" and org_hook.get("hasSecret") is True
          and org_hook.get("secretCiphertext") and "secret" not in org_hook
          and org_hook.get("format") == "raw"
          and org_hook.get("groups") == ["deployments", "environments", "stacks"],
          "the created webhook: hasSecret, an opaque ciphertext, no secret, default groups",
          repr(r))

    r = api("POST", f"/api/orgs/{ORG}/hooks", hook_body("org-hook"))
    check(r.status == 409 and r.json() == {"code": 409,
                                           "message": "Webhook with this name already exists"},
          "the same name again: 409", repr(r))

    r = api("POST", f"/api/orgs/{ORG}/hooks", hook_body("not a valid name!"))
    errors = (r.json() or {}).get("errors") or [{}]
    check(error_json(r, 400) and errors[0].get("attribute") == "name"
          and errors[0].get("resource") == "Webhook" and errors[0].get("errorType")
          and errors[0].get("customMessage"),
          "a bad name: 400 with errors[] naming the attribute", repr(r))

    r = api("POST", f"/api/orgs/{ORG}/hooks", hook_body("x" * 33))
    check(error_json(r, 400), "a 33-character name: 400", repr(r))

    r = api("POST", f"/api/orgs/{ORG}/hooks", hook_body("deploys", url="web/s1",
                                                         format="pulumi_deployments"))
    check(error_json(r, 400), "pulumi_deployments on an organization webhook: 400", repr(r))

    r = api("POST", f"/api/orgs/{ORG}/hooks", hook_body("slack", url=receiver.url,
                                                         format="slack"))
    errors = (r.json() or {}).get("errors") or [{}]
    check(error_json(r, 400) and errors[0].get("attribute") == "payloadUrl",
          "a Slack webhook whose URL is not hooks.slack.com: 400 on payloadUrl", repr(r))

    r = api("POST", f"/api/orgs/{ORG}/hooks", hook_body("mismatch", organizationName=OTHER_ORG))
    check(error_json(r, 400), "an organizationName that differs from the URL's: 400", repr(r))

    stack_path = f"/api/stacks/{ORG}/{PROJECT}/s1"
    r = api("POST", f"{stack_path}/hooks", hook_body(url=receiver.url + "/stack"))
    stack_hook = r.json() or {}
    check(r.status == 201 and re.fullmatch(r"[0-9a-f]{8}", stack_hook.get("name", ""))
          and stack_hook.get("projectName") == PROJECT and stack_hook.get("stackName") == "s1"
          and stack_hook.get("groups") == ["deployments", "stacks"]
          and stack_hook.get("hasSecret") is False,
          "create a stack webhook without a name: 201, a generated name, stack defaults",
          repr(r))

    r = api("POST", f"{stack_path}/hooks", hook_body("envs", groups=["environments"]))
    errors = (r.json() or {}).get("errors") or [{}]
    check(error_json(r, 400) and errors[0].get("attribute") == "groups",
          "a group a stack webhook cannot have: 400 on groups", repr(r))

    r = api("POST", f"{stack_path}/hooks", hook_body("created", filters=["stack_created"]))
    errors = (r.json() or {}).get("errors") or [{}]
    check(error_json(r, 400) and errors[0].get("attribute") == "filters",
          "an organization-only filter on a stack webhook: 400 on filters", repr(r))

    r = api("POST", f"{stack_path}/hooks", hook_body("deploy", url=f"{PROJECT}/s2",
                                                     format="pulumi_deployments",
                                                     filters=["update_succeeded"]))
    check(r.status == 201 and (r.json() or {}).get("filters") == ["update_succeeded"]
          and (r.json() or {}).get("groups") == [],
          "a pulumi_deployments stack webhook with filters only: 201, no default groups",
          repr(r))

    env_path = f"/api/esc/environments/{ORG}/{PROJECT}/e1"
    r = api("POST", f"{env_path}/hooks", hook_body("env-hook", url=receiver.url + "/env",
                                                   groups=["environments", "change_requests"]))
    check(r.status == 201 and (r.json() or {}).get("envName") == "e1"
          and (r.json() or {}).get("projectName") == PROJECT,
          "create an ESC environment webhook: 201 with projectName and envName", repr(r))

    legacy_path = f"/api/preview/environments/{ORG}/legacy"
    r = api("POST", f"{legacy_path}/hooks", hook_body("legacy-hook"))
    check(r.status == 201 and (r.json() or {}).get("groups") == ["environments"],
          "create a legacy preview-environment webhook: 201, environment defaults", repr(r))
    r = api("GET", f"/api/esc/environments/{ORG}/default/legacy/hooks")
    check(r.status == 200 and [h["name"] for h in r.json() or []] == ["legacy-hook"],
          "the legacy environment is the ESC environment of the project 'default'", repr(r))

    r = api("GET", f"/api/orgs/{ORG}/hooks/org-hook")
    check(r.status == 200 and r.json() == org_hook, "get the organization webhook", repr(r))
    r = api("GET", f"/api/orgs/{ORG}/hooks")
    check(r.status == 200 and [h["name"] for h in r.json() or []] == ["org-hook"],
          "list the organization's webhooks", repr(r))
    r = api("GET", f"/api/orgs/{ORG}/hooks/nothing-here")
    check(error_json(r, 404), "get an unknown webhook: 404 JSON error", repr(r))

    # PATCH is of the whole object; the secret is kept unless replaced or removed.
    patched = hook_body("org-hook", url=receiver.url + "/org", displayName="Renamed display")
    r = api("PATCH", f"/api/orgs/{ORG}/hooks/org-hook", patched)
    doc = r.json() or {}
    check(r.status == 200 and doc.get("displayName") == "Renamed display"
          and doc.get("hasSecret") is True
          and doc.get("secretCiphertext") == org_hook["secretCiphertext"],
          "PATCH without a secret keeps it (same ciphertext)", repr(r))
    r = api("PATCH", f"/api/orgs/{ORG}/hooks/org-hook", dict(patched, secret=""))
    check(r.status == 200 and (r.json() or {}).get("secretCiphertext") ==
          org_hook["secretCiphertext"], "PATCH with secret \"\" keeps it", repr(r))
    r = api("PATCH", f"/api/orgs/{ORG}/hooks/org-hook", dict(patched, secret="second secret"))
    second = r.json() or {}
    check(r.status == 200 and second.get("hasSecret") is True
          and second.get("secretCiphertext") not in ("", org_hook["secretCiphertext"]),
          "PATCH with a new secret changes the ciphertext", repr(r))
    r = api("PATCH", f"/api/orgs/{ORG}/hooks/org-hook", dict(patched, name="another-name"))
    check(error_json(r, 400), "PATCH cannot rename a webhook: 400", repr(r))
    r = api("PATCH", f"/api/orgs/{ORG}/hooks/nothing-here", patched)
    check(error_json(r, 404), "PATCH an unknown webhook: 404", repr(r))

    # Pings really reach the payload URL, signed with the current secret.
    r = api("POST", f"/api/orgs/{ORG}/hooks/org-hook/ping")
    ping = r.json() or {}
    check(r.status == 200 and ping.get("kind") == "ping" and ping.get("responseCode") == 200
          and ping.get("responseBody") == '{"received":true}'
          and "X-Receiver: selfcheck" in ping.get("responseHeaders", "")
          and ping.get("requestUrl") == receiver.url + "/org",
          "ping: 200 with the delivery record of a 200 answer", repr(r))
    got = receiver.requests[-1] if receiver.requests else None
    check(got is not None and got["path"] == "/org", "the receiver got the ping")
    if got is not None:
        payload = json.loads(got["body"])
        check(got["headers"].get("Pulumi-Webhook-Kind") == "ping"
              and got["headers"].get("Pulumi-Webhook-Id") == ping.get("id")
              and got["headers"].get("Content-Type") == "application/json"
              and got["headers"].get("Accept") == "*/*"
              and got["headers"].get("User-Agent"),
              "the ping's headers: kind, the delivery's id, Content-Type, Accept, User-Agent")
        check(payload.get("message") == PING_MESSAGE and isinstance(payload.get("timestamp"), int)
              and got["body"].decode("utf-8") == ping.get("payload"),
              "the ping's body is Pulumi's ping, and the record's payload is those bytes")
        check(verify_signature(got, "second secret"),
              "Pulumi-Webhook-Signature is the hex HMAC-SHA256 of the body with the new secret")
        check("Pulumi-Webhook-Signature: " in ping.get("requestHeaders", "")
              and "\r\n" in ping.get("requestHeaders", ""),
              "requestHeaders: CRLF-joined, with the signature")

    r = api("POST", f"/api/orgs/{ORG}/hooks/org-hook/ping")
    ping2 = r.json() or {}
    check(r.status == 200 and ping2.get("id") not in (None, ping.get("id")),
          "a second ping has a new id", repr(r))
    r = api("GET", f"/api/orgs/{ORG}/hooks/org-hook/deliveries")
    check(r.status == 200 and [d["id"] for d in r.json() or []] == [ping2["id"], ping["id"]],
          "deliveries: a bare array, newest first", repr(r))

    # Redelivery: the same id, the same payload bytes, signed with the current secret.
    r = api("PATCH", f"/api/orgs/{ORG}/hooks/org-hook", dict(patched, secret="third secret"))
    check(r.status == 200, "PATCH a third secret", repr(r))
    count = len(receiver.requests)
    r = api("POST", f"/api/orgs/{ORG}/hooks/org-hook/deliveries/{ping['id']}/redeliver")
    again = r.json() or {}
    check(r.status == 200 and again.get("id") == ping["id"]
          and again.get("payload") == ping["payload"] and again.get("responseCode") == 200,
          "redeliver: 200 with the same id and payload", repr(r))
    resent = receiver.requests[-1] if len(receiver.requests) > count else None
    check(resent is not None and resent["body"].decode("utf-8") == ping["payload"]
          and resent["headers"].get("Pulumi-Webhook-Id") == ping["id"]
          and verify_signature(resent, "third secret"),
          "the receiver got the original bytes again, same id, signed with the current secret")
    r = api("GET", f"/api/orgs/{ORG}/hooks/org-hook/deliveries")
    ids = [d["id"] for d in r.json() or []]
    check(r.status == 200 and ids == [ping["id"], ping2["id"]],
          "the list keeps one entry per id, the redelivered one first", repr(r))
    r = api("POST", f"/api/orgs/{ORG}/hooks/org-hook/deliveries/no-such-delivery/redeliver")
    check(error_json(r, 404), "redeliver an unknown delivery: 404", repr(r))

    r = api("PATCH", f"/api/orgs/{ORG}/hooks/org-hook", dict(patched, secret="__remove-secret"))
    check(r.status == 200 and (r.json() or {}).get("hasSecret") is False
          and (r.json() or {}).get("secretCiphertext") == "",
          "PATCH with __remove-secret removes it (hasSecret false)", repr(r))
    r = api("POST", f"/api/orgs/{ORG}/hooks/org-hook/ping")
    check(r.status == 200 and receiver.requests
          and verify_signature(receiver.requests[-1], None),
          "a ping without a secret carries no signature", repr(r))

    r = api("GET", f"/api/orgs/{ORG}/hooks/nothing-here/deliveries")
    check(r.status == 200 and r.json() == [], "deliveries of an unknown webhook: 200 []",
          repr(r))

    # An event Pulumi sends (through the control port), then the retention window ending.
    delivered = control("POST", "deliver", {
        "scopePath": stack_path, "hook": stack_hook.get("name", ""), "kind": "stack_update",
        "payload": {"projectName": PROJECT, "stackName": "s1", "kind": "update",
                    "result": "succeeded"}})
    r = api("GET", f"{stack_path}/hooks/{stack_hook.get('name', '')}/deliveries")
    check(r.status == 200 and [d["id"] for d in r.json() or []] == [delivered["id"]]
          and (r.json() or [{}])[0].get("kind") == "stack_update",
          "an event delivery made through /_control/deliver is listed", repr(r))
    control("POST", "forget-deliveries", {"hook": stack_path})
    r = api("GET", f"{stack_path}/hooks/{stack_hook.get('name', '')}/deliveries")
    check(r.status == 200 and r.json() == [], "forget-deliveries empties the list", repr(r))

    r = api("DELETE", f"/api/orgs/{ORG}/hooks/org-hook")
    check(r.status == 204 and r.body == b"", "delete: 204 without a body", repr(r))
    r = api("GET", f"/api/orgs/{ORG}/hooks/org-hook")
    check(error_json(r, 404), "the deleted webhook is gone: 404", repr(r))

    # Paging.
    for label, extra in (("maxResults=2", "&maxResults=2"), ("the default page size", "")):
        names, pages, token = [], 0, None
        while pages < 20:
            query = f"?organization={ORG}{extra}"
            if token:
                query += "&continuationToken=" + urllib.parse.quote(token)
            r = api("GET", "/api/user/stacks" + query)
            doc = r.json() or {}
            if not check(r.status == 200, f"stacks page {pages + 1} ({label})", repr(r)):
                break
            names += [s["stackName"] for s in doc.get("stacks", [])]
            pages += 1
            token = doc.get("continuationToken")
            if not token:
                break
        check(sorted(names) == STACKS and pages >= 3,
              f"stacks: every stack once over {pages} pages ({label})", repr(names))
    names, pages, token = [], 0, None
    while pages < 20:
        query = "?maxResults=2" + ("&continuationToken=" + urllib.parse.quote(token)
                                   if token else "")
        r = api("GET", f"/api/esc/environments/{ORG}" + query)
        doc = r.json() or {}
        if not check(r.status == 200, f"environments page {pages + 1}", repr(r)):
            break
        names += [(e["project"], e["name"]) for e in doc.get("environments", [])]
        pages += 1
        token = doc.get("nextToken")
        if not token:
            break
    expected = sorted([(PROJECT, e) for e in ENVS] + [("default", "legacy")])
    check(sorted(names) == expected and pages >= 3,
          f"environments: every environment once over {pages} pages (nextToken)", repr(names))
    r = api("GET", "/api/user/stacks?organization=" + ORG + "&continuationToken=bogus")
    check(error_json(r, 400), "a bad continuation token: 400", repr(r))

    # What reached the fake: Prism forwards the console's headers.
    seen = control("GET", f"requests?since={first_request}")
    ours = [q for q in seen if q["path"] == "/api/user"]
    auth = [v for q in ours for n, v in q["headers"] if n.lower() == "authorization"]
    accept = [v for q in ours for n, v in q["headers"] if n.lower() == "accept"]
    check(f"token {TOKEN}" in auth, "Prism forwards the Authorization header", repr(auth))
    check("application/vnd.pulumi+8" in accept, "Prism forwards the Accept header", repr(accept))


def main():
    control("POST", "users", {"token": TOKEN, "githubLogin": f"alice-{RUN}", "name": "Alice",
                              "email": f"alice-{RUN}@example.invalid",
                              "organizations": [{"name": ORG, "role": "admin"}]})
    control("POST", "users", {"token": MEMBER_TOKEN, "githubLogin": f"bob-{RUN}",
                              "name": "Bob", "email": f"bob-{RUN}@example.invalid",
                              "organizations": [{"name": ORG, "role": "member"},
                                                {"name": OTHER_ORG, "role": "admin"}]})
    for stack in STACKS:
        control("POST", "stacks", {"org": ORG, "project": PROJECT, "stack": stack})
    control("POST", "stacks", {"org": OTHER_ORG, "project": PROJECT, "stack": "elsewhere"})
    for env in ENVS:
        control("POST", "environments", {"org": ORG, "project": PROJECT, "name": env})
    control("POST", "environments", {"org": ORG, "project": "default", "name": "legacy"})

    invalid_traffic()

    mark = int(standin("mark", STANDIN_DIR).stdout.strip())
    valid_traffic()
    r = api("POST", f"/api/orgs/{ORG}/hooks", hook_body("by-member"), token=MEMBER_TOKEN)
    check(r.status == 403 and error_json(r, 403),
          "a member who is not an admin cannot create organization webhooks: 403", repr(r))

    print("# no violation logged for the valid traffic")
    result = standin("check", STANDIN_DIR, "--since", str(mark))
    check(result.returncode == 0, "check exits 0 for the valid traffic",
          result.stdout + result.stderr)
    sys.stdout.write(result.stdout)

    print(f"{passes} passed, {len(failures)} failed")
    if failures:
        print("failed:\n  " + "\n  ".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
