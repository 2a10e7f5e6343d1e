#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Uptrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small authoritative DNS server for the DNS check's tests: UDP on ADDRESS:53 (root,
or inside a network namespace of its own), answering a fixed zone under uptrack.test.

    dnsserver.py ADDRESS       prints "ready" once it listens

Names (every other name under uptrack.test: NXDOMAIN):
    www       A 192.0.2.10, 192.0.2.11; AAAA 2001:db8::10
    uptrack.test  MX 10 mail.uptrack.test, 20 backup.uptrack.test;
                  TXT "v=spf1 -all" and one record in two strings ("part one, " "part two")
    alias     CNAME www.uptrack.test (an A query gets the CNAME and www's addresses)
    empty     TXT only: an A query has no answer (NOERROR, no data)
    slow      never answered
    servfail  SERVFAIL
    refused   REFUSED
    garbage   a reply cut in the middle of its answer
Each query's name and type is printed as "query NAME TYPE", for the test to read."""
import socket
import struct
import sys

A, CNAME, MX, TXT, AAAA = 1, 5, 15, 16, 28
TYPES = {A: "A", CNAME: "CNAME", MX: "MX", TXT: "TXT", AAAA: "AAAA"}


def name_bytes(name):
    out = b""
    for label in name.rstrip(".").split("."):
        out += bytes([len(label)]) + label.encode()
    return out + b"\0"


def txt(*strings):
    return b"".join(bytes([len(s)]) + s.encode() for s in strings)


ZONE = {
    "www.uptrack.test": {
        A: [socket.inet_pton(socket.AF_INET, "192.0.2.10"),
            socket.inet_pton(socket.AF_INET, "192.0.2.11")],
        AAAA: [socket.inet_pton(socket.AF_INET6, "2001:db8::10")],
    },
    "uptrack.test": {
        MX: [struct.pack("!H", 10) + name_bytes("mail.uptrack.test"),
             struct.pack("!H", 20) + name_bytes("backup.uptrack.test")],
        TXT: [txt("v=spf1 -all"), txt("part one, ", "part two")],
    },
    "empty.uptrack.test": {TXT: [txt("nothing else here")]},
}
ALIASES = {"alias.uptrack.test": "www.uptrack.test"}


def parse_question(data):
    pos, labels = 12, []
    while True:
        if pos >= len(data):
            raise ValueError("truncated name")
        n = data[pos]
        pos += 1
        if n == 0:
            break
        if n > 63:
            raise ValueError("compressed or bad label in a question")
        labels.append(data[pos:pos + n].decode("ascii", "replace"))
        pos += n
    qtype, qclass = struct.unpack("!HH", data[pos:pos + 4])
    return ".".join(labels).lower(), qtype, qclass, pos + 4


def record(name, rtype, rdata):
    return name_bytes(name) + struct.pack("!HHIH", rtype, 1, 60, len(rdata)) + rdata


def answer(data):
    qid, flags = struct.unpack("!HH", data[:4])
    name, qtype, _, end = parse_question(data)
    question = data[12:end]
    print("query", name, TYPES.get(qtype, qtype), flush=True)
    rcode, answers = 0, []
    if name.startswith("slow."):
        return None
    if name.startswith("servfail."):
        rcode = 2
    elif name.startswith("refused."):
        rcode = 5
    elif name in ALIASES:
        target = ALIASES[name]
        answers.append(record(name, CNAME, name_bytes(target)))
        if qtype != CNAME:
            answers += [record(target, qtype, r) for r in ZONE[target].get(qtype, [])]
    elif name in ZONE or name.startswith("garbage."):
        answers = [record(name, qtype, r) for r in ZONE.get(name, {}).get(qtype, [])]
    else:
        rcode = 3  # NXDOMAIN
    header = struct.pack("!HHHHHH", qid, 0x8400 | (flags & 0x0100) | rcode, 1, len(answers), 0, 0)
    reply = header + question + b"".join(answers)
    if name.startswith("garbage."):
        # Claims two answers, and stops in the middle of the first.
        header = struct.pack("!HHHHHH", qid, 0x8400, 1, 2, 0, 0)
        reply = header + question + name_bytes(name) + struct.pack("!HH", A, 1) + b"\x00\x00"
    return reply


def main():
    sock = socket.socket(socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET,
                         socket.SOCK_DGRAM)
    sock.bind((sys.argv[1], 53))
    print("ready", flush=True)
    while True:
        data, peer = sock.recvfrom(4096)
        try:
            reply = answer(data)
        except (ValueError, struct.error) as e:
            print("bad query:", e, flush=True)
            continue
        if reply is not None:
            sock.sendto(reply, peer)


if __name__ == "__main__":
    main()
