#!/usr/bin/python3
"""End-to-end: netmiko's cisco_ios_telnet driver (Debian's python3-netmiko 2.4.2, telnetlib
underneath) against the opencme vty server, the way automation scripts manage an IOS router.

usage: /usr/bin/python3 netmiko_test.py PATH/TO/opencme
"""

import os
import re
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import warnings  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)  # telnetlib on Python 3.11

from netmiko import ConnectHandler  # noqa: E402
from netmiko.ssh_exception import NetMikoAuthenticationException  # noqa: E402

from vty_harness import (RawTelnet, Router, Suite, check, find_binary, passed,  # noqa: E402
                         show_bytes)

CONFIG = """\
hostname R1
!
enable secret s3cret
!
username oper secret operpw
username admin privilege 15 secret adminpw
!
ephone-dn 1
 number 2001
!
line vty 0 4
 login local
!
end
"""

CME_BLOCK = [
    "ephone-dn 7",
    " number 2007",
    " name Front Desk",
    "ephone-dn 8",
    " number 2008",
    " label Lobby",
    "ephone 7",
    " mac-address 0011.2233.4457",
    " button 1:7 2:8",
]


def connect(port, username, password, secret="", fast_cli=True):
    """netmiko's telnet driver; fast_cli cuts its fixed pauses (default pacing takes ~10 s)."""
    return ConnectHandler(device_type="cisco_ios_telnet", host="127.0.0.1", port=port,
                          username=username, password=password, secret=secret, timeout=10,
                          fast_cli=fast_cli)


def lines_in_use(port):
    """show users through a raw session with admin: the rows of lines in use."""
    c = RawTelnet(port)
    try:
        c.read_until(b"Username: ")
        c.line("admin")
        c.read_until(b"Password: ")
        c.line("adminpw")
        c.read_until(b"R1#")
        out = c.command("show users", b"R1#")
        c.line("exit")
        c.wait_closed()
        return [l for l in out.split(b"\r\n") if re.match(rb"[ *] +\d+ vty", l)]
    finally:
        c.close()


def case_manage_cme(binary):
    with Router(binary, CONFIG) as r:
        t0 = time.monotonic()
        conn = connect(r.port, "oper", "operpw", "s3cret")
        passed("ConnectHandler(cisco_ios_telnet) logged in as oper in %.2f s"
               % (time.monotonic() - t0))
        try:
            prompt = conn.find_prompt()
            check(prompt == "R1>", "find_prompt() = %r, expected 'R1>'" % prompt)
            passed("find_prompt() = 'R1>'")
            out = conn.send_command("show terminal")
            check("Length: 0 lines, Width: 511 columns" in out,
                  "netmiko's 'terminal length 0' / 'terminal width 511' not in effect: %r" % out)
            passed("session preparation: terminal length 0, terminal width 511 in effect")
            conn.enable()
            check(conn.check_enable_mode(), "enable() did not reach privileged EXEC")
            prompt = conn.find_prompt()
            check(prompt == "R1#", "after enable(), find_prompt() = %r" % prompt)
            passed("enable() with the enable secret: find_prompt() = 'R1#'")
            out = conn.send_config_set(CME_BLOCK)
            check("%" not in out, "send_config_set reported an error: %r" % out)
            check("R1(config-ephone-dn)#" in out and "R1(config-ephone)#" in out,
                  "send_config_set output lacks the ephone-dn/ephone prompts: %r" % out)
            check(not conn.check_config_mode(), "still in configuration mode after send_config_set")
            passed("send_config_set(%d lines of ephone-dn/ephone) without errors, back in EXEC"
                   % len(CME_BLOCK))
            run = conn.send_command("show running-config")
            for needle in ("ephone-dn  7\n number 2007\n name Front Desk\n",
                           "ephone-dn  8\n number 2008\n label Lobby\n",
                           "ephone  7\n mac-address 0011.2233.4457\n",
                           " button  1:7 2:8\n",
                           "ephone-dn  1\n number 2001\n"):
                check(needle in run, "show running-config lacks %r:\n%s" % (needle, run))
            check(run.rstrip().endswith("\nend"), "show running-config does not end with 'end'")
            check("--More--" not in run, "paging was not off: %r" % run[-200:])
            passed("send_command('show running-config') contains the new CME block, whole")
            ver = conn.send_command("show version")
            check(ver.startswith("OpenCME Software"), "show version: %r" % ver[:200])
            passed("send_command('show version')")
            users = conn.send_command("show users")
            check(re.search(r"^\*  2 vty 0     oper       idle +00:00:0\d 127\.0\.0\.1$", users,
                            re.M), "show users: %r" % users)
            passed("send_command('show users') lists '*  2 vty 0     oper ...'")
            out = conn.send_command("show privilege")
            check(out.strip() == "Current privilege level is 15", "show privilege: %r" % out)
            conn.exit_enable_mode()
            check(conn.find_prompt() == "R1>", "exit_enable_mode: %r" % conn.find_prompt())
            passed("exit_enable_mode(): R1>")
        finally:
            conn.disconnect()
        passed("disconnect()")
        # The vty line is released once netmiko has gone (bounded polling).
        deadline = time.monotonic() + 5
        while True:
            rows = lines_in_use(r.port)
            if len(rows) == 1 or time.monotonic() > deadline:
                break
        check(len(rows) == 1 and rows[0].startswith(b"*"),
              "after disconnect() other lines are still in use: %s" % show_bytes(b"\n".join(rows)))
        passed("after disconnect() the line is free (show users lists only the checker)")


