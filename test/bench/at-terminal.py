"""
Times a command the way a person at a terminal meets it, for test/bench/run.mjs: the command runs
in a real pseudo-terminal, and this harness sleeps in select() until the terminal receives output,
so it takes no processor time from the command it measures (a loop that polls a screen does, on a
machine with few cores).

    python3 at-terminal.py SPEC_JSON

SPEC: {"argv": [...], "env": {...}, "until": "a regular expression the screen text will match",
       "keys": ["a", "l", ...], "pause": 0.15, "settle": 0.08, "columns": 120, "rows": 30}

Prints JSON: {"ready": ms from start until the screen matched `until`,
              "cpu": ms of processor time the command had used by then (all its threads),
              "keys": [ms from each key's write until its redraw settled, ...]}.
A key's redraw has settled when the terminal has received nothing more for `settle` seconds; its
latency ends at the last byte of that redraw (the quiet wait itself is not counted). At the end
the harness presses Ctrl-C, as a person leaving the question would, and waits for the command to
end (so that it may keep its code cache, as after any cancelled run).
"""
import fcntl
import glob
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]")


def main():
    spec = json.loads(sys.argv[1])
    until = re.compile(spec["until"].encode())
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(spec["argv"][0], spec["argv"], spec["env"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", spec.get("rows", 30), spec.get("columns", 120), 0, 0))
    try:
        seen = b""
        deadline = start + 10
        while not until.search(ESCAPES.sub(b"", seen)):
            chunk = read_within(fd, deadline - time.monotonic())
            if chunk is None:
                raise SystemExit(f"no {spec['until']!r} on screen: {ESCAPES.sub(b'', seen)[-300:]!r}")
            seen += chunk
        ready = (time.monotonic() - start) * 1000
        cpu = cpu_ms(pid)
        latencies = []
        settle = spec.get("settle", 0.08)
        for key in spec.get("keys", []):
            # Whatever the last redraw still had to say goes before the next key is timed.
            while read_within(fd, settle) is not None:
                pass
            time.sleep(spec.get("pause", 0.15))
            sent = time.monotonic()
            os.write(fd, key.encode())
            # The redraw may be slow to begin (that is what is measured); then it has settled once
            # the terminal stays quiet for `settle`.
            if read_within(fd, 10) is None:
                raise SystemExit(f"no redraw after key {key!r}")
            last = time.monotonic()
            while read_within(fd, settle) is not None:
                last = time.monotonic()
            latencies.append((last - sent) * 1000)
        os.write(fd, b"\x03")
        end = time.monotonic() + 5
        while read_within(fd, end - time.monotonic()) is not None:
            pass
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
    print(json.dumps({"ready": ready, "cpu": cpu, "keys": latencies}))


def read_within(fd, seconds):
    """What the terminal says within that time; None when it says nothing, or the command ended."""
    if seconds <= 0 or not select.select([fd], [], [], seconds)[0]:
        return None
    try:
        return os.read(fd, 65536)
    except OSError:  # The command ended: Linux reports EIO on the terminal's other side.
        return None


def cpu_ms(pid):
    """Processor time of every thread of the process so far, from the kernel's own count in ns."""
    total = 0
    for stat in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            with open(stat) as f:
                total += int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return total / 1e6


if __name__ == "__main__":
    main()
