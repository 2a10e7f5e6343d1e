#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Uptrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A web server for the uptime-check tests, on loopback.

  checkserver.py PORT [CERT KEY]     (with CERT and KEY: HTTPS)

/ok 200 with "all systems nominal"; /fail 503; /slow answers after 3 s; /hang never
answers; /redirect-same 301 to /ok; /redirect-other 302 to the same server by the name
"localhost"; /header 200 only with X-Check-Token equal to $CHECKSERVER_TOKEN ("s3cret");
/hook/... 404 echoing the path. Prints "ready" once listening.
"""
import http.server
import os
import ssl
import sys
import time


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, code, body=b"", headers=()):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        self.do_GET()

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        port = self.server.server_address[1]
        scheme = "https" if isinstance(self.connection, ssl.SSLSocket) else "http"
        path = self.path.split("?")[0]
        if path == "/ok":
            self.send(200, b"<html><body>all systems nominal</body></html>")
        elif path == "/fail":
            self.send(503, b"maintenance")
        elif path == "/slow":
            time.sleep(3)
            self.send(200, b"slow but fine")
        elif path == "/hang":
            time.sleep(60)
        elif path == "/redirect-same":
            self.send(301, headers=[("Location", "/ok")])
        elif path == "/redirect-other":
            self.send(302, headers=[("Location", f"{scheme}://localhost:{port}/ok")])
        elif path.startswith("/hook/"):
            # A careless server that echoes the (secret) webhook path in its error.
            self.send(404, f"no such hook: {self.path}".encode())
        elif path == "/header":
            token = self.headers.get("X-Check-Token", "")
            expected = os.environ.get("CHECKSERVER_TOKEN", "s3cret")
            self.send(200 if token == expected else 401, b"token checked")
        else:
            self.send(404, b"not found")


def main():
    port = int(sys.argv[1])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    if len(sys.argv) == 4:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[2], sys.argv[3])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
