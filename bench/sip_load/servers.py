"""The SIP servers under test (OpenCME, Kamailio 5.6) and the /proc readings of a load step.

Every server runs in its own process group (start_new_session) and temporary folder; stop() ends
exactly that group, on every exit path of the benches.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(BENCH)
KAMAILIO_TEMPLATE = os.path.join(BENCH, "sip_register", "kamailio.cfg")
CLK_TCK = os.sysconf("SC_CLK_TCK")
NCPU = os.cpu_count() or 1
SIP_LINE = re.compile(rb"OpenCME: SIP listening on 127\.0\.0\.1 port (\d+) ")
START_TIMEOUT = 10.0
STOP_TIMEOUT = 5.0


# --- small helpers -------------------------------------------------------------------------------

def log(msg):
    print(msg, flush=True)


def free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def udp_port_bound(port):
    """True when some socket is bound to UDP `port` (a SIPp UAS that is ready to receive)."""
    suffix = ":%04X" % port
    try:
        with open("/proc/net/udp") as f:
            next(f)  # header
            return any(line.split()[1].endswith(suffix) for line in f)
    except (OSError, IndexError, StopIteration):
        return False


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def proc_cpu_ticks(pid):
    """utime + stime of one live process, in clock ticks (0 when it is gone)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


def children_of(pid):
    """Direct children of `pid` (Kamailio's workers are children of its main process)."""
    kids = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                kids.append(int(name))
        except (OSError, IndexError, ValueError):
            pass
    return kids


def machine_busy_ticks():
    """All CPUs' busy time (everything but idle and iowait), in clock ticks."""
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    return sum(values) - values[3] - values[4]


def udp_rcvbuf_errors():
    """Datagrams the kernel dropped because a UDP socket's receive buffer was full (whole
    machine; during a step nearly all UDP traffic here is the step's own)."""
    with open("/proc/net/snmp") as f:
        rows = [line.split() for line in f if line.startswith("Udp:")]
    return int(rows[1][rows[0].index("RcvbufErrors")])


