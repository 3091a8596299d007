#!/usr/bin/python3
"""End-to-end: Debian's telnet client (/usr/bin/telnet, driven by pexpect) against the opencme vty
server, as a person at a terminal would use it, the login side: option negotiation, line
password and login local, enable, a change seen by a second session, ? help and Tab. Each case
starts its own router. The client and the login dialogues are in telnet_session.py; the line
side (paging, timeouts, monitor, limits) is in telnet_lines_test.py.

usage: /usr/bin/python3 telnet_client_test.py PATH/TO/opencme
"""

import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from telnet_session import (BANNER, LINE_PASSWORD_CONFIG, LOCAL_BANNER,  # noqa: E402
                            LOGIN_LOCAL_CONFIG, Telnet, login_line, login_local)
from vty_harness import (GREETING, RawTelnet, Router, Suite, check, find_binary,  # noqa: E402
                         passed, show_bytes)


# --- cases ---------------------------------------------------------------------------------------


def case_negotiation(binary):
    """The raw first bytes: IAC WILL ECHO, IAC WILL SGA, IAC DO NAWS, then the login banner."""
    with Router(binary, LINE_PASSWORD_CONFIG) as r:
        c = RawTelnet(r.port)
        try:
            c.read_until(b"Password: ")
            first = bytes(c.raw[:len(GREETING) + len(BANNER)])
            check(first == GREETING + BANNER,
                  "first bytes %s, expected %s" % (show_bytes(first), show_bytes(GREETING + BANNER)))
            passed("server sends IAC WILL ECHO, IAC WILL SGA, IAC DO NAWS then the banner")
        finally:
            c.close()


def case_line_password(binary):
    with Router(binary, LINE_PASSWORD_CONFIG) as r:
        t = Telnet(r.port)
        try:
            t.expect(BANNER)
            passed("banner 'User Access Verification' and 'Password: '")
            t.enter("linepw")
            got = t.expect(b"R1>")
            check(b"linepw" not in got, "the password was echoed: %s" % show_bytes(got))
            check(got == b"\r\n", "expected CR LF before R1>, got %s" % show_bytes(got))
            passed("right password: R1> prompt; the password is not echoed")
            out = t.command("show users", b"R1>")
            check(re.search(rb"\r\n\*  2 vty 0 {16}idle {17}00:00:0\d 127\.0\.0\.1\r\n", out),
                  "show users lacks '*  2 vty 0 ... 127.0.0.1': %s" % show_bytes(out))
            passed("show users lists '*  2 vty 0 ... idle ... 127.0.0.1'")
            t.enter("exit")
            t.expect_closed()
            passed("exit closes: 'Connection closed by foreign host.'")
        finally:
            t.close()


def case_wrong_password(binary):
    with Router(binary, LINE_PASSWORD_CONFIG) as r:
        t = Telnet(r.port)
        try:
            t.expect(BANNER)
            for attempt in (1, 2):
                t.enter("wrong%d" % attempt)
                got = t.expect(b"Password: ")
                check(got == b"\r\n", "after wrong password %d expected CR LF + 'Password: ', "
                      "got %s" % (attempt, show_bytes(got)))
            passed("two wrong passwords: 'Password: ' again, nothing echoed")
            t.enter("wrong3")
            got = t.expect_closed()
            check(got == b"\r\n% Bad passwords\r\n",
                  "after the third wrong password expected CR LF '%% Bad passwords' CR LF, got %s"
                  % show_bytes(got))
            passed("third wrong password: '% Bad passwords', 'Connection closed by foreign host.'")
        finally:
            t.close()
        # The line is free again: a new connection gets the banner.
        t = Telnet(r.port)
        try:
            t.expect(BANNER)
            passed("the line is free again after the failed login")
        finally:
            t.close()


