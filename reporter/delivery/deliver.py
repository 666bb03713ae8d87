"""Deliveries of a rendered brief: outbox (.eml files), directory (PDF copies) and SMTP.

The only module that touches ``email`` and ``smtplib``. Every recipient of every channel gets a
delivery record in the store, keyed by (run, channel, recipient). A recipient whose record says
``sent`` is never sent to again for that run, which is what makes retries, ``deliver --retry`` and
restarts exactly-once. Before an SMTP transaction the recipients are marked ``sending``; if the
process dies before the server's answer is recorded they become ``unknown`` and are *not* resent
automatically (a duplicate brief is worse than an operator's look), see :func:`settle_unknown`.

Statuses: ``sent`` | ``failed`` (error says ``permanent`` or ``transient``) | ``sending`` |
``unknown``. Readers only ever receive the brief; errors go to the log, the store and, when
``delivery.operator_email`` is set, a failure notice to the operator.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
import smtplib
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path

from tenacity import RetryCallState, Retrying, retry_if_result, stop_after_attempt, wait_exponential

from reporter.config import BriefConfig, Config, SmtpConfig
from reporter.errors import ConfigError, DeliveryError
from reporter.files import copy_atomically, write_atomically
from reporter.models import DeliveryStatus, RunStatus
from reporter.store import DeliveryRecord, Store

log = logging.getLogger(__name__)

SENT, FAILED, SENDING, UNKNOWN = (
    DeliveryStatus.SENT,
    DeliveryStatus.FAILED,
    DeliveryStatus.SENDING,
    DeliveryStatus.UNKNOWN,
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u0085]+")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_MAX_HEADER = 250

#: How long to sleep between SMTP attempts; tests pass a recorder instead of ``time.sleep``.
Sleeper = Callable[[float], None]


def sanitize_header(value: object) -> str:
    """A header value that cannot inject headers: control characters (CR, LF, ...) become spaces."""
    text = " ".join(_CONTROL.sub(" ", str(value)).split())
    return text[:_MAX_HEADER]


def render_subject(template: str, variables: dict[str, str]) -> str:
    """``{name}`` placeholders filled from ``variables`` (unknown ones kept), then sanitised.

    Deliberately not ``str.format``: a subject template must not reach attributes or indexes.
    """
    values = {k: sanitize_header(v) for k, v in variables.items()}
    return sanitize_header(_PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template))


def build_message(
    config: Config,
    brief: BriefConfig,
    *,
    pdf: Path,
    html: str | None,
    text: str,
    subject_vars: dict[str, str],
    message_id: str,
    images: Mapping[str, bytes] | None = None,
) -> EmailMessage:
    """The brief's email: plain text + HTML alternatives and the PDF attached; no Bcc header.

    ``images`` (Content-ID -> PNG) become inline parts beside the HTML in a ``multipart/related``,
    which is where mail clients look up the HTML's ``cid:`` references::

        multipart/mixed
          multipart/alternative
            text/plain
            multipart/related
              text/html
              image/png ...  (Content-ID, inline)
          application/pdf  (attachment)
    """
    variables = {"title": brief.title, "brief_id": brief.id, **subject_vars}
    msg = EmailMessage()
    msg["From"] = sanitize_header(config.delivery.sender)
    if brief.recipients.to:
        msg["To"] = ", ".join(brief.recipients.to)
    elif not brief.recipients.cc:
        msg["To"] = "undisclosed-recipients:;"
    if brief.recipients.cc:
        msg["Cc"] = ", ".join(brief.recipients.cc)
    msg["Subject"] = render_subject(brief.subject, variables)
    msg["Date"] = formatdate(usegmt=True)
    msg["Message-ID"] = message_id
    msg["X-Reporter-Brief"] = sanitize_header(brief.id)
    body = text.rstrip() + f"\n\nAttachment: {pdf.name}\n"
    msg.set_content(body)
    if html is None:
        html = f"<html><body><pre>{html_lib.escape(body)}</pre></body></html>"
    msg.add_alternative(html, subtype="html")
    if images:
        html_part = msg.get_body(("html",))
        assert html_part is not None
        for n, (cid, png) in enumerate(images.items(), 1):
            name = sanitize_header(cid.split("@", 1)[0].split(".", 1)[0]) or f"figure-{n}"
            html_part.add_related(
                png, maintype="image", subtype="png", cid=f"<{sanitize_header(cid)}>",
                disposition="inline", filename=f"{name}.png",
            )  # fmt: skip
        # add_related turned the HTML part into the multipart/related; RFC 2387 wants its root's type.
        html_part.set_param("type", "text/html")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    return msg


def _message_id(config: Config, brief: BriefConfig, run_id: int) -> str:
    # Stable per run: were a brief ever resent, mail clients could still collapse the copies.
    domain = config.delivery.sender.rpartition("@")[2] or "localhost"
    return f"<reporter.{brief.id}.run{run_id}@{sanitize_header(domain)}>"


def _fail_pending(store: Store, run_id: int, pending: list[str], exc: BaseException) -> tuple[bool, str]:
    """Record every pending SMTP recipient as failed by ``exc``; (permanent?, reason)."""
    permanent, why = _classify(exc)
    for recipient in pending:
        error = f"{'permanent' if permanent else 'transient'}: {why}"
        store.record_delivery(run_id, "smtp", recipient, status=FAILED, error=error)
    return permanent, why


def _statuses(store: Store, run_id: int, channel: str) -> dict[str, str]:
    return {d.recipient: d.status for d in store.deliveries(run_id) if d.channel == channel}


def _targets(wanted: Iterable[str], statuses: dict[str, str], *, only_pending: bool) -> list[str]:
    """Recipients still to deliver: never one already sent (or possibly sent); on retry only failed ones."""
    out = []
    for recipient in dict.fromkeys(wanted):
        status = statuses.get(recipient)
        if status in (SENT, SENDING, UNKNOWN):
            continue
        if only_pending and status is None:
            continue
        out.append(recipient)
    return out


# --- channels --------------------------------------------------------------------------------


def deliver_outbox(
    config: Config,
    brief: BriefConfig,
    *,
    store: Store,
    run_id: int,
    message: EmailMessage,
    only_pending: bool,
) -> Path | None:
    """Write the run's message as ``<outbox>/<brief>-<run>.eml``; one ``sent`` record per recipient."""
    recipients = brief.recipients.all or (f"outbox:{brief.id}",)
    targets = _targets(recipients, _statuses(store, run_id, "outbox"), only_pending=only_pending)
    if not targets:
        return None
    path = config.resolve(config.delivery.outbox) / f"{brief.id}-{run_id:06d}.eml"
    try:
        write_atomically(path, bytes(message))
    except OSError as exc:
        for recipient in targets:
            store.record_delivery(run_id, "outbox", recipient, status=FAILED, error=f"transient: {exc}")
        log.warning("outbox delivery of run %s failed: %s", run_id, exc)
        return None
    for recipient in targets:
        store.record_delivery(run_id, "outbox", recipient, status=SENT)
    log.info("brief %s run %s written to outbox %s", brief.id, run_id, path)
    return path


