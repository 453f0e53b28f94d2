"""Printed documents: the customer handbook, eligibility letters, confirmations and receipts.

Renderers are pure (plain values in, PDF bytes out) and safe to run on any thread.
"""
