"""Deliveries reach each recipient exactly once over real loopback SMTP servers, through refusals, drops and outages."""

from __future__ import annotations

import socket
import ssl
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from reporter.config import Config
from reporter.delivery.deliver import (
    UNKNOWN,
    deliver_brief,
    redeliver,
    render_subject,
    sanitize_header,
    settle_unknown,
)
from reporter.store import Store, open_store

PDF = b"%PDF-1.7\n% a tiny stand-in brief\n%%EOF\n"
TO, CC, BCC = "reader@example.org", "boss@example.org", "hidden@example.org"


class Mailbox:
    """An aiosmtpd handler that keeps what it accepts and can refuse or drop on demand."""

    def __init__(self, *, refuse: dict[str, list[str]] | None = None, drop_first_data: bool = False):
        self.received: list[tuple[str, list[str], EmailMessage]] = []
        self.refuse = refuse or {}  # address -> replies to give, in order, before accepting
        self.drop_first_data = drop_first_data

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        replies = self.refuse.get(address)
        if replies:
            reply = replies.pop(0) if len(replies) > 1 else replies[0]
            if not reply.startswith("2"):
                return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:
        if self.drop_first_data:
            self.drop_first_data = False
            server.transport.abort()
            return "421 dropped"
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 Message accepted"

    def copies_for(self, address: str) -> int:
        return sum(address in rcpts for _, rcpts, _ in self.received)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ca(tmp_path_factory) -> tuple[trustme.CA, Path]:
    authority = trustme.CA()
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return authority, path


def server_context(authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


def authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == b"reporter"
        and auth_data.password == b"s3cret"
    )
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


def start(handler: Mailbox, port: int | None = None, **kwargs: Any) -> Controller:
    controller = Controller(handler, hostname="127.0.0.1", port=port or free_port(), **kwargs)
    controller.start()
    return controller


