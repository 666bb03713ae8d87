"""Deliver a rendered brief to its readers: outbox `.eml` files, a directory copy, SMTP.

Keeps one record per recipient in the store so a retry reaches only those who missed the brief.
The only smtplib user. May import the ground floor and `store`; never `brief`, `service` or `cli`.
"""
