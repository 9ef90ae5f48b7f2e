#!/usr/bin/env python3
"""A webhook receiver written with Python's standard library only, for cross-checking the
console's signatures with Python's own hmac. Usage: signature_receiver.py SECRET

Prints the port it listens on (127.0.0.1), then answers each POST with 200 and
{"verified": true} when Pulumi-Webhook-Signature is the hex HMAC-SHA256 of the body keyed with
SECRET, else 401. Stops when its standard input closes."""
import hashlib
import hmac
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

SECRET = sys.argv[1].encode("utf-8")


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
        given = self.headers.get("Pulumi-Webhook-Signature", "")
        ok = hmac.compare_digest(expected, given)
        answer = json.dumps({"verified": ok, "kind": self.headers.get("Pulumi-Webhook-Kind")})
        self.send_response(200 if ok else 401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer.encode())

    def log_message(self, *args):
        pass


server = HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
server.shutdown()
