#!/usr/bin/env python3
"""A stateful stand-in for Pulumi Cloud's webhook REST API, for the tests. Standard library only.

    fake_pulumi_cloud.py [--host 127.0.0.1] [--port 0] [--port-file FILE] [--page-size 2]

Listens on HOST:PORT (0: a free port), writes the bound port to FILE once listening, and serves
every path of tests/reference/pulumi-cloud-webhooks.openapi.json (organization, stack, ESC
environment and legacy preview-environment webhooks; GET /api/user; GET /api/user/stacks;
GET /api/esc/environments/{org}) with the shapes of that document and the rules Pulumi
documents beyond it: `Authorization: token …`, name rules, default groups, write-only secrets,
409 on a duplicate name, pings and redeliveries really POSTed to the payload URL and signed
with the hex HMAC-SHA256 of the body, delivery records kept newest first.

Choices where Pulumi's sources leave room (see the notes at each):
- the legacy /api/preview/environments/{org}/{env} scope is the ESC environment
  {org}/default/{env} (the project pre-project environments were moved to);
- stack and environment scopes answer 404 unless the stack or environment was registered
  (POST /_control/stacks, /_control/environments); an organization the token's user does not
  belong to answers 404; creating, changing or deleting organization webhooks needs the role
  "admin" (403);
- PATCH replaces the whole webhook (same required fields as a create; no filters and no groups
  means the default groups again); a body `name` other than the path's is refused (400: names
  cannot change); DELETE of an unknown webhook is 204 like any other;
- a ping reaches an inactive webhook too (pings bypass the event queue); events sent with
  /_control/deliver do not.

Tests drive it through control endpoints on its own port (never under /api, so that Stoplight
Prism, which validates /api traffic in front of it, never sees them):

    POST /_control/reset                 drop all state (users, stacks, environments, hooks,
                                         deliveries, faults, recorded requests; settings back
                                         to the command line's)
    POST /_control/users                 {"token","githubLogin","name","email","avatarUrl"?,
                                          "organizations":[{"name","githubLogin"?,"avatarUrl"?,
                                          "role"?: "admin"|"member"|…}]}
    POST /_control/stacks                {"org","project","stack","lastUpdate"?,"resourceCount"?}
    POST /_control/environments          {"org","project","name"}
    POST /_control/settings              {"stacksPageSize"?: N, "environmentsPageSize"?: N}
    POST /_control/faults                {"status":503,"count":1,"delayMs":0,"pathContains":"…",
                                          "method"?: "GET", "headers"?: {"Retry-After":"1"},
                                          "message"?: "…", "body"?: {…} or "text",
                                          "pathEndsWith"?: "…"}
                                         the next `count` matching /api requests are delayed by
                                         delayMs, then answered `status` with a JSON error
                                         {"code","message"} (or with `body` as given: a
                                         misbehaving Pulumi; status 0: only delayed, then
                                         served normally)
    POST /_control/forget-deliveries     {"hook"?: "fragment"} drops delivery records of every
                                         hook whose scope path + "/hooks/" + name contains the
                                         fragment (all hooks without it): Pulumi's retention ends
    POST /_control/deliver               {"scopePath":"/api/stacks/o/p/s","hook":"name",
                                          "kind":"stack_update","payload":{…} or "raw text"}
                                         Pulumi sends an event delivery now; answers the
                                         recorded WebhookDelivery (200), 404 for an unknown
                                         hook, 409 {"delivered":false} for an inactive one
    GET  /_control/requests[?since=N]    every /api request received so far (from N on):
                                         [{"index","method","path","query","headers":[[n,v]…],
                                           "body","status"}]
    GET  /_control/hooks                 every stored hook with its scope path and its secret
                                         (for assertions on what the console stored)

Request lines go to stderr; nothing secret is printed.
"""
import argparse
import base64
import hashlib
import hmac
import http.client
import json
import os
import re
import secrets
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PING_MESSAGE = "\U0001F379 Just a friendly ping from Pulumi \U0001F379"
USER_AGENT = "Pulumi-Webhooks/1.0 (webhook-console fake Pulumi Cloud)"
DELIVERY_TIMEOUT = 10.0
REMOVE_SECRET = "__remove-secret"

NAME_RE = re.compile(r"^[A-Za-z0-9_.\-]{1,32}$")
DEPLOYMENT_TARGET_RE = re.compile(r"^[^\s/]+/[^\s/]+$")
SLACK_PREFIX = "https://hooks.slack.com/"
FORMATS = ("raw", "slack", "ms_teams", "pulumi_deployments")