def deliver_directory(
    config: Config, brief: BriefConfig, *, store: Store, run_id: int, pdf: Path, only_pending: bool
) -> Path | None:
    """Copy the PDF into the brief's ``directory`` (atomically); the record's recipient is the path."""
    assert brief.directory  # checked by the config
    target = config.resolve(brief.directory) / pdf.name
    if not _targets([str(target)], _statuses(store, run_id, "directory"), only_pending=only_pending):
        return None
    try:
        copy_atomically(pdf, target)
    except OSError as exc:
        store.record_delivery(run_id, "directory", str(target), status=FAILED, error=f"transient: {exc}")
        log.warning("directory delivery of run %s failed: %s", run_id, exc)
        return None
    store.record_delivery(run_id, "directory", str(target), status=SENT)
    log.info("brief %s run %s copied to %s", brief.id, run_id, target)
    return target


def _tls_context(smtp: SmtpConfig, config: Config) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(config.resolve(smtp.ca_file)) if smtp.ca_file else None)
    if not smtp.verify:
        # Explicit opt-out for self-signed internal relays; the config default is to verify.
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def smtp_connect(config: Config) -> smtplib.SMTP:
    """An open, authenticated SMTP session as configured (TLS verified unless ``verify: false``)."""
    smtp = config.delivery.smtp
    if smtp is None:
        raise ConfigError("'smtp' delivery needs a delivery.smtp section", key="delivery.smtp")
    password = smtp.resolve_password()
    client: smtplib.SMTP
    if smtp.security == "ssl":
        client = smtplib.SMTP_SSL(
            smtp.host, smtp.port, timeout=smtp.timeout, context=_tls_context(smtp, config)
        )
    else:
        client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
    try:
        client.ehlo()
        if smtp.security == "starttls":
            client.starttls(context=_tls_context(smtp, config))
            client.ehlo()
        if smtp.username:
            _login(client, smtp.username, password or "")
    except BaseException:
        _close(client)
        raise
    return client


