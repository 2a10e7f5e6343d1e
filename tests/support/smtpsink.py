#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Uptrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server for tests: STARTTLS required, login required, every message
appended as a JSON line. Usage: smtpsink.py PORT CERT KEY OUTFILE USER PASSWORD"""
import json
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

port, cert, key, outfile, user, password = sys.argv[1:7]


class Handler:
    async def handle_DATA(self, server, session, envelope):
        with open(outfile, "a", encoding="utf-8") as f:
            f.write(json.dumps({
                "mail_from": envelope.mail_from,
                "rcpt_tos": envelope.rcpt_tos,
                "tls": session.ssl is not None,
                "login": session.auth_data.decode() if isinstance(session.auth_data, bytes) else str(session.auth_data),
                "content": envelope.original_content.decode("utf-8", "replace"),
            }) + "\n")
        return "250 2.0.0 Message accepted for delivery"


def authenticator(server, session, envelope, mechanism, auth_data):
    if (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode()
            and auth_data.password == password.encode()):
        return AuthResult(success=True, auth_data=auth_data.login)
    return AuthResult(success=False, handled=False)


context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)
controller = Controller(Handler(), hostname="127.0.0.1", port=int(port), tls_context=context,
                        require_starttls=True, authenticator=authenticator, auth_required=True,
                        auth_require_tls=True)
controller.start()
print("ready", flush=True)
try:
    while True:
        time.sleep(3600)
except KeyboardInterrupt:
    pass
finally:
    controller.stop()
