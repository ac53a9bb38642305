#!/usr/bin/env python3
"""Launch to first screen on a bare pseudo-terminal, without tmux: for comparing builds.

scripts/perf/less-vs-marginalia.sh measures inside tmux, as the issue asks, and that adds some
6 ms of tmux and polling to every run, with a spread of several milliseconds. This script starts
each program on a pty of 100x30 (fork, exec), reads the pty until the first screen's marker line
appears and reports the median time from fork to marker over many interleaved runs, so that a
change of 0.2 ms in marginalia's start-up shows.

    scripts/perf/pty-first-screen.py [--runs 100] [--size 20m] [PROGRAM ...]

PROGRAMs default to .build/release/marginalia and less. The article is `marginalia bench text
SIZE`; HOME is a temporary folder shared by all runs, and each program first runs once and quits
with q, so later runs find what a second start finds (library state).
"""
import argparse
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import tempfile
import termios
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def start(argv, env):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 30, 100, 0, 0))
        os.execve(argv[0], argv, env)
    return pid, fd


def read_until(fd, marker, timeout=10.0):
    """Reads the pty until `marker` arrived; returns whether it did."""
    seen = b''
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        seen += chunk
        if marker in seen:
            return True
    return False


def timed_run(argv, env, marker):
    begin = time.perf_counter_ns()
    pid, fd = start(argv, env)
    found = read_until(fd, marker)
    elapsed = (time.perf_counter_ns() - begin) / 1e6
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed if found else None


def warm_up(argv, env, marker):
    """One run that quits with q, so the program saves what it saves on the way out."""
    pid, fd = start(argv, env)
    read_until(fd, marker)
    time.sleep(0.3)
    os.write(fd, b'q')
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        try:
            select.select([fd], [], [], 0.1)
            os.read(fd, 65536)
        except OSError:
            pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--runs', type=int, default=100)
    parser.add_argument('--size', default='20m')
    parser.add_argument('programs', nargs='*')
    args = parser.parse_args()
    marginalia = os.path.join(REPO, '.build', 'release', 'marginalia')
    programs = args.programs or [marginalia, shutil.which('less') or '/usr/bin/less']
    work = tempfile.mkdtemp(prefix='marginalia-pty-')
    try:
        article = os.path.join(work, 'article.txt')
        with open(article, 'wb') as out:
            subprocess.run([marginalia, 'bench', 'text', args.size], stdout=out, check=True)
        with open(article, 'rb') as f:
            first = next(line for line in f.read(65536).split(b'\n') if line.strip())
        marker = first[:20]
        env = {'PATH': '/usr/bin:/bin', 'TERM': 'tmux-256color', 'LANG': 'C.UTF-8',
               'HOME': os.path.join(work, 'home'), 'LESS': '', 'LESSHISTFILE': '-'}
        os.makedirs(env['HOME'])
        for program in programs:
            warm_up([program, article], env, marker)
        times = {program: [] for program in programs}
        for _ in range(args.runs):
            for program in programs:
                elapsed = timed_run([program, article], env, marker)
                if elapsed is not None:
                    times[program].append(elapsed)
        print(f'launch to first screen on a 100x30 pty, {args.size} article, {args.runs} interleaved runs:')
        for program, values in times.items():
            if len(values) < 4:
                print(f'  {program}: the marker did not appear')
                continue
            q = statistics.quantiles(values, n=4)
            print(f'  {os.path.basename(program):12} median {statistics.median(values):.2f} ms '
                  f'(quartiles {q[0]:.2f} to {q[2]:.2f})')
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
