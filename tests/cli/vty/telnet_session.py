"""The telnet side of the vty end-to-end tests: Debian's telnet client (/usr/bin/telnet) in a
pty driven by pexpect, the router configurations the cases log in to, and the login dialogues.
Shared by telnet_client_test.py and telnet_lines_test.py.
"""

import pexpect  # Debian's python3-pexpect

from vty_harness import CheckFailed, check, show_bytes

TELNET = "/usr/bin/telnet"
WAIT = 5  # seconds for any expected output
CLOSED = b"Connection closed by foreign host."

BANNER = b"\r\n\r\nUser Access Verification\r\n\r\nPassword: "
LOCAL_BANNER = b"\r\n\r\nUser Access Verification\r\n\r\nUsername: "

LINE_PASSWORD_CONFIG = """\
hostname R1
!
enable secret s3cret
!
line vty 0 4
 password linepw
 login
!
end
"""

LOGIN_LOCAL_CONFIG = """\
hostname R1
!
enable secret s3cret
!
username admin privilege 15 secret adminpw
username bob password 0 bobpw
!
ephone-dn 1
 number 2001
!
line vty 0 4
 login local
!
end
"""


class Telnet:
    """One /usr/bin/telnet process in a pty of `rows` x `cols` (sent to the server as NAWS)."""

    def __init__(self, port, rows=24, cols=80):
        self.child = pexpect.spawn(TELNET, ["127.0.0.1", str(port)], timeout=WAIT,
                                   dimensions=(rows, cols), env={"TERM": "vt100", "PATH": "/usr/bin:/bin"})
        self.expect(b"Escape character is '^]'.\r\n")

    def expect(self, text, timeout=WAIT):
        """Waits for the exact bytes `text`; returns what came before them."""
        try:
            self.child.expect_exact(text, timeout=timeout)
        except pexpect.TIMEOUT:
            raise CheckFailed("timeout (%s s) waiting for %s; the screen had: %s"
                              % (timeout, show_bytes(text), show_bytes(self.child.before)))
        except pexpect.EOF:
            raise CheckFailed("telnet ended while waiting for %s; the screen had: %s"
                              % (show_bytes(text), show_bytes(self.child.before)))
        return self.child.before

    def expect_re(self, pattern, timeout=WAIT):
        """Waits for the regex `pattern` (bytes); returns the match object."""
        try:
            self.child.expect(pattern, timeout=timeout)
        except pexpect.TIMEOUT:
            raise CheckFailed("timeout (%s s) waiting for /%s/; the screen had: %s"
                              % (timeout, pattern.decode(errors="replace"),
                                 show_bytes(self.child.before)))
        except pexpect.EOF:
            raise CheckFailed("telnet ended while waiting for /%s/; the screen had: %s"
                              % (pattern.decode(errors="replace"), show_bytes(self.child.before)))
        return self.child.match

    def type(self, text):
        self.child.send(text)

    def enter(self, text=""):
        """Types `text` and Enter."""
        self.child.send(text + "\r")

    def command(self, text, prompt):
        """Types `text` + Enter; returns the output between the echoed line and `prompt`."""
        self.enter(text)
        got = self.expect(prompt)
        echo = text.encode() + b"\r\n"
        check(got.startswith(echo), "the echo of %r is wrong: %s" % (text, show_bytes(got)))
        return got[len(echo):]

    def expect_closed(self, timeout=WAIT):
        """The server closes: telnet says so and exits. Returns what came before."""
        before = self.expect(CLOSED, timeout)
        try:
            self.child.expect(pexpect.EOF, timeout=timeout)
        except pexpect.TIMEOUT:
            raise CheckFailed("telnet did not exit after the connection closed")
        self.child.close()
        return before

    def close(self):
        if self.child.isalive():
            self.child.terminate(force=True)
        self.child.close(force=True)


def redraw(t, prompt):
    """After a log line the server draws the prompt again (like IOS `logging synchronous`)."""
    got = t.expect(prompt)
    check(got == b"", "expected the prompt redrawn after the log line, got %s" % show_bytes(got))


def login_line(port, password="linepw", rows=24, cols=80):
    t = Telnet(port, rows, cols)
    t.expect(BANNER)
    t.enter(password)
    got = t.expect(b"R1>")
    check(got == b"\r\n", "after the password expected CR LF then R1>, got %s" % show_bytes(got))
    return t


def login_local(port, user="admin", password="adminpw", prompt=b"R1#", rows=24, cols=80):
    t = Telnet(port, rows, cols)
    t.expect(LOCAL_BANNER)
    t.enter(user)
    got = t.expect(b"Password: ")
    check(got == user.encode() + b"\r\n",
          "the username should be echoed then Password:, got %s" % show_bytes(got))
    t.enter(password)
    got = t.expect(prompt)
    check(got == b"\r\n", "after the password expected CR LF then %s, got %s"
          % (prompt.decode(), show_bytes(got)))
    return t
