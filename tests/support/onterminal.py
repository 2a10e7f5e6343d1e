#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Uptrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a command on a real pseudo-terminal and answers its prompts, as a person would.

    onterminal.py [--answer PROMPT REPLY]... -- COMMAND ARGS...

Each PROMPT (a piece of text) is waited for in the command's output, in order, and REPLY
is typed after it with Enter. Prints everything the command wrote on the terminal and
exits with its status; 124 when a prompt did not come within 20 s.
"""
import os
import pty
import select
import sys
import time


def main():
    args = sys.argv[1:]
    answers = []
    while args and args[0] == "--answer":
        answers.append((args[1].encode(), args[2].encode()))
        args = args[3:]
    if not args or args[0] != "--":
        sys.exit("usage: onterminal.py [--answer PROMPT REPLY]... -- COMMAND ARGS...")
    command = args[1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    seen = b""
    pending = list(answers)
    deadline = time.monotonic() + 20
    status = None
    while True:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                break
            seen += chunk
        while pending and pending[0][0] in seen:
            prompt, reply = pending.pop(0)
            # Only what follows this prompt counts for the next one.
            seen = seen[seen.index(prompt) + len(prompt):]
            sys.stdout.buffer.write(b"[prompt] " + prompt + b"\n")
            os.write(fd, reply + b"\n")
            deadline = time.monotonic() + 20
        sys.stdout.buffer.write(chunk if ready else b"")
        done, code = os.waitpid(pid, os.WNOHANG)
        if done:
            status = code
            # Drain what is left.
            try:
                while True:
                    r, _, _ = select.select([fd], [], [], 0.2)
                    if not r:
                        break
                    rest = os.read(fd, 4096)
                    if not rest:
                        break
                    sys.stdout.buffer.write(rest)
            except OSError:
                pass
            break
        if pending and time.monotonic() > deadline:
            os.kill(pid, 9)
            sys.stdout.buffer.write(b"\n[no prompt " + pending[0][0] + b"]\n")
            sys.exit(124)
    if status is None:
        _, status = os.waitpid(pid, 0)
    sys.stdout.flush()
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