GROUP_FILTERS = {
    "stacks": ["stack_created", "stack_deleted", "update_succeeded", "update_failed",
               "preview_succeeded", "preview_failed", "destroy_succeeded", "destroy_failed",
               "refresh_succeeded", "refresh_failed", "import_succeeded", "import_failed"],
    "deployments": ["deployment_queued", "deployment_started", "deployment_succeeded",
                    "deployment_failed", "drift_detected", "drift_detection_succeeded",
                    "drift_detection_failed", "drift_remediation_succeeded",
                    "drift_remediation_failed", "deployment_file_ingestion_failed"],
    "policies": ["policy_violation_mandatory", "policy_violation_advisory"],
    "environments": ["environment_created", "environment_deleted",
                     "environment_revision_created", "environment_revision_retracted",
                     "environment_revision_tag_created", "environment_revision_tag_deleted",
                     "environment_revision_tag_updated", "environment_tag_created",
                     "environment_tag_deleted", "environment_tag_updated",
                     "imported_environment_changed", "environment_rotation_succeeded",
                     "environment_rotation_failed"],
    "change_requests": ["change_request_created", "change_request_updated",
                        "change_request_approved", "change_request_unapproved",
                        "change_request_closed", "change_request_applied",
                        "change_request_submitted"],
}
ORG_ONLY_FILTERS = {"stack_created", "stack_deleted"}
SCOPE_GROUPS = {
    "org": ["stacks", "deployments", "policies", "environments", "change_requests"],
    "stack": ["stacks", "deployments", "policies"],
    "env": ["environments", "change_requests"],
}
DEFAULT_GROUPS = {
    "org": ["deployments", "environments", "stacks"],
    "stack": ["deployments", "stacks"],
    "env": ["environments"],
}
# Legacy /api/preview/environments/{org}/{env} addresses the ESC environment {org}/default/{env}:
# environments made before ESC had projects live in the project "default".
LEGACY_ENV_PROJECT = "default"


def allowed_filters(kind):
    names = []
    for group in SCOPE_GROUPS[kind]:
        for f in GROUP_FILTERS[group]:
            if f in ORG_ONLY_FILTERS and kind != "org":
                continue
            names.append(f)
    return set(names)


def canonical_header(name):
    """Go's textproto.CanonicalMIMEHeaderKey."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in name.split("-"))


def headers_string(pairs):
    """Go's Header.Write: canonical names, sorted, "Name: value" lines joined with CRLF."""
    lines = sorted((canonical_header(n), v) for n, v in pairs)
    return "\r\n".join(f"{n}: {v}" for n, v in lines)


def compact_json(value):
    # Go's json.Marshal: no spaces, UTF-8 as is.
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


class ApiError(Exception):
    def __init__(self, status, message, errors=None, headers=None, plain=False):
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors
        self.headers = headers or {}
        self.plain = plain

    def body(self):
        if self.plain:
            return self.message.encode()
        doc = {"code": self.status, "message": self.message}
        if self.errors:
            doc["errors"] = self.errors
        return json.dumps(doc).encode()


class FaultAnswer(Exception):
    """An injected answer with a body of the test's choosing (a misbehaving Pulumi Cloud)."""

    def __init__(self, status, body, headers):
        super().__init__(status)
        self.status, self.body, self.headers = status, body, headers


def field_error(attribute, error_type, message, status=400):
    return ApiError(status, message, [{"resource": "Webhook", "attribute": attribute,
                                       "errorType": error_type, "customMessage": message}])


class NoRedirect(urllib.request.HTTPRedirectHandler):
    # A 3xx answer is the delivery's outcome (a failed one), never followed.
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect())


class State:
    def __init__(self, page_size):
        self.lock = threading.RLock()
        self.default_page_size = page_size
        self.reset()

    def reset(self):
        with self.lock:
            self.users = {}          # token -> user dict
            self.stacks = []         # dicts: org, project, stack, id, lastUpdate, resourceCount
            self.environments = []   # dicts: org, project, name, id, created, modified
            self.hooks = {}          # scope key -> {name -> hook}
            self.faults = []
            self.requests = []
            self.stacks_page_size = self.default_page_size
            self.environments_page_size = self.default_page_size


STATE = None


# ---------------------------------------------------------------- deliveries on the wire

def send_delivery(hook, kind, body, delivery_id):
    """POSTs body (bytes) to the hook's payload URL as Pulumi does; returns the outcome fields
    of a WebhookDelivery."""
    started = time.time()
    url = hook["payloadUrl"]
    if hook["format"] == "pulumi_deployments":
        return {
            "timestamp": int(started),
            "duration": 0,
            "requestUrl": url,
            "requestHeaders": "",
            "responseCode": 202,
            "responseHeaders": "",
            "responseBody": ("fake Pulumi Cloud: a pulumi_deployments webhook starts a deployment "
                             f"of the stack {url} instead of sending an HTTP request; nothing was "
                             "sent"),
        }
    headers = [
        ("Content-Type", "application/json"),
        ("Accept", "*/*"),
        ("User-Agent", USER_AGENT),
        ("Pulumi-Webhook-Id", delivery_id),
        ("Pulumi-Webhook-Kind", kind),
    ]
    if hook.get("secret"):
        signature = hmac.new(hook["secret"].encode("utf-8"), body, hashlib.sha256).hexdigest()
        headers.append(("Pulumi-Webhook-Signature", signature))
    request = urllib.request.Request(url, data=body, method="POST")
    for name, value in headers:
        request.add_header(name, value)
    code, response_headers, response_body = 0, [], b""
    try:
        with OPENER.open(request, timeout=DELIVERY_TIMEOUT) as response:
            code = response.status
            response_headers = list(response.headers.items())
            response_body = response.read(1 << 20)
    except urllib.error.HTTPError as e:
        code = e.code
        response_headers = list(e.headers.items()) if e.headers else []
        try:
            response_body = e.read(1 << 20)
        except Exception:  # noqa: BLE001 - the body is best effort
            response_body = b""
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as e:
        reason = getattr(e, "reason", e)
        code, response_headers = 0, []
        response_body = f"Post \"{url}\": {reason}".encode()
    duration = int(round((time.time() - started) * 1000))
    return {
        "timestamp": int(started),
        "duration": duration,
        "requestUrl": url,
        "requestHeaders": headers_string(headers),
        "responseCode": code,
        "responseHeaders": headers_string(response_headers),
        "responseBody": response_body.decode("utf-8", errors="replace"),
    }