def sip_probe(port, timeout=0.3):
    """True when something answers an OPTIONS on 127.0.0.1:port (any response)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        s.settimeout(timeout)
        lport = s.getsockname()[1]
        msg = ("OPTIONS sip:127.0.0.1:%d SIP/2.0\r\n"
               "Via: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bKprobe%d;rport\r\n"
               "From: <sip:probe@127.0.0.1>;tag=p%d\r\nTo: <sip:127.0.0.1:%d>\r\n"
               "Call-ID: probe-%d@127.0.0.1\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n"
               "Content-Length: 0\r\n\r\n" % (port, lport, lport, lport, port, lport))
        s.sendto(msg.encode(), ("127.0.0.1", port))
        try:
            data = s.recv(65535)
        except socket.timeout:
            return False
        return data.startswith(b"SIP/2.0 ")


# --- servers under test --------------------------------------------------------------------------

class Server:
    """A SIP server process (group) started in its own temporary folder."""

    name = "?"

    def __init__(self, users):
        self.users = users
        self.dir = tempfile.mkdtemp(prefix="bench-sip-")
        self.proc = None
        self.port = None
        # SIPp's local ports, the same for every step against this server: the Contact of each
        # user stays the same, so a step refreshes the bindings instead of adding new ones
        # (OpenCME answers 503 Too many contacts past its per-AOR limit; usrloc grows lists).
        # The calls bench keeps its callers' and callees' ports here too.
        self.client_ports = []

    def pids(self):
        if self.proc is None or self.proc.poll() is not None:
            return []
        return [self.proc.pid] + children_of(self.proc.pid)

    def cpu_ticks(self):
        return sum(proc_cpu_ticks(p) for p in self.pids())

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def _popen(self, argv, cwd):
        self._out = open(os.path.join(self.dir, "stdout"), "w+b")
        self._err = open(os.path.join(self.dir, "stderr"), "w+b")
        # Own session: its process group id is its pid, so stop() ends exactly what we started.
        self.proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=self._out,
                                     stderr=self._err, start_new_session=True)

    def _wait_ready(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            if self.port and sip_probe(self.port):
                return
            time.sleep(0.05)
        raise RuntimeError("%s did not answer on SIP within %.0f s (status %s); stderr: %s"
                           % (self.name, START_TIMEOUT, self.proc.poll(), self.tail("stderr")))

    def tail(self, which, limit=800):
        try:
            with open(os.path.join(self.dir, which), "rb") as f:
                return f.read()[-limit:].decode("utf-8", "replace")
        except OSError:
            return ""

    def stop(self):
        if self.proc is not None:
            pgid = self.proc.pid
            if self.proc.poll() is None:
                try:
                    os.killpg(pgid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
                try:
                    self.proc.wait(timeout=STOP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    pass
            try:  # workers left behind (the group is ours: started with start_new_session)
                os.killpg(pgid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                self.proc.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                pass
            self.proc = None
        for f in (getattr(self, "_out", None), getattr(self, "_err", None)):
            if f is not None:
                f.close()
        if os.environ.get("BENCH_KEEP_TMP") is None:
            shutil.rmtree(self.dir, ignore_errors=True)


def opencme_config(users):
    """voice register global + N dns (numbers 3001..3000+N) and pools (u<N>/p<N>, line 1 on dn
    N), `authenticate register`. INVITEs are not challenged (OpenCME never challenges them)."""
    lines = ["voice service voip", " sip", "  registrar server expires max 3600 min 120",
             "voice register global", " mode cme", " max-dn %d" % users,
             " max-pool %d" % users, " authenticate register"]
    for n in range(1, users + 1):
        lines += ["voice register dn %d" % n, " number %d" % (3000 + n)]
    for n in range(1, users + 1):
        lines += ["voice register pool %d" % n,
                  " id network 10.%d.%d.0 mask 255.255.255.0" % (n >> 8, n & 255),
                  " number 1 dn %d" % n, " username u%d password p%d" % (n, n)]
    lines += ["line vty 0 4", " no login", " privilege level 15", "end"]
    return "\n".join(lines) + "\n"


class OpenCME(Server):
    name = "OpenCME"

    def __init__(self, users, binary):
        super().__init__(users)
        self.binary = binary

    def start(self):
        config = os.path.join(self.dir, "startup-config")
        with open(config, "w") as f:
            f.write(opencme_config(self.users))
        self._popen([self.binary, "--no-console", "--listen", "127.0.0.1", "--vty-port", "0",
                     "--sip-port", "0", "--startup-config", config], self.dir)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and self.port is None and self.proc.poll() is None:
            m = SIP_LINE.search(open(os.path.join(self.dir, "stdout"), "rb").read())
            if m:
                self.port = int(m.group(1))
            else:
                time.sleep(0.02)
        self._wait_ready()
        err = self.tail("stderr")
        if "Invalid input" in err or "%" in err:
            raise RuntimeError("OpenCME rejected part of the startup-config: %s" % err)
        return self


class Kamailio(Server):
    """Kamailio from the kamailio.cfg template (bench/sip_register): a registrar, plus with
    proxy=True (-A WITH_PROXY) the stateful proxy of the calls bench."""

    def __init__(self, users, children, proxy=False):
        super().__init__(users)
        self.children = children
        self.proxy = proxy
        self.name = "Kamailio children=%d" % children

    def start(self):
        self.port = free_udp_port()
        with open(KAMAILIO_TEMPLATE) as f:
            text = f.read()
        for key, value in (("@PORT@", self.port), ("@CHILDREN@", self.children),
                           ("@USERS@", self.users), ("@RUNDIR@", self.dir)):
            text = text.replace(key, str(value))
        cfg = os.path.join(self.dir, "kamailio.cfg")
        with open(cfg, "w") as f:
            f.write(text)
        # Shared memory: 256 MiB for the registrar; the proxy keeps every INVITE and BYE
        # transaction for tm's wait timer (5 s) after its final reply, a few KiB each, so at
        # thousands of calls/s it gets 1 GiB (running out would fail calls for lack of memory).
        argv = ["kamailio", "-DD", "-E", "-f", cfg, "-Y", self.dir,
                "-P", os.path.join(self.dir, "kamailio.pid"),
                "-m", "1024" if self.proxy else "256", "-M", "32"]
        if self.proxy:
            argv += ["-A", "WITH_PROXY"]
        self._popen(argv, self.dir)
        self._wait_ready()
        return self
