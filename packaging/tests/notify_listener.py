#!/usr/bin/env python3
"""Stands in for systemd's notify socket: prints each sd_notify message and
exits 0 once READY=1 and a WATCHDOG=1 have arrived (1 if not within the time)."""
import os, socket, sys, time

path, timeout = sys.argv[1], float(sys.argv[2])
if os.path.exists(path):
    os.unlink(path)
sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.bind(path)
os.chmod(path, 0o666)
seen = set()
deadline = time.time() + timeout
while time.time() < deadline and not {"READY=1", "WATCHDOG=1"} <= seen:
    sock.settimeout(max(0.1, deadline - time.time()))
    try:
        message = sock.recv(4096).decode()
    except socket.timeout:
        break
    for line in message.split("\n"):
        if line:
            print("notify:", line, flush=True)
            seen.add(line)
sys.exit(0 if {"READY=1", "WATCHDOG=1"} <= seen else 1)