def case_login_local(binary):
    with Router(binary, LOGIN_LOCAL_CONFIG) as r:
        t = Telnet(r.port)
        try:
            t.expect(LOCAL_BANNER)
            passed("login local: 'Username: '")
            t.enter("admin")
            got = t.expect(b"Password: ")
            check(got == b"admin\r\n", "username not echoed as typed: %s" % show_bytes(got))
            t.enter("nope")
            got = t.expect(b"Username: ")
            check(got == b"\r\n% Login invalid\r\n\r\n",
                  "wrong password: expected '%% Login invalid' then Username:, got %s"
                  % show_bytes(got))
            passed("wrong password: '% Login invalid', asked again")
            t.enter("admin")
            t.expect(b"Password: ")
            t.enter("adminpw")
            got = t.expect(b"R1#")
            check(got == b"\r\n", "expected CR LF then R1#, got %s" % show_bytes(got))
            check(b"adminpw" not in got, "password echoed")
            passed("admin (privilege 15) logs in at R1#; password not echoed")
            out = t.command("show users", b"R1#")
            check(re.search(rb"\r\n\*  2 vty 0     admin      idle {17}00:00:0\d 127\.0\.0\.1\r\n",
                            out), "show users lacks the admin row: %s" % show_bytes(out))
            passed("show users: '*  2 vty 0     admin      idle   00:00:00 127.0.0.1'")
            b = login_local(r.port, "bob", "bobpw", b"R1>")
            passed("bob (password 0, no privilege) logs in at R1> on a second line")
            out = b.command("show privilege", b"R1>")
            check(out == b"Current privilege level is 1\r\n", "bob: %s" % show_bytes(out))
            passed("bob: 'Current privilege level is 1'")
            b.close()
        finally:
            t.close()
        t = Telnet(r.port)
        try:
            t.expect(LOCAL_BANNER)
            for user, pw in (("admin", "x"), ("bob", "adminpw")):
                t.enter(user)
                t.expect(b"Password: ")
                t.enter(pw)
                got = t.expect(b"Username: ")
                check(got == b"\r\n% Login invalid\r\n\r\n", "got %s" % show_bytes(got))
            t.enter("nobody")
            t.expect(b"Password: ")
            t.enter("x")
            got = t.expect_closed()
            check(got == b"\r\n% Login invalid\r\n",
                  "third failure: expected '%% Login invalid' and close, got %s" % show_bytes(got))
            passed("three failed logins: '% Login invalid' and the connection closes")
        finally:
            t.close()


def case_enable(binary):
    with Router(binary, LINE_PASSWORD_CONFIG) as r:
        t = login_line(r.port)
        try:
            t.enter("enable")
            got = t.expect(b"Password: ")
            check(got == b"enable\r\n", "enable: %s" % show_bytes(got))
            t.enter("bad")
            got = t.expect(b"Password: ")
            check(got == b"\r\n", "a wrong enable secret should ask again, got %s" % show_bytes(got))
            t.enter("bad")
            t.expect(b"Password: ")
            t.enter("bad")
            got = t.expect(b"R1>")
            check(got == b"\r\n% Bad secrets\r\n\r\n" or got == b"\r\n% Bad secrets\r\n",
                  "third wrong enable secret: %s" % show_bytes(got))
            passed("three wrong enable secrets: '% Bad secrets', still R1>")
            t.enter("enable")
            t.expect(b"Password: ")
            t.enter("s3cret")
            got = t.expect(b"R1#")
            check(got == b"\r\n", "enable secret: expected CR LF then R1#, got %s" % show_bytes(got))
            check(b"s3cret" not in got, "enable secret echoed")
            passed("enable with the enable secret: R1#, secret not echoed")
            out = t.command("show privilege", b"R1#")
            check(out == b"Current privilege level is 15\r\n", "show privilege: %s" % show_bytes(out))
            passed("show privilege: 15")
            out = t.command("disable", b"R1>")
            passed("disable: back to R1>")
        finally:
            t.close()
    with Router(binary, "hostname R1\nline vty 0 4\n password linepw\n login\n") as r:
        t = login_line(r.port)
        try:
            out = t.command("enable", b"R1>")
            check(out == b"% No password set\r\n", "enable without a secret: %s" % show_bytes(out))
            passed("no enable secret on a vty: '% No password set'")
        finally:
            t.close()


