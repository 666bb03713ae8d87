"""Run briefs on their schedules: the scheduler (the only APScheduler user) and health endpoints.

Drives `pipeline`; may import everything below it. Nothing but `cli` imports `service`.
"""
