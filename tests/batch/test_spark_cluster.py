"""A real Spark standalone cluster on 127.0.0.1: one master and two workers (one core, 1 GB
each) started from the pinned pyspark's own launch classes, and ``sayso batch --engine spark
--master spark://...`` run against it as a user would.

* the cluster's records equal the local engine's, row for row;
* an executor killed (SIGKILL) in the middle of a job: the job still finishes, every input
  document written exactly once, the counts right.

Needs Java 17+ and pyspark (skipped without them). Every JVM started here is stopped at the end,
whatever happens (the fixture kills their process groups). Logs of the master and the workers
are kept under the test's tmp directory.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import sayso

pytestmark = [
    pytest.mark.spark,
    pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java 17+"),
    pytest.mark.skipif(shutil.which("ps") is None, reason="finds the executors with ps"),
]

pyspark = pytest.importorskip("pyspark")
pq = pytest.importorskip("pyarrow.parquet")

SPARK_HOME = Path(pyspark.__file__).resolve().parent
SRC = Path(sayso.__file__).resolve().parents[1]  # the sayso under test, for the executors
CLI = "import sys; from sayso.cli import main; sys.exit(main())"
# every JVM here: the C1 compiler alone and the serial collector (they start in half the CPU
# time; the work is the Python workers')
JVM_OPTIONS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
START_S = 90.0  # the cluster's start, on a small, busy machine
JOB_S = 240.0  # one `sayso batch` run at most


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    """A running standalone cluster: its master URL, web UI port, JVMs and environment."""

    url: str
    ui_port: int
    env: dict[str, str]
    logs: Path
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def status(self) -> dict[str, object]:
        """The master's state (its web UI's JSON): workers, running applications."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.ui_port}/json/", timeout=5) as r:
            data: dict[str, object] = json.loads(r.read())
        return data

    def alive_workers(self) -> int:
        try:
            workers = self.status().get("workers", [])
        except (OSError, ValueError):  # the UI is not up yet (or serves its HTML page first)
            return 0
        assert isinstance(workers, list)
        return sum(1 for w in workers if w.get("state") == "ALIVE")

    def start(self, main_class: str, *args: str) -> None:
        name = main_class.rsplit(".", 1)[-1].lower() + str(len(self.procs))
        log = (self.logs / f"{name}.log").open("wb")
        self.procs.append(
            subprocess.Popen(
                ["java", "-Xmx256m", *JVM_OPTIONS, "-cp", f"{SPARK_HOME}/jars/*", main_class,
                 *args],
                env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        )  # fmt: skip
        log.close()

    def stop(self) -> None:
        """Kill every JVM started here with its process group (a worker's executors are in
        its group)."""
        executors = executor_pids(self.workers())
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for proc in self.procs:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        for pid in executors:  # one its worker did not take down
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def workers(self) -> list[int]:
        return [p.pid for p in self.procs[1:]]


def executor_pids(parents: list[int]) -> list[int]:
    """The executor JVMs (CoarseGrainedExecutorBackend) that the worker JVMs ``parents``
    started, found with ps."""
    out = subprocess.run(["ps", "-ww", "-eo", "pid=,ppid=,args="], capture_output=True, text=True)
    pids = []
    for line in out.stdout.splitlines():
        pid, ppid, args = line.split(None, 2)
        if int(ppid) in parents and "CoarseGrainedExecutorBackend" in args:
            pids.append(int(pid))
    return pids


def _scala_version() -> str:
    """The Scala version pyspark's jars are built for (``spark-core_2.13-4.0.0.jar``: 2.13)."""
    [core] = SPARK_HOME.glob("jars/spark-core_*.jar")
    return core.name.split("_", 1)[1].split("-", 1)[0]


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    port, ui = _free_port(), _free_port()
    url = f"spark://127.0.0.1:{port}"
    logs = tmp_path / "spark-logs"
    logs.mkdir()
    conf = tmp_path / "spark-conf"  # read by the driver that `sayso batch` starts
    conf.mkdir()
    (conf / "spark-defaults.conf").write_text(
        "".join(f"spark.{who}.extraJavaOptions {' '.join(JVM_OPTIONS)}\n"
                for who in ("driver", "executor"))
    )  # fmt: skip
    env = {
        **os.environ,
        "SPARK_HOME": str(SPARK_HOME),
        # what bin/load-spark-env.sh sets; a worker's launcher needs it to find the jars
        "SPARK_SCALA_VERSION": _scala_version(),
        "SPARK_LOCAL_IP": "127.0.0.1",
        "SPARK_LOCAL_DIRS": str(tmp_path / "spark-local"),
        "SPARK_CONF_DIR": str(conf),
        "PYSPARK_PYTHON": sys.executable,
        "PYTHONPATH": os.pathsep.join([str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])]),
    }
    c = Cluster(url, ui, env, logs)
    try:
        c.start("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", str(port), "--webui-port", str(ui))  # fmt: skip
        for i in range(2):
            work = tmp_path / f"worker{i}"
            c.start("org.apache.spark.deploy.worker.Worker", url, "--host", "127.0.0.1",
                    "--cores", "1", "--memory", "1g", "--work-dir", str(work),
                    "--webui-port", str(_free_port()))  # fmt: skip
        deadline = time.monotonic() + START_S
        while c.alive_workers() < 2:
            dead = [p.args for p in c.procs if p.poll() is not None]
            assert not dead, f"a Spark daemon exited: {dead}; see {logs}"
            assert time.monotonic() < deadline, f"no 2 ALIVE workers after {START_S} s; see {logs}"
            time.sleep(0.5)
        yield c
    finally:
        c.stop()