def case_privileged_user(binary):
    with Router(binary, CONFIG) as r:
        conn = connect(r.port, "admin", "adminpw")
        try:
            check(conn.find_prompt() == "R1#", "admin prompt %r" % conn.find_prompt())
            check(conn.check_enable_mode(), "admin is not in enable mode")
            passed("a privilege-15 user lands at R1# (enable() not needed)")
            out = conn.send_config_set(["hostname Branch9"])
            check("%" not in out, "hostname: %r" % out)
            conn.set_base_prompt()
            check(conn.find_prompt() == "Branch9#", "prompt after hostname: %r"
                  % conn.find_prompt())
            passed("send_config_set(['hostname Branch9']): find_prompt() = 'Branch9#'")
        finally:
            conn.disconnect()


def case_default_pacing(binary):
    """netmiko's default (slow, fixed-delay) login path, as most scripts use it."""
    with Router(binary, CONFIG) as r:
        t0 = time.monotonic()
        conn = connect(r.port, "admin", "adminpw", fast_cli=False)
        try:
            check(conn.find_prompt() == "R1#", "prompt %r" % conn.find_prompt())
            out = conn.send_command("show running-config | include ephone-dn")
            check(out.strip() == "ephone-dn  1", "show running-config | include: %r" % out)
            passed("default pacing: logged in, find_prompt() = 'R1#', a filtered show (%.1f s)"
                   % (time.monotonic() - t0))
        finally:
            conn.disconnect()


def case_bad_password(binary):
    with Router(binary, CONFIG) as r:
        t0 = time.monotonic()
        try:
            conn = connect(r.port, "oper", "wrong")
        except NetMikoAuthenticationException as e:
            passed("a wrong password raises NetMikoAuthenticationException (%.1f s): %s"
                   % (time.monotonic() - t0, e))
        else:
            conn.disconnect()
            check(False, "a wrong password logged in")


def main():
    binary = find_binary(sys.argv)
    suite = Suite("netmiko_test")
    suite.run("netmiko: enable, send_config_set, show running-config", case_manage_cme, binary)
    suite.run("netmiko: privilege 15 user, hostname change", case_privileged_user, binary)
    suite.run("netmiko: wrong password", case_bad_password, binary)
    suite.run("netmiko: default pacing", case_default_pacing, binary)
    suite.finish()


if __name__ == "__main__":
    main()