def make_config(tmp_path: Path, port: int, **smtp: Any) -> Config:
    return Config.model_validate(
        {
            "base_dir": tmp_path,
            "delivery": {
                "sender": "reporter@example.org",
                "outbox": "outbox",
                "operator_email": "ops@example.org",
                "smtp": {
                    "host": "127.0.0.1",
                    "port": port,
                    "security": "none",
                    "timeout": 5,
                    "retries": 2,
                    "backoff": 1,
                    **smtp,
                },
            },
            "briefs": [
                {
                    "id": "daily",
                    "title": "Daily brief",
                    "recipients": {"to": [TO], "cc": [CC], "bcc": [BCC]},
                    "delivery": ["smtp"],
                }
            ],
        }
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with open_store(tmp_path / "reporter.db") as s:
        yield s


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "out" / "daily-20250616T0600Z.pdf"
    path.parent.mkdir(parents=True)
    path.write_bytes(PDF)
    return path


def deliver(
    config: Config, store: Store, pdf: Path, *, run_id: int | None = None, sleeps: list[float] | None = None
):
    if run_id is None:
        from datetime import UTC, datetime

        run_id = store.start_run("daily", as_of=datetime(2025, 6, 16, 6, tzinfo=UTC))[0].id
    records = deliver_brief(
        config,
        config.briefs[0],
        store=store,
        run_id=run_id,
        pdf=pdf,
        html="<p>Key points</p>",
        text="- Key point one",
        subject_vars={"dtg": "160600Z JUN 25"},
        sleep=(sleeps if sleeps is not None else []).append,
    )
    return run_id, {(r.channel, r.recipient): r for r in records}


def assert_is_the_brief(message: EmailMessage, pdf: Path) -> None:
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [pdf.name]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == PDF
    assert "Key point one" in message.get_body(("plain",)).get_content()
    assert "<p>Key points</p>" in message.get_body(("html",)).get_content()


def test_plain_smtp_each_recipient_once_bcc_hidden(tmp_path: Path, store: Store, pdf: Path) -> None:
    box = Mailbox()
    server = start(box)
    try:
        config = make_config(tmp_path, server.port)
        run_id, records = deliver(config, store, pdf)
        deliver(config, store, pdf, run_id=run_id)  # a restart re-delivering the same run sends nothing
    finally:
        server.stop()
    assert {r.status for r in records.values()} == {"sent"} and len(records) == 3
    assert [box.copies_for(a) for a in (TO, CC, BCC)] == [1, 1, 1]
    sender, _, message = box.received[0]
    assert sender == "reporter@example.org"
    assert message["To"] == TO and message["Cc"] == CC and message["Bcc"] is None
    assert message["Subject"] == "Daily brief — 160600Z JUN 25"
    assert_is_the_brief(message, pdf)
    assert pdf.with_suffix(".eml").exists()  # kept for deliver --retry


def test_starttls_with_auth_verifies_the_certificate(
    tmp_path: Path, store: Store, pdf: Path, ca, monkeypatch
) -> None:
    authority, ca_file = ca
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "s3cret")
    box = Mailbox()
    server = start(
        box,
        tls_context=server_context(authority),
        require_starttls=True,
        authenticator=authenticator,
        auth_required=True,
    )
    smtp = {
        "security": "starttls",
        "username": "reporter",
        "password": "${TEST_SMTP_PASSWORD}",
        "ca_file": str(ca_file),
    }
    try:
        _, records = deliver(make_config(tmp_path, server.port, **smtp), store, pdf)
        sleeps: list[float] = []
        # A wrong password is refused with 535: permanent too.
        monkeypatch.setenv("TEST_SMTP_PASSWORD", "wrong")
        _, denied = deliver(make_config(tmp_path, server.port, **smtp), store, pdf, sleeps=sleeps)
        monkeypatch.setenv("TEST_SMTP_PASSWORD", "s3cret")
        # Last: aiosmtpd stops answering after a failed TLS handshake.
        # Without the CA the certificate is not trusted: a permanent failure, never retried.
        sleeps: list[float] = []
        _, untrusted = deliver(
            make_config(tmp_path, server.port, **{**smtp, "ca_file": None}), store, pdf, sleeps=sleeps
        )
    finally:
        server.stop()
    assert {r.status for r in records.values()} == {"sent"}
    assert [box.copies_for(a) for a in (TO, CC, BCC)] == [1, 1, 1]
    assert_is_the_brief(box.received[0][2], pdf)
    assert {r.status for r in untrusted.values()} == {"failed"}
    assert all("permanent" in r.error and "certificate" in r.error for r in untrusted.values())
    assert {r.status for r in denied.values()} == {"failed"}
    assert all(r.error.startswith("permanent: 535") for r in denied.values())
    assert all("s3cret" not in (r.error or "") and "wrong" not in (r.error or "") for r in denied.values())
    assert sleeps == []


def test_implicit_tls(tmp_path: Path, store: Store, pdf: Path, ca) -> None:
    authority, ca_file = ca
    box = Mailbox()
    server = start(box, ssl_context=server_context(authority))
    try:
        _, records = deliver(
            make_config(tmp_path, server.port, security="ssl", ca_file=str(ca_file)), store, pdf
        )
    finally:
        server.stop()
    assert {r.status for r in records.values()} == {"sent"}
    assert [box.copies_for(a) for a in (TO, CC, BCC)] == [1, 1, 1]


def test_refused_recipients_are_retried_only_when_transient(tmp_path: Path, store: Store, pdf: Path) -> None:
    # CC is refused for good (550); BCC is busy once (450) then accepted.
    box = Mailbox(refuse={CC: ["550 5.1.1 no such user"], BCC: ["450 4.2.1 try later", "250 OK"]})
    server = start(box)
    sleeps: list[float] = []
    try:
        config = make_config(tmp_path, server.port)
        run_id, records = deliver(config, store, pdf, sleeps=sleeps)
        # deliver --retry: only the refused recipient is tried again, nobody else gets a second copy.
        retried = {
            (r.channel, r.recipient): r
            for r in redeliver(
                config, config.briefs[0], store=store, run_id=run_id, pdf=pdf, sleep=sleeps.append
            )
        }
    finally:
        server.stop()
    assert records[("smtp", TO)].status == "sent"
    assert records[("smtp", CC)].status == "failed" and records[("smtp", CC)].error.startswith(
        "permanent: 550"
    )
    assert records[("smtp", BCC)].status == "sent" and records[("smtp", BCC)].attempts == 2
    assert sleeps[0] == 1
    assert [box.copies_for(a) for a in (TO, CC, BCC)] == [1, 0, 1]
    assert retried[("smtp", CC)].status == "failed" and retried[("smtp", TO)].attempts == 1
    # The operator was told (by mail, through the same server), the readers were not.
    notices = [m for _, rcpts, m in box.received if rcpts == ["ops@example.org"]]
    assert notices and CC in notices[0].get_content() and "Traceback" not in notices[0].get_content()