def ping_body(hook):
    fmt = hook["format"]
    if fmt == "slack":
        return compact_json({"text": PING_MESSAGE})
    if fmt == "ms_teams":
        return compact_json({
            "type": "message",
            "attachments": [{
                "contentType": "application/vnd.microsoft.card.adaptive",
                "content": {
                    "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                    "type": "AdaptiveCard",
                    "version": "1.4",
                    "body": [{"type": "TextBlock", "text": PING_MESSAGE, "wrap": True}],
                },
            }],
        })
    if fmt == "pulumi_deployments":
        return ""
    return compact_json({"timestamp": int(time.time()), "message": PING_MESSAGE})


def deliver(scope, name, kind, payload):
    """Sends a new delivery of `payload` (a str) to hook `name` and records it. Returns the
    WebhookDelivery, or None when the hook does not exist."""
    with STATE.lock:
        hook = STATE.hooks.get(scope, {}).get(name)
        if hook is None:
            return None
        snapshot = dict(hook)
    delivery_id = str(uuid.uuid4())
    outcome = send_delivery(snapshot, kind, payload.encode("utf-8"), delivery_id)
    record = {"id": delivery_id, "kind": kind, "payload": payload, **outcome}
    with STATE.lock:
        current = STATE.hooks.get(scope, {}).get(name)
        if current is not None and current["uid"] == snapshot["uid"]:
            current["deliveries"].insert(0, record)
    return dict(record)


def redeliver(scope, name, delivery_id):
    with STATE.lock:
        hook = STATE.hooks.get(scope, {}).get(name)
        if hook is None:
            raise ApiError(404, f"Webhook '{name}' not found")
        original = next((d for d in hook["deliveries"] if d["id"] == delivery_id), None)
        if original is None:
            raise ApiError(404, f"Webhook delivery '{delivery_id}' not found")
        snapshot = dict(hook)
        kind, payload = original["kind"], original["payload"]
    outcome = send_delivery(snapshot, kind, payload.encode("utf-8"), delivery_id)
    record = {"id": delivery_id, "kind": kind, "payload": payload, **outcome}
    with STATE.lock:
        current = STATE.hooks.get(scope, {}).get(name)
        if current is not None and current["uid"] == snapshot["uid"]:
            current["deliveries"] = [d for d in current["deliveries"] if d["id"] != delivery_id]
            current["deliveries"].insert(0, record)
    return dict(record)


# ---------------------------------------------------------------- webhooks

def scope_fields(scope):
    kind = scope[0]
    if kind == "stack":
        return {"projectName": scope[2], "stackName": scope[3]}
    if kind == "env":
        return {"projectName": scope[2], "envName": scope[3]}
    return {}


def scope_path(scope):
    kind = scope[0]
    if kind == "org":
        return f"/api/orgs/{scope[1]}"
    if kind == "stack":
        return f"/api/stacks/{scope[1]}/{scope[2]}/{scope[3]}"
    return f"/api/esc/environments/{scope[1]}/{scope[2]}/{scope[3]}"


def hook_response(scope, hook):
    doc = {"organizationName": scope[1]}
    doc.update(scope_fields(scope))
    doc.update({
        "name": hook["name"],
        "displayName": hook["displayName"],
        "payloadUrl": hook["payloadUrl"],
        "active": hook["active"],
        "format": hook["format"],
        "filters": list(hook["filters"]),
        "groups": list(hook["groups"]),
        "hasSecret": bool(hook.get("secret")),
        "secretCiphertext": hook["secretCiphertext"],
    })
    return doc


def ciphertext_for(secret):
    if not secret:
        return ""
    digest = hashlib.sha256(secret.encode("utf-8")).digest()[:16]
    return "v1:" + base64.b64encode(secrets.token_bytes(12) + digest).decode()