# -- inputs --------------------------------------------------------------------------------------


def _text(i: int) -> str:
    return (
        f"Report {i}. The finance minister of Ruritania said on Monday that talks with the dock "
        f"workers' union would resume. \"We will not accept cuts,\" union leader Anna Berg told "
        f"reporters in Strelsau. Police arrested {i % 9 + 2} protesters outside parliament, "
        f"officials said. The central bank warned that inflation could reach {i % 7 + 3} percent."
    )


def _jsonl(path: Path, n: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            day = None if i % 5 == 0 else f"2024-05-0{1 + i % 3}"
            row = {"id": f"d{i}", "text": _text(i), "published": day, "outlet": "Wire"}
            fh.write(json.dumps(row) + "\n")
    return path


def _batch(cwd: Path, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CLI, "batch", *args], cwd=cwd, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def _finish(proc: subprocess.Popen[str]) -> str:
    try:
        out, _ = proc.communicate(timeout=JOB_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
        pytest.fail(f"sayso batch ran past {JOB_S} s:\n{out[-3000:]}")
    assert proc.returncode == 0, out[-3000:]
    return out


def _rows(out: Path) -> list[dict[str, object]]:
    """Every record row under ``out/records``, with its partition, ordered by id."""
    rows: list[dict[str, object]] = []
    for f in sorted((out / "records").glob("published=*/*.parquet")):
        part = f.parent.name.partition("=")[2]
        for row in pq.read_table(f).to_pylist():
            rows.append({**row, "published": part})
    return sorted(rows, key=lambda r: str(r["id"]))


# -- the tests -----------------------------------------------------------------------------------


def test_cluster_output_equals_local_and_survives_a_killed_executor(
    cluster: Cluster, tmp_path: Path
) -> None:
    began = time.monotonic()
    inputs = tmp_path / "in"
    inputs.mkdir()
    _jsonl(inputs / "wire.jsonl", 30)
    (inputs / "note.txt").write_text(_text(1000), encoding="utf-8")
    (inputs / "page.html").write_text(
        f"<html><head><title>Dock talks</title></head><body><article><p>{_text(2000)}</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    env = {**cluster.env, "SAYSO_SPARK_CDS": "0"}

    # 1. the cluster's records equal the local engine's, row for row
    local = _finish(_batch(tmp_path, env, str(inputs), "--out", str(tmp_path / "local"),
                           "--engine", "local", "--workers", "1"))  # fmt: skip
    spark = _finish(_batch(tmp_path, env, str(inputs), "--out", str(tmp_path / "spark"),
                           "--engine", "spark", "--master", cluster.url))  # fmt: skip
    assert "32 records written from 3 inputs, 0 failed" in local
    assert "32 records written from 3 inputs, 0 failed" in spark
    want, got = _rows(tmp_path / "local"), _rows(tmp_path / "spark")
    assert len(got) == 32
    assert got == want
    manifest = json.loads((tmp_path / "spark" / "manifest.json").read_text())
    assert manifest["runs"][-1]["engine"] == "spark"
    assert {e["records"] for e in manifest["inputs"].values()} == {30, 1}

    # 2. an executor killed mid-job: the job finishes, every document written once
    n = 400
    big = _jsonl(tmp_path / "big.jsonl", n)
    out = tmp_path / "killed"
    proc = _batch(tmp_path, env, str(big), "--out", str(out), "--engine", "spark",
                  "--master", cluster.url)  # fmt: skip
    try:
        killed = _kill_an_executor_mid_job(cluster, out, proc)
    finally:
        text = _finish(proc)
    assert killed, "the job finished before an executor could be killed"
    assert f"{n} records written from 1 inputs, 0 failed" in text
    assert "Lost executor" in text  # Spark's own log: the kill hit this job
    rows = _rows(out)
    assert sorted(str(r["id"]) for r in rows) == sorted(f"d{i}" for i in range(n))
    assert not (out / "records" / "_temporary").exists()
    manifest = json.loads((out / "manifest.json").read_text())
    assert [e["records"] for e in manifest["inputs"].values()] == [n]
    print(f"cluster test: {time.monotonic() - began:.1f} s")


def _kill_an_executor_mid_job(
    cluster: Cluster, out: Path, proc: subprocess.Popen[str]
) -> int | None:
    """Wait until a task of the job has committed its output, then SIGKILL one executor JVM
    (found with ps); its pid, or None when the job ended first."""
    deadline = time.monotonic() + JOB_S
    temporary = out / "records" / "_temporary"
    while proc.poll() is None and time.monotonic() < deadline:
        committed = list(temporary.glob("*/task_*")) if temporary.is_dir() else []
        pids = executor_pids(cluster.workers())
        if committed and pids:
            os.kill(pids[0], signal.SIGKILL)
            return pids[0]
        time.sleep(0.1)
    return None
