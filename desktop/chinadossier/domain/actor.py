"""Who makes a change: the operating-system account with its domain and the host name."""

from __future__ import annotations

import getpass
import os
import socket
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Actor:
    """The account recorded in the audit trail."""

    account: str
    domain: str | None
    host: str

    @classmethod
    def current(cls) -> Actor:
        """The OS account running this process (USERDOMAIN on Windows)."""
        try:
            account = getpass.getuser()
        except (KeyError, OSError):
            account = "onbekend"
        return cls(account=account, domain=os.environ.get("USERDOMAIN"), host=socket.gethostname())

    @property
    def who(self) -> str:
        """DOMAIN\\account, or just the account."""
        return f"{self.domain}\\{self.account}" if self.domain else self.account