def case_config_seen_by_second_session(binary):
    with Router(binary, LOGIN_LOCAL_CONFIG) as r:
        a = login_local(r.port)
        b = login_local(r.port)
        try:
            out = a.command("configure terminal", b"R1(config)#")
            check(out == b"Enter configuration commands, one per line.  End with CNTL/Z.\r\n",
                  "conf t: %s" % show_bytes(out))
            a.command("hostname Branch7", b"Branch7(config)#")
            a.command("ephone-dn 7", b"Branch7(config-ephone-dn)#")
            a.command(" number 2007", b"Branch7(config-ephone-dn)#")
            a.command("end", b"Branch7#")
            passed("session 1: conf t, hostname Branch7, ephone-dn 7 / number 2007, end")
            out = b.command("terminal length 0", b"Branch7#")
            passed("session 2's next prompt is Branch7#")
            out = b.command("show running-config", b"Branch7#")
            check(b"\r\nhostname Branch7\r\n" in out, "no hostname Branch7: %s" % show_bytes(out))
            check(b"\r\nephone-dn  7\r\n number 2007\r\n" in out,
                  "no ephone-dn 7 block: %s" % show_bytes(out))
            check(out.endswith(b"\r\nend\r\n"), "running-config does not end with 'end': %s"
                  % show_bytes(out[-80:]))
            passed("session 2's show running-config has hostname Branch7 and ephone-dn 7")
        finally:
            a.close()
            b.close()


def case_help_and_tab(binary):
    with Router(binary, LINE_PASSWORD_CONFIG) as r:
        t = login_line(r.port)
        try:
            t.type("show ver\t")
            t.expect_re(rb"show version ?(\x1b\[K)?")
            screen = t.child.before + t.child.after
            passed("Tab: 'show ver' completes to 'show version' (screen %s)" % show_bytes(screen))
            out = t.command("", b"R1>")
            check(out.startswith(b"OpenCME Software"), "show version output: %s" % show_bytes(out))
            passed("the completed line runs show version")
            t.type("show ?")
            got = t.expect(b"\r\n\r\nR1>show ")
            check(got.startswith(b"show ?\r\n"), "help echo: %s" % show_bytes(got))
            for line in (b"  users      Display information about terminal lines",
                         b"  version    System hardware and software status"):
                check(b"\r\n" + line + b"\r\n" in got or got.endswith(b"\r\n" + line),
                      "'show ?' lacks %s: %s" % (show_bytes(line), show_bytes(got)))
            passed("'show ?' lists the show keywords with help and redraws 'R1>show '")
            out = t.command("users", b"R1>")
            check(b"127.0.0.1" in out, "after help, 'users' should complete 'show users': %s"
                  % show_bytes(out))
            passed("typing on after help runs 'show users'")
            t.type("?")
            got = t.expect(b"\r\nR1>")
            for word in (b"enable", b"exit", b"show", b"terminal"):
                check(re.search(rb"\r\n  " + word + rb" +\S", got),
                      "'?' lacks %s: %s" % (word.decode(), show_bytes(got)))
            passed("'?' at an empty prompt lists enable, exit, show, terminal")
            t.type("xyzzy\t")
            got = t.expect(b"\r\nR1>xyzzy")
            check(got == b"xyzzy", "Tab on an unknown word: %s" % show_bytes(got))
            passed("Tab on an unknown word redraws 'R1>xyzzy' on a new line (as IOS)")
            out = t.command("", b"R1>")
            check(b"% Invalid input detected at '^' marker." in out or b"% Unknown command" in out,
                  "an unknown word: %s" % show_bytes(out))
            passed("Tab on an unknown word leaves it; Enter reports invalid input")
        finally:
            t.close()


def main():
    binary = find_binary(sys.argv)
    suite = Suite("telnet_client_test")
    suite.run("negotiation bytes", case_negotiation, binary)
    suite.run("line password login", case_line_password, binary)
    suite.run("wrong password three times closes", case_wrong_password, binary)
    suite.run("login local", case_login_local, binary)
    suite.run("enable secret", case_enable, binary)
    suite.run("conf t change seen by a second session", case_config_seen_by_second_session, binary)
    suite.run("? help and Tab completion", case_help_and_tab, binary)
    suite.finish()


if __name__ == "__main__":
    main()