def _login(client: smtplib.SMTP, username: str, password: str) -> None:
    """AUTH PLAIN when offered (a 535 there is final), else smtplib's own mechanism choice.

    ``SMTP.login`` would answer a 535 on PLAIN by trying LOGIN with the same wrong password.
    """
    client.ehlo_or_helo_if_needed()
    offered = client.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in offered:
        client.user, client.password = username, password
        client.auth("PLAIN", client.auth_plain)
    else:
        client.login(username, password)


def _close(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()


def _classify(exc: BaseException) -> tuple[bool, str]:
    """(permanent, description) for an SMTP failure; 5xx and bad config are permanent."""
    if isinstance(exc, smtplib.SMTPResponseException):
        code = exc.smtp_code
        detail = (
            exc.smtp_error.decode("utf-8", "replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        return code >= 500, f"{code} {sanitize_header(detail)}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return False, "all recipients refused"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return True, f"TLS certificate not trusted: {exc.verify_message}"
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return True, f"server does not support it: {exc}"
    if isinstance(exc, ConfigError):
        return True, exc.detail
    if isinstance(exc, socket.timeout | TimeoutError):
        return False, "timed out"
    return False, sanitize_header(f"{type(exc).__name__}: {exc}") or type(exc).__name__


def _code_text(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{code} {sanitize_header(text)}"


def deliver_smtp(
    config: Config,
    brief: BriefConfig,
    *,
    store: Store,
    run_id: int,
    message: EmailMessage,
    only_pending: bool,
    sleep: Sleeper = time.sleep,
) -> None:
    """Send to every recipient not yet served, retrying transient failures with exponential backoff.

    5xx answers are final; 4xx and connection failures are retried ``smtp.retries`` times (tenacity
    keeps the count and the waits), each attempt sending only to the recipients still pending.
    """
    smtp = config.delivery.smtp
    assert smtp is not None  # checked by the config
    pending = _targets(brief.recipients.all, _statuses(store, run_id, "smtp"), only_pending=only_pending)
    if not pending:
        return

    def attempt() -> list[str]:
        nonlocal pending
        pending = _smtp_attempt(config, brief, store=store, run_id=run_id, message=message, to=pending)
        return pending

    def announce(state: RetryCallState) -> None:
        log.info(
            "brief %s run %s: SMTP retry %s in %.1fs for %d recipient(s)",
            brief.id,
            run_id,
            state.attempt_number,
            state.upcoming_sleep,
            len(pending),
        )

    retrying = Retrying(
        stop=stop_after_attempt(smtp.retries + 1),
        wait=wait_exponential(multiplier=smtp.backoff),
        retry=retry_if_result(bool),  # retry while some recipient failed in a way that may pass
        sleep=sleep,
        before_sleep=announce,
        retry_error_callback=lambda state: None,  # out of attempts: the records already say why
    )
    retrying(attempt)


def _smtp_attempt(
    config: Config, brief: BriefConfig, *, store: Store, run_id: int, message: EmailMessage, to: list[str]
) -> list[str]:
    """One SMTP transaction to ``to``; returns the recipients worth another attempt.

    ``send_message`` raises only when *every* recipient is refused; partial refusals come back as
    a dict, which is checked recipient by recipient.
    """
    try:
        client = smtp_connect(config)
    except (smtplib.SMTPException, OSError, ConfigError) as exc:
        permanent, why = _fail_pending(store, run_id, to, exc)
        log.warning("brief %s run %s: SMTP connection failed (%s)", brief.id, run_id, why)
        return [] if permanent else to
    try:
        for recipient in to:
            store.record_delivery(run_id, "smtp", recipient, status=SENDING, attempt=False)
        try:
            refused = client.send_message(message, from_addr=config.delivery.sender, to_addrs=to)
        except smtplib.SMTPRecipientsRefused as exc:
            refused = exc.recipients
        except (smtplib.SMTPException, OSError) as exc:
            # The server did not accept the message: nobody got it, so every recipient is still pending.
            permanent, why = _fail_pending(store, run_id, to, exc)
            log.warning("brief %s run %s: SMTP send failed (%s)", brief.id, run_id, why)
            return [] if permanent else to
    finally:
        _close(client)
    still: list[str] = []
    for recipient in to:
        if recipient in refused:
            code, text = refused[recipient]
            why = _code_text(code, text)
            final = code >= 500
            store.record_delivery(
                run_id,
                "smtp",
                recipient,
                status=FAILED,
                error=f"{'permanent' if final else 'transient'}: {why}",
            )
            if not final:
                still.append(recipient)
        else:
            store.record_delivery(run_id, "smtp", recipient, status=SENT)
    sent = len(to) - len(refused)
    log.info("brief %s run %s: SMTP accepted %d of %d recipient(s)", brief.id, run_id, sent, len(to))
    return still


def deliver_brief(
    config: Config,
    brief: BriefConfig,
    *,
    store: Store,
    run_id: int,
    pdf: Path,
    html: str | None,
    text: str,
    subject_vars: dict[str, str],
    images: Mapping[str, bytes] | None = None,
    only_pending: bool = False,
    sleep: Sleeper = time.sleep,
) -> list[DeliveryRecord]:
    """Deliver one run's brief on each of the brief's channels; returns the run's delivery records.

    Recipients already ``sent`` (or possibly sent) for this run are skipped, so calling this again
    after a crash reaches only those who did not get the brief. With ``only_pending`` only
    recipients with a failed record are tried (a retry never adds new ones). The message is kept
    beside the PDF (``.eml``) so ``deliver --retry`` resends exactly the same message.
    """
    message = build_message(
        config,
        brief,
        pdf=pdf,
        html=html,
        text=text,
        subject_vars=subject_vars,
        message_id=_message_id(config, brief, run_id),
        images=images,
    )
    write_atomically(message_path(pdf), bytes(message))
    return deliver_message(
        config,
        brief,
        store=store,
        run_id=run_id,
        message=message,
        pdf=pdf,
        only_pending=only_pending,
        sleep=sleep,
    )


def message_path(pdf: Path) -> Path:
    """Where a run's email is kept for retries: beside its PDF."""
    return pdf.with_suffix(".eml")


def redeliver(
    config: Config, brief: BriefConfig, *, store: Store, run_id: int, pdf: Path, sleep: Sleeper = time.sleep
) -> list[DeliveryRecord]:
    """``deliver --retry``: resend the run's kept message to recipients whose delivery failed."""
    try:
        raw = message_path(pdf).read_bytes()
    except OSError as exc:
        raise DeliveryError(
            f"run {run_id}: the kept message is missing ({exc}); run the brief again"
        ) from None
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return deliver_message(
        config, brief, store=store, run_id=run_id, message=message, pdf=pdf, only_pending=True, sleep=sleep
    )


def deliver_message(
    config: Config,
    brief: BriefConfig,
    *,
    store: Store,
    run_id: int,
    message: EmailMessage,
    pdf: Path,
    only_pending: bool,
    sleep: Sleeper = time.sleep,
) -> list[DeliveryRecord]:
    """Send a built message on the brief's channels, then notify the operator of failures."""
    for channel in dict.fromkeys(brief.delivery):
        if channel == "outbox":
            deliver_outbox(
                config, brief, store=store, run_id=run_id, message=message, only_pending=only_pending
            )
        elif channel == "directory":
            deliver_directory(config, brief, store=store, run_id=run_id, pdf=pdf, only_pending=only_pending)
        elif channel == "smtp":
            deliver_smtp(
                config,
                brief,
                store=store,
                run_id=run_id,
                message=message,
                only_pending=only_pending,
                sleep=sleep,
            )
    records = store.deliveries(run_id)
    failed = [d for d in records if d.status == FAILED]
    if failed:
        notify_operator(
            config,
            subject=f"reporter: delivery of {brief.id} (run {run_id}) failed for {len(failed)} recipient(s)",
            body="\n".join(f"{d.channel} {d.recipient}: {d.error}" for d in failed)
            + f"\n\nRetry with: reporter deliver --retry --run {run_id}\n",
        )
    return records


def delivery_outcome(records: Iterable[DeliveryRecord]) -> RunStatus:
    """The run's state from its deliveries: delivered when all are sent, partial when some are."""
    statuses = [d.status for d in records]
    if not statuses:
        return RunStatus.OK
    if all(s == SENT for s in statuses):
        return RunStatus.DELIVERED
    if any(s == SENT for s in statuses):
        return RunStatus.PARTIAL
    return RunStatus.FAILED


def settle_unknown(store: Store, run_id: int) -> list[str]:
    """Turn ``sending`` records left by a crash into ``unknown`` (maybe delivered; never auto-resent)."""
    changed = []
    for d in store.deliveries(run_id):
        if d.status == SENDING:
            store.record_delivery(
                run_id,
                d.channel,
                d.recipient,
                status=UNKNOWN,
                error="interrupted during the SMTP transaction; may have been delivered",
                attempt=False,
            )
            changed.append(d.recipient)
    return changed


def notify_operator(config: Config, *, subject: str, body: str) -> None:
    """Best-effort failure notice to ``delivery.operator_email`` (SMTP when configured, else outbox).

    The notice holds brief ids, recipients and error summaries, never secrets or tracebacks.
    """
    to = config.delivery.operator_email
    if not to:
        return
    msg = EmailMessage()
    msg["From"] = sanitize_header(config.delivery.sender)
    msg["To"] = sanitize_header(to)
    msg["Subject"] = sanitize_header(subject)
    msg["Date"] = formatdate(usegmt=True)
    msg.set_content(body)
    try:
        if config.delivery.smtp is not None:
            client = smtp_connect(config)
            try:
                client.send_message(msg, from_addr=config.delivery.sender, to_addrs=[to])
            finally:
                _close(client)
        else:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            write_atomically(config.resolve(config.delivery.outbox) / f"operator-{stamp}.eml", bytes(msg))
    except (smtplib.SMTPException, OSError, ConfigError) as exc:
        log.error("could not notify the operator: %s", _classify(exc)[1])
    else:
        log.info("failure notice sent to the operator")


__all__ = [
    "FAILED",
    "SENDING",
    "SENT",
    "UNKNOWN",
    "build_message",
    "deliver_brief",
    "deliver_message",
    "delivery_outcome",
    "message_path",
    "notify_operator",
    "redeliver",
    "render_subject",
    "sanitize_header",
    "settle_unknown",
]
