"""Benchmark `newstrace serve`: throughput and latency of POST /compare under a bounded load.

    python benchmarks/serve.py [--clients 50] [--requests 2000] [--pairs 100] [--workers 2]
                               [--cold-clients 4] [--warmup 6] [--basil PATH] [--max-seconds 1200]

Indexes BASIL into a temporary index, starts `newstrace serve` on it (a subprocess, on a free
loopback port), and sends the load from this process (asyncio, one keep-alive HTTP/1.1
connection per client; `--client httpx` sends it through httpx instead): `--clients` clients send requests back to back, each the two texts
(and outlets and dates) of one of the first `--pairs` ordered pairs of BASIL articles about
the same event.  Phases, each reported:

- cold: one pass over the pairs from `--cold-clients` clients; every article is new to the
  server, so each comparison encodes its sentences (MiniLM) in the worker that gets it (with
  50 clients these ~1.5 s encodings would only queue behind each other);
- warm-up: `--warmup` more passes, so that each worker process has nearly every article
  cached (a request goes to whichever worker is free, so a few may still be cold after);
- warm: `--requests` requests cycling over the pairs: the number to quote.

Every request is bounded (60 s timeout in the warm phase, 600 s before it) and so is the
whole run (`--max-seconds`); only loopback is ever contacted.  Errors are non-200 answers,
answers without a verdict, and transport failures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASIL = ROOT.parent / "shared" / "data" / "basil" / "articles.jsonl"
JSON = {"Content-Type": "application/json"}


def basil_bodies(path: Path, count: int) -> list[bytes]:
    """Request bodies for the first ``count`` ordered same-event pairs of BASIL."""
    events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        events[record["event"]].append(
            {
                "text": record["text"],
                "id": record["id"],
                "outlet": record["outlet"],
                "published": record["date"],
            }
        )
    pairs = [pair for group in events.values() for pair in permutations(group, 2)][:count]
    return [json.dumps({"a": a, "b": b}).encode() for a, b in pairs]


@dataclass
class Phase:
    name: str
    clients: int
    timeout: float = 60.0
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    client_cpu: float = 0.0  # CPU seconds this load generator spent on the phase

    @property
    def requests(self) -> int:
        return len(self.latencies) + sum(self.errors.values())

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]

    def row(self) -> str:
        rate = self.requests / self.seconds if self.seconds else 0.0
        errors = sum(self.errors.values())
        detail = f" ({', '.join(f'{k}: {v}' for k, v in self.errors.items())})" if errors else ""
        return (
            f"| {self.name} | {self.clients} | {self.requests:,} | {self.seconds:.1f} | "
            f"{rate:.1f} | {self.percentile(0.5):.3f} | {self.percentile(0.99):.3f} | "
            f"{max(self.latencies, default=float('nan')):.3f} | "
            f"{1000 * self.client_cpu / max(1, self.requests):.1f} | {errors}{detail} |"
        )


class Connection:
    """One keep-alive HTTP/1.1 connection that POSTs JSON and reads answers with a
    Content-Length (uvicorn's, for every route here).

    Written by hand, not httpx: the load generator shares the two cores with the server,
    and httpx spent 5.2 ms of them a request against 0.5 ms for this (the table's
    "client CPU" column; ``--client httpx`` to compare): its 50 clients then took a
    quarter of a core from the server and stretched the p99 from 1.2 s to 2.9 s."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def post(self, path: str, body: bytes) -> tuple[int, bytes]:
        if self._streams is None:
            self._streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._streams
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        try:
            writer.write(head.encode("ascii") + body)
            await writer.drain()
            status_line, *lines = (
                (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
            )
            fields = {
                name.strip().lower(): value.strip()
                for name, _, value in (line.partition(":") for line in lines if ":" in line)
            }
            content = await reader.readexactly(int(fields["content-length"]))
        except BaseException:
            self.close()  # a broken or cancelled exchange: the next request reconnects
            raise
        if fields.get("connection", "").lower() == "close":
            self.close()
        return int(status_line.split()[1]), content

    def close(self) -> None:
        if self._streams is not None:
            self._streams[1].close()
            self._streams = None


async def _send(
    client: httpx.AsyncClient | Connection, body: bytes, phase: Phase, deadline: float
) -> None:
    if time.monotonic() > deadline:
        phase.errors["not sent: --max-seconds"] += 1
        return
    start = time.perf_counter()
    try:
        if isinstance(client, Connection):
            status, content = await asyncio.wait_for(
                client.post("/compare", body), timeout=phase.timeout
            )
        else:
            response = await client.post(
                "/compare", content=body, headers=JSON, timeout=phase.timeout
            )
            status, content = response.status_code, response.content
    except (httpx.HTTPError, OSError, asyncio.IncompleteReadError, KeyError, ValueError) as error:
        phase.errors[type(error).__name__] += 1
        return
    except TimeoutError:
        phase.errors["timeout"] += 1
        return
    if status != 200:
        phase.errors[f"HTTP {status}"] += 1
    elif b'"verdict"' not in content:
        phase.errors["no verdict"] += 1
    else:
        phase.latencies.append(time.perf_counter() - start)


async def run_phase(
    client: httpx.AsyncClient | None,
    url: str,
    bodies: list[bytes],
    total: int,
    phase: Phase,
    deadline: float,
) -> Phase:
    """``total`` requests cycling over ``bodies``, from ``phase.clients`` concurrent clients
    (through ``client``, or each on its own hand-written connection when it is None)."""
    order = iter(range(total))
    address = httpx.URL(url)

    async def one_client() -> None:
        mine = client or Connection(address.host, address.port or 80)
        try:
            for k in order:  # a shared iterator: each request is taken by exactly one client
                await _send(mine, bodies[k % len(bodies)], phase, deadline)
        finally:
            if isinstance(mine, Connection):
                mine.close()

    start, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(one_client() for _ in range(phase.clients)))
    phase.seconds = time.perf_counter() - start
    phase.client_cpu = time.process_time() - cpu
    return phase


async def load(url: str, bodies: list[bytes], args: argparse.Namespace) -> list[Phase]:
    deadline = time.monotonic() + args.max_seconds
    limits = httpx.Limits(max_connections=args.clients, max_keepalive_connections=args.clients)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as pool:
        client = pool if args.client == "httpx" else None
        cold = Phase("cold", args.cold_clients, timeout=600)
        phases = [await run_phase(client, url, bodies, len(bodies), cold, deadline)]
        if args.warmup:
            warmup = Phase(f"warm-up ({args.warmup} passes)", args.clients, timeout=600)
            total = args.warmup * len(bodies)
            phases.append(await run_phase(client, url, bodies, total, warmup, deadline))
        warm = Phase("warm", args.clients)
        phases.append(await run_phase(client, url, bodies, args.requests, warm, deadline))
    return phases


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, workers: int, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "newstrace", "serve", "--db", str(db)]
    command += ["--port", str(port), "--workers", str(workers)]
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"the server exited:\n{log.read_text()}")
        try:
            if httpx.get(url + "/status", timeout=5).status_code == 200:
                time.sleep(2 * workers)  # let every worker finish loading the model
                return process, url
        except httpx.TransportError:
            time.sleep(0.3)
    process.terminate()
    sys.exit(f"the server did not start:\n{log.read_text()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000, help="requests of the warm phase")
    parser.add_argument("--pairs", type=int, default=100, help="distinct BASIL pairs sent")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--cold-clients", type=int, default=4, help="clients of the cold pass")
    parser.add_argument("--warmup", type=int, default=6, help="warm-up passes over the pairs")
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL)
    parser.add_argument(
        "--client", choices=["raw", "httpx"], default="raw", help="how the load is sent"
    )
    parser.add_argument("--max-seconds", type=float, default=1200, help="bound on the whole load")
    args = parser.parse_args()
    bodies = basil_bodies(args.basil, args.pairs)
    with tempfile.TemporaryDirectory(prefix="newstrace-serve-bench-") as folder:
        db, log = Path(folder) / "basil.db", Path(folder) / "server.log"
        subprocess.run(
            [sys.executable, "-m", "newstrace", "index", str(args.basil), "--db", str(db)],
            check=True,
            capture_output=True,
        )
        process, url = start_server(db, args.workers, log)
        load_before = os.getloadavg()
        try:
            phases = asyncio.run(load(url, bodies, args))
            healthy = httpx.get(url + "/status", timeout=10).status_code == 200
        finally:
            process.terminate()
            process.wait(timeout=60)
        load_after = os.getloadavg()
    print(
        f"POST /compare, {len(bodies)} distinct BASIL pairs, {args.workers} workers on "
        f"{os.cpu_count()} cores, {args.client} client; "
        f"load average {load_before[0]:.1f} before the load, "
        f"{load_after[0]:.1f} after; server healthy after it: {healthy}\n"
    )
    print(
        "| phase | clients | requests | seconds | requests/s | p50 s | p99 s | max s "
        "| client CPU ms/request | errors |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for phase in phases:
        print(phase.row())


if __name__ == "__main__":
    main()