def test_dropped_connection_is_retried_and_delivers_once(tmp_path: Path, store: Store, pdf: Path) -> None:
    box = Mailbox(drop_first_data=True)
    server = start(box)
    sleeps: list[float] = []
    try:
        _, records = deliver(make_config(tmp_path, server.port), store, pdf, sleeps=sleeps)
    finally:
        server.stop()
    assert {r.status for r in records.values()} == {"sent"}
    assert sleeps == [1]
    assert [box.copies_for(a) for a in (TO, CC, BCC)] == [1, 1, 1]


def test_server_down_then_retry_delivers(tmp_path: Path, store: Store, pdf: Path) -> None:
    port = free_port()
    config = make_config(tmp_path, port)
    sleeps: list[float] = []
    run_id, records = deliver(config, store, pdf, sleeps=sleeps)
    assert {r.status for r in records.values()} == {"failed"}
    assert all(r.error.startswith("transient") for r in records.values())
    assert sleeps == [1, 2]  # exponential backoff, `retries: 2`
    box = Mailbox()
    server = start(box, port=port)
    try:
        retried = redeliver(
            config, config.briefs[0], store=store, run_id=run_id, pdf=pdf, sleep=sleeps.append
        )
    finally:
        server.stop()
    assert {r.status for r in retried} == {"sent"}
    assert [box.copies_for(a) for a in (TO, CC, BCC)] == [1, 1, 1]
    assert_is_the_brief(box.received[0][2], pdf)


def test_recipients_caught_mid_send_are_not_resent(tmp_path: Path, store: Store, pdf: Path) -> None:
    box = Mailbox()
    server = start(box)
    try:
        config = make_config(tmp_path, server.port)
        run_id = store.start_run(
            "daily", as_of=__import__("datetime").datetime.now(__import__("datetime").UTC)
        )[0].id
        store.record_delivery(run_id, "smtp", TO, status="sending", attempt=False)  # a crash mid-transaction
        assert settle_unknown(store, run_id) == [TO]
        _, records = deliver(config, store, pdf, run_id=run_id)
    finally:
        server.stop()
    assert records[("smtp", TO)].status == UNKNOWN
    assert [box.copies_for(a) for a in (TO, CC, BCC)] == [0, 1, 1]


def test_outbox_and_directory(tmp_path: Path, store: Store, pdf: Path) -> None:
    config = Config.model_validate(
        {
            "base_dir": tmp_path,
            "delivery": {"outbox": "outbox"},
            "briefs": [
                {
                    "id": "daily",
                    "title": "Daily\r\nBcc: victim@example.org",
                    "recipients": {"to": [TO], "bcc": [BCC]},
                    "delivery": ["outbox", "directory"],
                    "directory": "shared",
                    "subject": "{title} {dtg} {brief_id}",
                }
            ],
        }
    )
    run_id, records = deliver(config, store, pdf)
    eml = tmp_path / "outbox" / f"daily-{run_id:06d}.eml"
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["Subject"] == "Daily Bcc: victim@example.org 160600Z JUN 25 daily"
    assert message["Bcc"] is None and message["To"] == TO
    assert_is_the_brief(message, pdf)
    assert (tmp_path / "shared" / pdf.name).read_bytes() == PDF
    assert {k: r.status for k, r in records.items()} == {
        ("outbox", TO): "sent",
        ("outbox", BCC): "sent",
        ("directory", str(tmp_path / "shared" / pdf.name)): "sent",
    }
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_header_values_cannot_inject() -> None:
    assert sanitize_header("a\r\nBcc: x@y.z\x00") == "a Bcc: x@y.z"
    assert (
        render_subject("{title} — {dtg}", {"title": "Strike\nX-Evil: 1", "dtg": "160600Z"})
        == "Strike X-Evil: 1 — 160600Z"
    )
    assert render_subject("{title.__class__}", {"title": "t"}) == "{title.__class__}"