def validate_webhook(scope, body, creating):
    """Checks a Webhook body (create or whole-object PATCH) against the reference's rules.
    Returns the cleaned fields."""
    if not isinstance(body, dict):
        raise ApiError(400, "Request body must be a JSON object")
    kind, org = scope[0], scope[1]
    for attribute, expected in (("organizationName", str), ("displayName", str),
                                ("payloadUrl", str), ("active", bool)):
        value = body.get(attribute)
        if value is None or (expected is str and value == ""):
            raise field_error(attribute, "missing", f"{attribute} is required")
        if not isinstance(value, expected):
            type_name = "boolean" if expected is bool else "string"
            raise field_error(attribute, "invalid", f"{attribute} must be a {type_name}")
    if body["organizationName"] != org:
        raise field_error("organizationName", "invalid",
                          "Organization name from request body doesn't match URL.")
    for attribute, value in scope_fields(scope).items():
        given = body.get(attribute)
        if given not in (None, "") and given != value:
            raise field_error(attribute, "invalid",
                              f"{attribute} from request body doesn't match URL.")
    if kind != "stack" and body.get("stackName"):
        raise field_error("stackName", "invalid", "stackName is only for stack webhooks")
    if kind != "env" and body.get("envName"):
        raise field_error("envName", "invalid", "envName is only for environment webhooks")
    if kind == "org" and body.get("projectName"):
        raise field_error("projectName", "invalid",
                          "projectName is only for stack and environment webhooks")

    name = body.get("name")
    if name is not None and not isinstance(name, str):
        raise field_error("name", "invalid", "name must be a string")
    if name and not NAME_RE.match(name):
        raise field_error("name", "invalid",
                          "Webhook name must be 1 to 32 characters long and contain only "
                          "letters, digits, hyphens, underscores and periods")

    fmt = body.get("format")
    if fmt in (None, ""):
        fmt = "raw"
    if fmt not in FORMATS:
        raise field_error("format", "invalid",
                          f"Unknown webhook format '{fmt}'; expected one of {', '.join(FORMATS)}")
    payload_url = body["payloadUrl"]
    if fmt == "pulumi_deployments":
        if kind == "org":
            raise field_error("format", "invalid",
                              "'pulumi_deployments' format can only be used on stack or "
                              "environment webhooks.")
        if not DEPLOYMENT_TARGET_RE.match(payload_url):
            raise field_error("payloadUrl", "invalid",
                              "For the pulumi_deployments format the payload URL is the target "
                              "stack, as project/stack")
    else:
        parsed = urllib.parse.urlsplit(payload_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in payload_url:
            raise field_error("payloadUrl", "invalid",
                              "Payload URL must be an absolute http or https URL")
        if fmt == "slack" and not payload_url.startswith(SLACK_PREFIX):
            raise field_error("payloadUrl", "invalid",
                              f"Slack webhook URLs must begin with {SLACK_PREFIX}")

    lists = {}
    for attribute in ("filters", "groups"):
        value = body.get(attribute)
        if value is None:
            value = []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise field_error(attribute, "invalid", f"{attribute} must be an array of strings")
        lists[attribute] = value
    allowed_groups = SCOPE_GROUPS[kind]
    for group in lists["groups"]:
        if group not in allowed_groups:
            raise field_error("groups", "invalid",
                              f"Unknown or unsupported webhook group '{group}' for this "
                              f"webhook; allowed: {', '.join(allowed_groups)}")
    allowed = allowed_filters(kind)
    for event in lists["filters"]:
        if event not in allowed:
            raise field_error("filters", "invalid",
                              f"Unknown or unsupported webhook filter '{event}' for this webhook")
    if not lists["filters"] and not lists["groups"]:
        lists["groups"] = list(DEFAULT_GROUPS[kind])

    secret = body.get("secret")
    if secret is not None and not isinstance(secret, str):
        raise field_error("secret", "invalid", "secret must be a string")
    if creating and secret == REMOVE_SECRET:
        secret = ""
    return {
        "name": name or "",
        "displayName": body["displayName"],
        "payloadUrl": payload_url,
        "active": body["active"],
        "format": fmt,
        "filters": lists["filters"],
        "groups": lists["groups"],
        "secret": secret,
    }


def create_hook(scope, body):
    fields = validate_webhook(scope, body, creating=True)
    with STATE.lock:
        hooks = STATE.hooks.setdefault(scope, {})
        name = fields["name"]
        if not name:
            name = secrets.token_hex(4)
            while name in hooks:
                name = secrets.token_hex(4)
        if name in hooks:
            raise ApiError(409, "Webhook with this name already exists")
        secret = fields["secret"] or ""
        hook = {k: v for k, v in fields.items() if k != "secret"}
        hook.update({"name": name, "secret": secret, "secretCiphertext": ciphertext_for(secret),
                     "deliveries": [], "uid": uuid.uuid4().hex})
        hooks[name] = hook
        return hook_response(scope, hook)


def update_hook(scope, name, body):
    with STATE.lock:
        if name not in STATE.hooks.get(scope, {}):
            raise ApiError(404, f"Webhook '{name}' not found")
    fields = validate_webhook(scope, body, creating=False)
    if fields["name"] and fields["name"] != name:
        # The name identifies the webhook in its scope and cannot change: Pulumi's provider
        # replaces the resource instead, and sends the path's name in every update.
        raise field_error("name", "invalid", "A webhook's name cannot be changed")
    with STATE.lock:
        hook = STATE.hooks.get(scope, {}).get(name)
        if hook is None:
            raise ApiError(404, f"Webhook '{name}' not found")
        secret = fields.pop("secret")
        fields.pop("name")
        hook.update(fields)
        if secret == REMOVE_SECRET:
            hook["secret"], hook["secretCiphertext"] = "", ""
        elif secret:
            hook["secret"], hook["secretCiphertext"] = secret, ciphertext_for(secret)
        return hook_response(scope, hook)


# ---------------------------------------------------------------- HTTP

def query_value(query, name):
    values = query.get(name)
    return values[-1] if values else None


def page_token(offset):
    return base64.urlsafe_b64encode(compact_json({"offset": offset}).encode()).decode()


def page_offset(token):
    if token in (None, ""):
        return 0
    try:
        padded = token + "=" * (-len(token) % 4)
        offset = json.loads(base64.urlsafe_b64decode(padded.encode()))["offset"]
        if not isinstance(offset, int) or offset < 0:
            raise ValueError
        return offset
    except (ValueError, KeyError, TypeError):
        raise ApiError(400, "Invalid continuation token") from None


def page_size(query, default):
    size = default
    given = query_value(query, "maxResults")
    if given not in (None, ""):
        try:
            size = min(size, int(given))
        except ValueError:
            raise ApiError(400, "maxResults must be an integer") from None
        if size < 1:
            raise ApiError(400, "maxResults must be positive")
    return size


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakePulumiCloud/1.0"
    sys_version = ""

    # --------------------------------------------------------- plumbing
    def log_message(self, fmt, *args):
        sys.stderr.write("fake-pulumi-cloud: %s\n" % (fmt % args))

    def read_body(self):
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def send(self, status, body=b"", content_type="application/json", headers=None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if status == 204 or status == 304:
            self.end_headers()
            return
        if body:
            self.send_header("Content-Type",
                             content_type + ("; charset=utf-8" if content_type.startswith("text/")
                                             else ""))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_json(self, status, doc, headers=None):
        self.send(status, json.dumps(doc, ensure_ascii=False).encode("utf-8"), headers=headers)

    def do_GET(self):
        self.dispatch()

    def do_POST(self):
        self.dispatch()

    def do_PATCH(self):
        self.dispatch()

    def do_DELETE(self):
        self.dispatch()

    def do_PUT(self):
        self.dispatch()

    def dispatch(self):
        split = urllib.parse.urlsplit(self.path)
        raw_body = self.read_body()
        path = split.path.rstrip("/") or "/"
        query = urllib.parse.parse_qs(split.query, keep_blank_values=True)
        if path.startswith("/_control/") or path == "/_control":
            try:
                self.control(path, query, raw_body)
            except ApiError as e:
                self.send(e.status, e.body())
            return
        entry = None
        if path.startswith("/api/") or path == "/api":
            with STATE.lock:
                entry = {
                    "index": len(STATE.requests),
                    "method": self.command,
                    "path": split.path,
                    "query": split.query,
                    "headers": [[n, v] for n, v in self.headers.items()],
                    "body": raw_body.decode("utf-8", errors="replace"),
                    "status": None,
                }
                STATE.requests.append(entry)
        status = 500
        try:
            if entry is None:
                raise ApiError(404, "404 page not found", plain=True)
            self.apply_faults(split.path)
            status, doc, headers = self.api(path, query, raw_body)
            if status == 204:
                self.send(204, headers=headers)
            else:
                self.send_json(status, doc, headers=headers)
        except FaultAnswer as e:
            status = e.status
            headers = dict(e.headers)
            content_type = headers.pop("Content-Type", "application/json")
            self.send(e.status, e.body.encode("utf-8"), content_type=content_type, headers=headers)
        except ApiError as e:
            status = e.status
            self.send(e.status, e.body(), content_type="text/plain" if e.plain else
                      "application/json", headers=e.headers)
        except Exception as e:  # noqa: BLE001 - a bug of the fake answers 500, loudly
            import traceback
            traceback.print_exc()
            status = 500
            self.send_json(500, {"code": 500, "message": f"fake Pulumi Cloud bug: {e}"})
        finally:
            if entry is not None:
                entry["status"] = status

    def apply_faults(self, path):
        fault = None
        with STATE.lock:
            for candidate in STATE.faults:
                if candidate["count"] <= 0:
                    continue
                if candidate.get("pathContains") and candidate["pathContains"] not in path:
                    continue
                if candidate.get("pathEndsWith") and not path.endswith(candidate["pathEndsWith"]):
                    continue
                if candidate.get("method") and candidate["method"].upper() != self.command:
                    continue
                candidate["count"] -= 1
                fault = dict(candidate)
                break
            STATE.faults = [f for f in STATE.faults if f["count"] > 0]
        if fault is None:
            return
        if fault.get("delayMs"):
            time.sleep(fault["delayMs"] / 1000.0)
        if fault.get("status"):
            status = int(fault["status"])
            if fault.get("body") is not None:
                body = fault["body"]
                raise FaultAnswer(status, body if isinstance(body, str) else
                                  json.dumps(body, ensure_ascii=False), fault.get("headers") or {})
            reason = http.client.responses.get(status, "error")
            message = fault.get("message") or f"Injected fault: {reason}"
            raise ApiError(status, message, headers=fault.get("headers") or {})

    # --------------------------------------------------------- /api
    def authenticate(self):
        value = self.headers.get("Authorization") or ""
        scheme, _, token = value.partition(" ")
        user = None
        if scheme.lower() == "token" and token.strip():
            with STATE.lock:
                user = STATE.users.get(token.strip())
        if user is None:
            raise ApiError(401, "Unauthorized: No credentials provided or are invalid.")
        return user

    @staticmethod
    def membership(user, org):
        for o in user["organizations"]:
            if o["name"] == org:
                return o
        raise ApiError(404, f"Organization '{org}' not found")

    def api(self, path, query, raw_body):
        user = self.authenticate()
        parts = [urllib.parse.unquote(p) for p in path.split("/")[1:]]  # ["api", ...]
        method = self.command
        rest = parts[1:]

        if rest == ["user"]:
            self.allow(method, "GET")
            return 200, self.user_doc(user), None
        if rest == ["user", "stacks"]:
            self.allow(method, "GET")
            return 200, self.list_stacks(user, query), None
        if len(rest) == 3 and rest[:2] == ["esc", "environments"]:
            self.allow(method, "GET")
            return 200, self.list_environments(user, rest[2], query), None

        scope, tail = self.parse_scope(rest)
        if scope is None or not tail or tail[0] != "hooks":
            raise ApiError(404, "404 page not found", plain=True)
        membership = self.membership(user, scope[1])
        self.check_scope_exists(scope)
        tail = tail[1:]
        mutating = method in ("POST", "PATCH", "DELETE") and (not tail or len(tail) == 1)
        if scope[0] == "org" and mutating and membership.get("role") != "admin":
            raise ApiError(403, "Only organization admins can manage organization webhooks")

        if not tail:
            if method == "GET":
                with STATE.lock:
                    hooks = STATE.hooks.get(scope, {})
                    return 200, [hook_response(scope, h) for h in hooks.values()], None
            if method == "POST":
                return 201, create_hook(scope, self.json_body(raw_body)), None
            raise ApiError(405, "Method not allowed")
        name = tail[0]
        if len(tail) == 1:
            if method == "GET":
                with STATE.lock:
                    hook = STATE.hooks.get(scope, {}).get(name)
                    if hook is None:
                        raise ApiError(404, f"Webhook '{name}' not found")
                    return 200, hook_response(scope, hook), None
            if method == "PATCH":
                return 200, update_hook(scope, name, self.json_body(raw_body)), None
            if method == "DELETE":
                with STATE.lock:
                    STATE.hooks.get(scope, {}).pop(name, None)
                return 204, None, None
            raise ApiError(405, "Method not allowed")
        if tail[1:] == ["ping"]:
            self.allow(method, "POST")
            with STATE.lock:
                hook = STATE.hooks.get(scope, {}).get(name)
                if hook is None:
                    raise ApiError(404, f"Webhook '{name}' not found")
                body = ping_body(hook)
            # An inactive webhook is pinged all the same: a ping "bypasses the message queue
            # machinery and issues the request directly to the webhook".
            record = deliver(scope, name, "ping", body)
            if record is None:
                raise ApiError(404, f"Webhook '{name}' not found")
            return 200, record, None
        if tail[1:] == ["deliveries"]:
            self.allow(method, "GET")
            with STATE.lock:
                hook = STATE.hooks.get(scope, {}).get(name)
                return 200, [dict(d) for d in hook["deliveries"]] if hook else [], None
        if len(tail) == 4 and tail[1] == "deliveries" and tail[3] == "redeliver":
            self.allow(method, "POST")
            return 200, redeliver(scope, name, tail[2]), None
        raise ApiError(404, "404 page not found", plain=True)

    @staticmethod
    def allow(method, expected):
        if method != expected:
            raise ApiError(405, "Method not allowed")

    @staticmethod
    def json_body(raw_body):
        try:
            return json.loads(raw_body.decode("utf-8")) if raw_body else None
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise ApiError(400, f"Invalid JSON in request body: {e}") from None

    @staticmethod
    def parse_scope(rest):
        if len(rest) >= 2 and rest[0] == "orgs":
            return ("org", rest[1]), rest[2:]
        if len(rest) >= 4 and rest[0] == "stacks":
            return ("stack", rest[1], rest[2], rest[3]), rest[4:]
        if len(rest) >= 5 and rest[:2] == ["esc", "environments"]:
            return ("env", rest[2], rest[3], rest[4]), rest[5:]
        if len(rest) >= 4 and rest[:2] == ["preview", "environments"]:
            return ("env", rest[2], LEGACY_ENV_PROJECT, rest[3]), rest[4:]
        return None, None

    @staticmethod
    def check_scope_exists(scope):
        with STATE.lock:
            if scope[0] == "stack":
                if not any((s["org"], s["project"], s["stack"]) == scope[1:]
                           for s in STATE.stacks):
                    raise ApiError(404, f"Stack '{'/'.join(scope[1:])}' not found")
            elif scope[0] == "env":
                if not any((e["org"], e["project"], e["name"]) == scope[1:]
                           for e in STATE.environments):
                    raise ApiError(404, f"Environment '{'/'.join(scope[1:])}' not found")

    @staticmethod
    def user_doc(user):
        return {
            "id": user["id"],
            "githubLogin": user["githubLogin"],
            "name": user["name"],
            "email": user["email"],
            "avatarUrl": user["avatarUrl"],
            "organizations": [dict(o) for o in user["organizations"]],
            "potentialOrganizations": [],
            "identities": ["github.com"],
            "siteAdmin": False,
            "registryAdmin": False,
            "hasMFA": False,
            "isOrgManaged": False,
            "isManagedByMultiOrg": False,
        }

    @staticmethod
    def list_stacks(user, query):
        orgs = [o["name"] for o in user["organizations"]]
        org = query_value(query, "organization")
        project = query_value(query, "project")
        with STATE.lock:
            size = page_size(query, STATE.stacks_page_size)
            rows = [s for s in STATE.stacks if s["org"] in orgs
                    and (not org or s["org"] == org) and (not project or s["project"] == project)]
        offset = page_offset(query_value(query, "continuationToken"))
        if offset > len(rows):
            raise ApiError(400, "Invalid continuation token")
        page = rows[offset:offset + size]
        doc = {"stacks": [{
            "id": s["id"],
            "orgName": s["org"],
            "projectName": s["project"],
            "stackName": s["stack"],
            "lastUpdate": s["lastUpdate"],
            "resourceCount": s["resourceCount"],
            "links": {"self": f"https://app.pulumi.com/{s['org']}/{s['project']}/{s['stack']}"},
        } for s in page]}
        if offset + size < len(rows):
            doc["continuationToken"] = page_token(offset + size)
        return doc

    def list_environments(self, user, org, query):
        self.membership(user, org)
        with STATE.lock:
            size = page_size(query, STATE.environments_page_size)
            rows = [e for e in STATE.environments if e["org"] == org]
        offset = page_offset(query_value(query, "continuationToken"))
        if offset > len(rows):
            raise ApiError(400, "Invalid continuation token")
        page = rows[offset:offset + size]
        doc = {"environments": [{
            "id": e["id"],
            "organization": e["org"],
            "project": e["project"],
            "name": e["name"],
            "created": e["created"],
            "modified": e["modified"],
            "ownedBy": {"name": user["name"], "githubLogin": user["githubLogin"],
                        "avatarUrl": user["avatarUrl"]},
            "tags": {},
            "referrerMetadata": {"environmentReferrerCount": 0, "stackReferrerCount": 0,
                                 "insightsAccountReferrerCount": 0},
            "settings": {"deletionProtected": False},
            "links": {"self": f"https://app.pulumi.com/{e['org']}/esc/{e['project']}/{e['name']}"},
        } for e in page]}
        if offset + size < len(rows):
            doc["nextToken"] = page_token(offset + size)
        return doc

    # --------------------------------------------------------- /_control
    def control(self, path, query, raw_body):
        what = path[len("/_control/"):]
        method = self.command
        body = {}
        if raw_body:
            try:
                body = json.loads(raw_body.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as e:
                raise ApiError(400, f"invalid JSON: {e}") from None
        if not isinstance(body, dict):
            raise ApiError(400, "the body must be a JSON object")

        def need(*names):
            for n in names:
                if not isinstance(body.get(n), str) or not body[n]:
                    raise ApiError(400, f"'{n}' (a non-empty string) is required")

        if what == "reset" and method == "POST":
            STATE.reset()
            return self.send_json(200, {"reset": True})
        if what == "users" and method == "POST":
            need("token", "githubLogin")
            orgs = []
            for o in body.get("organizations") or []:
                if isinstance(o, str):
                    o = {"name": o}
                if not isinstance(o, dict) or not o.get("name"):
                    raise ApiError(400, "each organization needs a name")
                orgs.append({
                    "name": o["name"],
                    "githubLogin": o.get("githubLogin") or o["name"],
                    "avatarUrl": o.get("avatarUrl") or
                    f"https://avatars.example.invalid/{o['name']}.png",
                    "role": o.get("role") or "admin",
                })
            user = {
                "id": body.get("id") or uuid.uuid4().hex,
                "githubLogin": body["githubLogin"],
                "name": body.get("name") or body["githubLogin"],
                "email": body.get("email") or f"{body['githubLogin']}@example.invalid",
                "avatarUrl": body.get("avatarUrl") or
                f"https://avatars.example.invalid/{body['githubLogin']}.png",
                "organizations": orgs,
            }
            with STATE.lock:
                STATE.users[body["token"]] = user
            return self.send_json(200, {"githubLogin": user["githubLogin"]})
        if what == "stacks" and method == "POST":
            need("org", "project", "stack")
            row = {"org": body["org"], "project": body["project"], "stack": body["stack"],
                   "id": uuid.uuid4().hex,
                   "lastUpdate": int(body.get("lastUpdate") or time.time()),
                   "resourceCount": int(body.get("resourceCount") or 0)}
            with STATE.lock:
                if not any((s["org"], s["project"], s["stack"]) ==
                           (row["org"], row["project"], row["stack"]) for s in STATE.stacks):
                    STATE.stacks.append(row)
            return self.send_json(200, {"added": True})
        if what == "environments" and method == "POST":
            need("org", "project", "name")
            now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            row = {"org": body["org"], "project": body["project"], "name": body["name"],
                   "id": uuid.uuid4().hex, "created": now, "modified": now}
            with STATE.lock:
                if not any((e["org"], e["project"], e["name"]) ==
                           (row["org"], row["project"], row["name"])
                           for e in STATE.environments):
                    STATE.environments.append(row)
            return self.send_json(200, {"added": True})
        if what == "settings" and method == "POST":
            with STATE.lock:
                if "stacksPageSize" in body:
                    STATE.stacks_page_size = max(1, int(body["stacksPageSize"]))
                if "environmentsPageSize" in body:
                    STATE.environments_page_size = max(1, int(body["environmentsPageSize"]))
                return self.send_json(200, {"stacksPageSize": STATE.stacks_page_size,
                                            "environmentsPageSize":
                                                STATE.environments_page_size})
        if what == "faults" and method == "POST":
            fault = {
                "status": int(body.get("status", 503)),
                "count": int(body.get("count", 1)),
                "delayMs": int(body.get("delayMs", 0)),
                "pathContains": body.get("pathContains") or "",
                "pathEndsWith": body.get("pathEndsWith") or "",
                "method": body.get("method") or "",
                "headers": body.get("headers") or {},
                "message": body.get("message") or "",
                "body": body.get("body"),
            }
            with STATE.lock:
                STATE.faults.append(fault)
            return self.send_json(200, {"queued": True})
        if what == "forget-deliveries" and method == "POST":
            fragment = body.get("hook") or ""
            dropped = 0
            with STATE.lock:
                for scope, hooks in STATE.hooks.items():
                    for name, hook in hooks.items():
                        if fragment in f"{scope_path(scope)}/hooks/{name}":
                            dropped += len(hook["deliveries"])
                            hook["deliveries"] = []
            return self.send_json(200, {"dropped": dropped})
        if what == "deliver" and method == "POST":
            need("scopePath", "hook", "kind")
            parts = [p for p in body["scopePath"].split("/") if p]
            scope, tail = Handler.parse_scope(parts[1:] + ["hooks"]) if parts[:1] == ["api"] \
                else (None, None)
            if scope is None:
                raise ApiError(400, "scopePath must be a webhook scope such as "
                                    "/api/stacks/org/project/stack")
            with STATE.lock:
                hook = STATE.hooks.get(scope, {}).get(body["hook"])
                if hook is None:
                    raise ApiError(404, f"no webhook '{body['hook']}' in {body['scopePath']}")
                if not hook["active"]:
                    return self.send_json(409, {"delivered": False,
                                                "reason": "the webhook is inactive"})
            payload = body.get("payload", {})
            text = payload if isinstance(payload, str) else compact_json(payload)
            record = deliver(scope, body["hook"], body["kind"], text)
            if record is None:
                raise ApiError(404, f"no webhook '{body['hook']}' in {body['scopePath']}")
            return self.send_json(200, record)
        if what == "requests" and method == "GET":
            since = int(query_value(query, "since") or 0)
            with STATE.lock:
                return self.send_json(200, [dict(r) for r in STATE.requests[since:]])
        if what == "hooks" and method == "GET":
            with STATE.lock:
                rows = []
                for scope, hooks in STATE.hooks.items():
                    for hook in hooks.values():
                        doc = hook_response(scope, hook)
                        doc["scopePath"] = scope_path(scope)
                        doc["secret"] = hook["secret"]
                        doc["deliveryCount"] = len(hook["deliveries"])
                        rows.append(doc)
            return self.send_json(200, rows)
        raise ApiError(404, f"no control endpoint {method} {path}")


def main():
    global STATE
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    parser.add_argument("--page-size", type=int, default=2,
                        help="stacks and environments per page (default 2, so paging happens)")
    args = parser.parse_args()
    STATE = State(max(1, args.page_size))
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    port = server.server_address[1]
    if args.port_file:
        temporary = args.port_file + ".tmp"
        with open(temporary, "w") as f:
            f.write(f"{port}\n")
        os.replace(temporary, args.port_file)
    sys.stderr.write(f"fake-pulumi-cloud: listening on http://{args.host}:{port}\n")
    sys.stderr.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
