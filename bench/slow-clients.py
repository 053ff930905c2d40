#!/usr/bin/env python3
"""Slow clients for bench/slow-clients.sh: opens COUNT connections to 127.0.0.1:PORT, sends
each the start of a request (request line and part of the headers), then one more header byte
every INTERVAL seconds, never finishing the head. Runs for at most SECONDS, then closes them
all. A connection the server drops is opened again. Prints, every few seconds, how many
connections are open and how many the server closed, and at the end how long the server let
a trickling connection live (the head deadline).

    python3 bench/slow-clients.py PORT COUNT SECONDS [INTERVAL]
"""

import asyncio
import sys
import time

PORT = int(sys.argv[1])
COUNT = int(sys.argv[2])
SECONDS = float(sys.argv[3])
INTERVAL = float(sys.argv[4]) if len(sys.argv) > 4 else 3.0

HEAD = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow-clients\r\nX-Slow: "

stats = {"open": 0, "opened": 0, "refused": 0, "closed_by_server": 0, "lifetimes": []}


async def trickle(deadline):
    """Keeps one slow connection open until the deadline, opening a new one whenever the
    server drops it, as an attacker would."""
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", PORT), 10)
        except (OSError, asyncio.TimeoutError):
            stats["refused"] += 1
            await asyncio.sleep(1)
            continue
        stats["open"] += 1
        stats["opened"] += 1
        try:
            writer.write(HEAD)
            await writer.drain()
            while time.monotonic() < deadline:
                try:
                    # The server closing (EOF or an answer) ends the wait early.
                    await asyncio.wait_for(reader.read(1024), INTERVAL)
                    stats["closed_by_server"] += 1
                    stats["lifetimes"].append(time.monotonic() - started)
                    break
                except asyncio.TimeoutError:
                    pass
                writer.write(b"a")
                await writer.drain()
        except OSError:
            stats["closed_by_server"] += 1
            stats["lifetimes"].append(time.monotonic() - started)
        finally:
            stats["open"] -= 1
            writer.close()


async def main():
    deadline = time.monotonic() + SECONDS
    tasks = []
    # Open them quickly but not all in one burst: 500 at a time.
    for i in range(COUNT):
        tasks.append(asyncio.create_task(trickle(deadline)))
        if i % 500 == 499:
            await asyncio.sleep(0.2)

    async def report():
        while True:
            await asyncio.sleep(5)
            print(f"slow clients: open {stats['open']}, opened {stats['opened']}, refused {stats['refused']}, "
                  f"closed by the server {stats['closed_by_server']}", flush=True)

    reporter = asyncio.create_task(report())
    await asyncio.gather(*tasks)
    reporter.cancel()
    lifetimes = sorted(stats["lifetimes"])
    if lifetimes:
        print(f"server-closed connections lived {lifetimes[0]:.1f}-{lifetimes[-1]:.1f} s "
              f"(median {lifetimes[len(lifetimes) // 2]:.1f} s)")
    print(f"slow clients done: opened {stats['opened']}, refused {stats['refused']}, "
          f"closed by the server {stats['closed_by_server']}", flush=True)


asyncio.run(main())
